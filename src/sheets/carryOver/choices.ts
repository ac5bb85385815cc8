/**
 * The choices a workbook holds, read back from its Paramètres sheet: the scalar parameters through
 * the workbook names (CPTS_Nom, CPTS_Population, …, wherever the user moved them), the missions
 * table by its row keys. Pure: takes the sheet's values as `range.values` returns them (the office-js
 * path, src/excel/choicesFromSheet.ts) or as src/xlsx/readWorkbook.ts reads them from a file.
 */
import { DEFAULT_GRID_VERSION, MISSIONS, MissionKey, isTaille, isValidSerial, normalizeText } from "../../domain";
import { parseA1 } from "../addresses";
import { cellReference } from "../formulaText";
import { COMMON_LABELS } from "../labels";
import { PARAMETRES_NAMES, missionRetainedAddress, snpAddress } from "../parametres";
import { CellValue, KEY_COLUMN_INDEX, WorkbookChoices } from "../plan";

export type ParametresName = keyof typeof PARAMETRES_NAMES;

function missionRowKey(key: MissionKey): string {
  return `param:mission:${key}`;
}

const asNumber = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const isYes = (v: CellValue | undefined): boolean => typeof v === "string" && normalizeText(v) === normalizeText(COMMON_LABELS.yes);

/**
 * `values` from A1 of the Paramètres sheet; `addresses` the local address of each name found in the
 * workbook on that sheet (default: where the planner puts them). null when no signature date is there:
 * without it the stored parameters are not a usable set.
 */
export function choicesFromParametres(values: CellValue[][], addresses: Partial<Record<ParametresName, string>> = {}): WorkbookChoices | null {
  const at = (name: ParametresName): CellValue | undefined => {
    const { col, row } = parseA1((addresses[name] ?? PARAMETRES_NAMES[name]).replace(/\$/g, ""));
    return values[row - 1]?.[col];
  };
  const rowOfKey = (key: string): CellValue[] | undefined => values.find((row) => row[KEY_COLUMN_INDEX] === key);
  const cellOf = (key: string, address: string): CellValue | undefined => rowOfKey(key)?.[parseA1(address.replace(/\$/g, "")).col];

  const signature = asNumber(at("CPTS_Signature"));
  if (signature === null || !isValidSerial(signature)) return null;
  const override = asNumber(at("CPTS_TailleForcee"));
  const version = at("CPTS_Version");
  const taux = asNumber(at("CPTS_TauxAtteinte"));
  const nom = at("CPTS_Nom");
  return {
    nom: nom === null || nom === undefined ? "" : String(nom),
    population: asNumber(at("CPTS_Population")),
    tailleOverride: isTaille(override) ? override : null,
    signature,
    versionId: typeof version === "string" && version.trim() !== "" ? version : DEFAULT_GRID_VERSION.id,
    taux: taux ?? 1,
    missions: MISSIONS.map((m) => m.key).filter((k) => isYes(cellOf(missionRowKey(k), missionRetainedAddress(k)))),
    snp: isYes(cellOf(missionRowKey("acces"), snpAddress())),
    dateReference: asNumber(at("CPTS_DateReferenceSaisie")),
  };
}

/**
 * Where the workbook's names put the parameters on the Paramètres sheet (they follow the user's
 * moves): `names` maps each workbook name to its formula ("=Paramètres!$C$4"), `sheetName` is the
 * Paramètres sheet's actual name.
 */
export function parametresAddresses(names: ReadonlyMap<string, string>, sheetName: string): Partial<Record<ParametresName, string>> {
  const addresses: Partial<Record<ParametresName, string>> = {};
  for (const name of Object.keys(PARAMETRES_NAMES) as ParametresName[]) {
    const formula = names.get(name);
    const ref = formula ? cellReference(formula) : undefined;
    if (ref?.sheet !== undefined && ref.sheet.toLowerCase() === sheetName.toLowerCase()) addresses[name] = ref.address;
  }
  return addresses;
}
