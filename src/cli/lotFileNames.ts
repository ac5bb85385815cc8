/**
 * File names from the CPTS's names, safe on Windows, macOS and Linux. Decisions:
 * - accents are kept (« CPTS Vallée de l'Huveaune.xlsx »): every current file system and Excel take
 *   them, and the consultant recognises the client; the name is NFC so that macOS and Windows agree;
 * - characters Windows refuses in a name (< > : / \ | ? * and control characters) become « - »,
 *   double quotes become « ' »,
 *   so no name leaves the folder; runs of spaces become one; leading dots (hidden files) and trailing
 *   dots and spaces (which Windows drops) go; a reserved device name (CON, NUL, COM1…) gets « _ »
 *   (https://learn.microsoft.com/windows/win32/fileio/naming-a-file);
 * - at most 120 characters before « .xlsx », well under the 255 of a name;
 * - two lines with the same name (ignoring case, as Windows and macOS do) get « (2) », « (3) »…
 *   in line order, so running the same batch again gives the same names.
 */

const MAX_STEM = 120;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** The file name's stem (without .xlsx) for a CPTS name; « classeur » when nothing usable is left. */
export function safeFileStem(nom: string): string {
  let stem = nom
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/"/g, "'")
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here.
    .replace(/[<>:/\\|?*\u0000-\u001f\u007f]/g, "-")
    .trim()
    .replace(/^[.\s]+/, "");
  if (stem.length > MAX_STEM) stem = Array.from(stem).slice(0, MAX_STEM).join("");
  stem = stem.replace(/[.\s]+$/, "");
  if (stem === "" || /^-+$/.test(stem)) return "classeur";
  return RESERVED.test(stem) ? `${stem}_` : stem;
}

/** One .xlsx name per line, in line order: a name already taken gets « (2) », « (3) »… */
export function fileNamesFor(noms: readonly string[]): string[] {
  const taken = new Set<string>();
  return noms.map((nom) => {
    const stem = safeFileStem(nom);
    let name = `${stem}.xlsx`;
    for (let n = 2; taken.has(name.toLocaleLowerCase("fr")); n++) name = `${stem} (${n}).xlsx`;
    taken.add(name.toLocaleLowerCase("fr"));
    return name;
  });
}
