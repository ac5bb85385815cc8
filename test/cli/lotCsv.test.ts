/** The batch's reading of a CSV, line by line, without writing workbooks: csvTable, the header, the file names, a line's choices. */
import fc from "fast-check";
import { decodeCsvBytes, detectSeparator, readCsv } from "../../src/cli/csvTable";
import { readHeader } from "../../src/cli/lotColumns";
import { fileNamesFor, safeFileStem } from "../../src/cli/lotFileNames";
import { readLine } from "../../src/cli/lotLine";
import { serialFromDate } from "../../src/domain/calendar";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = "\uFEFF";

describe("readCsv", () => {
  it("reads a French Excel CSV: ; separated, UTF-8 BOM, CRLF, quoted values with doubled quotes, ; and line breaks", () => {
    const text = BOM + 'nom;population;signature\r\n"CPTS ""Nord""; Est";95 000;01/03/2026\r\n"Vallée\r\nde l\'Huveaune";12000;2026-01-15\r\n';
    const table = readCsv(utf8(text));
    expect(table.separator).toBe(";");
    expect(table.encoding).toBe("utf-8");
    // The BOM is not part of the first column's name.
    expect(table.header).toEqual(["nom", "population", "signature"]);
    expect(table.rows).toEqual([
      { line: 2, values: ['CPTS "Nord"; Est', "95 000", "01/03/2026"] },
      { line: 3, values: ["Vallée\nde l'Huveaune", "12000", "2026-01-15"] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it("reads a , separated UTF-8 file without BOM and with LF, the separator inside quotes not counted", () => {
    const table = readCsv(utf8('"nom;x",population,signature\nCPTS Sud,"80,5",2026-03-01\n'));
    expect(table.separator).toBe(",");
    expect(table.header).toEqual(["nom;x", "population", "signature"]);
    expect(table.rows).toEqual([{ line: 2, values: ["CPTS Sud", "80,5", "2026-03-01"] }]);
  });

  it("numbers lines as an editor does: blank lines and line breaks inside quotes count", () => {
    const table = readCsv(utf8('nom;population\n\na;1\n"b\n\nb";2\n\n\nc;3'));
    expect(table.rows.map((r) => [r.line, r.values[0]])).toEqual([
      [3, "a"],
      [4, "b\n\nb"],
      [9, "c"],
    ]);
  });

  it("keeps the lines before a quote that is never closed, and reports the line where it opens", () => {
    const table = readCsv(utf8('nom;population\na;1\n\n"b;2\nc;3\n'));
    expect(table.rows.map((r) => r.values[0])).toEqual(["a"]);
    expect(table.problems).toEqual([expect.objectContaining({ line: 4, kind: "quoteNotClosed" })]);
  });

  it("reads a Windows-1252 file (Excel's plain « CSV (séparateur : point-virgule) ») with its accents, € and œ", () => {
    // « Vallée;Cœur;€ » in Windows-1252: é = E9, œ = 9C, € = 80.
    const bytes = Uint8Array.from([0x56, 0x61, 0x6c, 0x6c, 0xe9, 0x65, 0x3b, 0x43, 0x9c, 0x75, 0x72, 0x3b, 0x80]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "Vallée;Cœur;€", encoding: "windows-1252" });
    expect(decodeCsvBytes(utf8(BOM + "Vallée"))).toEqual({ text: "Vallée", encoding: "utf-8" });
    expect(decodeCsvBytes(Uint8Array.from(Buffer.from(BOM + "nom\tVallée", "utf16le")))).toEqual({ text: "nom\tVallée", encoding: "utf-16" });
  });

  it("picks the header's more frequent separator, ; on a tie", () => {
    expect(detectSeparator("a,b;c,d\n1;2;3;4;5")).toBe(",");
    expect(detectSeparator("a;b\n1,2,3,4")).toBe(";");
    expect(detectSeparator("nom\n")).toBe(";");
  });

  it("never throws and keeps every line it could read, whatever the bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const table = readCsv(bytes);
        for (const row of table.rows) expect(row.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readHeader", () => {
  it("matches names case-, accent- and punctuation-insensitively, and lists the unknown ones", () => {
    const header = ["NOM", "Nombre d’habitants", "Date de signature", "Missions retenues", "Taux d'atteinte", "Grille", "Commentaire", ""];
    const reading = readHeader(header, "clients.csv");
    expect(reading).toEqual({ ok: true, columns: { nom: 0, population: 1, signature: 2, missions: 3, taux: 4, version: 5 }, unknown: ["« Commentaire »"] });
  });

  it("refuses a file without the required columns, naming them", () => {
    const reading = readHeader(["nom", "population"], "clients.csv");
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.message).toMatch(/^Colonnes obligatoires absentes de clients\.csv : signature, missions\. En-tête lu : « nom \| population »/);
    const noSize = readHeader(["nom", "signature", "missions"], "c.csv");
    expect(!noSize.ok && noSize.message).toContain("absentes de c.csv : population ou taille.");
  });

  it("refuses a column given twice", () => {
    const reading = readHeader(["nom", "population", "Habitants", "signature", "missions"], "c.csv");
    expect(!reading.ok && reading.message).toBe(
      "La colonne « population » apparaît deux fois dans l'en-tête (colonnes 2 et 3) : gardez-en une seule. Aucun classeur écrit.",
    );
  });
});

describe("file names", () => {
  it("keeps accents, never leaves the folder, avoids Windows' reserved names", () => {
    expect(safeFileStem("CPTS Vallée de l'Huveaune")).toBe("CPTS Vallée de l'Huveaune");
    expect(safeFileStem("CPTS Nord/Est\\Ouest")).toBe("CPTS Nord-Est-Ouest");
    expect(safeFileStem('../../etc/"x"')).toBe("-..-etc-'x'");
    expect(safeFileStem("  CPTS   du\tLac.  ")).toBe("CPTS du Lac");
    expect(safeFileStem("CON")).toBe("CON_");
    expect(safeFileStem("...")).toBe("classeur");
    expect(safeFileStem("e\u0301")).toBe("é");
    expect(Array.from(safeFileStem("é".repeat(300)))).toHaveLength(120);
  });

  it("numbers duplicates in line order, ignoring case", () => {
    expect(fileNamesFor(["CPTS Nord", "cpts nord", "CPTS Nord (2)", "Sud"])).toEqual([
      "CPTS Nord.xlsx",
      "cpts nord (2).xlsx",
      "CPTS Nord (2) (2).xlsx",
      "Sud.xlsx",
    ]);
  });

  it("gives every line a distinct name with no path separator (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 20 }), (noms) => {
        const names = fileNamesFor(noms);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(noms.length);
        for (const name of names) {
          expect(name).toMatch(/\.xlsx$/);
          // eslint-disable-next-line no-control-regex -- control characters must not reach a file name.
          expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
          expect(name.startsWith(".")).toBe(false);
        }
      }),
    );
  });
});

describe("readLine", () => {
  const header = ["nom", "population", "taille", "signature", "missions", "snp", "taux", "version"];
  const header0 = readHeader(header, "c.csv");
  if (!header0.ok) throw new Error("header");
  const { columns } = header0;
  const line = (...values: string[]) => readLine(values, columns, header, ";", "x.xlsx");

  it("reads the values with the single-file command's parsers and defaults", () => {
    const reading = line("CPTS Sud", "95.000", "", "01/03/2026", "Accès aux soins, parcours", "oui", "80 %", "2019");
    expect(reading).toEqual({
      ok: true,
      options: {
        choices: {
          nom: "CPTS Sud",
          population: 95000,
          tailleOverride: null,
          signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
          versionId: "ACI 2019",
          taux: 0.8,
          missions: ["acces", "parcours"],
          snp: true,
          dateReference: null,
        },
        out: "x.xlsx",
        force: false,
      },
    });
    // Optional values left empty: 100 %, no SNP, the latest grid.
    const defaults = line("CPTS Est", "", "Taille 2", "2026-01-15", "parcours");
    expect(defaults.ok && defaults.options.choices).toMatchObject({ population: null, tailleOverride: 2, taux: 1, snp: false, versionId: "ACI 2019" });
  });

  it.each([
    [["", "95000", "", "", ""], "valeur manquante : nom, signature, missions."],
    [["A", "", "", "2026-01-15", "acces"], "valeur manquante : population ou taille (au moins l'une des deux)."],
    [["A", "beaucoup", "", "2026-01-15", "acces"], "population : il faut un nombre entier d'habitants, par exemple 120 000 ou 120.000 (reçu : « beaucoup »)."],
    [["A", "-5", "", "2026-01-15", "acces"], "population : il faut un nombre d'habitants supérieur à 0 (reçu : « -5 »)."],
    [["A", "", "5", "2026-01-15", "acces"], "taille : il faut 1, 2, 3 ou 4 (reçu : « 5 »)."],
    [["A", "9000", "", "31/02/2026", "acces"], "signature : il faut une date jj/mm/aaaa ou aaaa-mm-jj (reçu : « 31/02/2026 »)."],
    [["A", "9000", "", "2026-01-15", "acces,urgences"], "missions : mission inconnue « urgences »"],
    [["A", "9000", "", "2026-01-15", "parcours", "oui"], "snp : le volet supplémentaire SNP complète l'accès aux soins ; ajoutez acces à missions."],
    [["A", "9000", "", "2026-01-15", "acces", "peut-être"], "snp : il faut oui ou non (aussi vrai/faux, 1/0, x ou vide) (reçu : « peut-être »)."],
    [["A", "9000", "", "2026-01-15", "acces", "", "150%"], "taux : il faut un taux compris entre 0 et 100 % (reçu : « 150% »)."],
    [["A", "9000", "", "2026-01-15", "acces", "", "", "ACI 2030"], "version : il faut la grille ACI 2019 (reçu : « ACI 2030 »)."],
    [["A", "9000", "", "2026-01-15", "acces", "", "", "", "en trop"], "9 valeurs pour 8 colonnes : une valeur qui contient « ; » doit être entre guillemets."],
  ])("refuses %j with a French message naming the column", (values, message) => {
    const reading = line(...values);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.startsWith(message)).toBe(true);
  });

  it("a line with fewer values than columns has its last ones empty; extra empty values are ignored", () => {
    expect(line("A", "9000", "", "2026-01-15", "acces").ok).toBe(true);
    expect(line("A", "9000", "", "2026-01-15", "acces", "", "", "", "", " ").ok).toBe(true);
  });

  it("never throws on any line of any values (property)", () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("", "95000", "2", "2026-03-01", "acces", "snp", "oui", "80 %", "ACI 2019", "--help", "-1", "--x=y"),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 11 }), (values) => {
        const reading = line(...values);
        if (!reading.ok) expect(reading.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
