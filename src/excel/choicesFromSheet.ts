/** The choices stored in the workbook, read by the pure reader (src/sheets/carryOver/choices.ts) from the snapshot of locate.ts. */
import { choicesFromParametres, parametresAddresses } from "../sheets/carryOver/choices";
import type { WorkbookChoices } from "../sheets/plan";
import type { WorkbookSnapshot } from "./locate";

/** The choices stored in the workbook, when it has our Paramètres sheet with its values read. */
export function storedChoices(snapshot: WorkbookSnapshot): WorkbookChoices | null {
  const parametres = snapshot.ours.parametres;
  if (!parametres?.values) return null;
  return choicesFromParametres(parametres.values, parametresAddresses(snapshot.names, parametres.name));
}
