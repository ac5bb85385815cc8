/**
 * From the typed form to what the pane shows and sends: each field parsed and validated (French
 * message per field), the taille (computed or chosen), the live annual funding, and the
 * WorkbookChoices when everything is valid.
 */
import {
  AciGridVersion,
  AnnualFunding,
  MISSIONS,
  Taille,
  annualFunding,
  findGridVersion,
  missingSocles,
  mission,
  paneMessage,
  parseDate,
  parsePopulation,
  parseTaux,
  tailleFromPopulation,
} from "../../domain";
import type { WorkbookChoices } from "../../sheets/plan";
import type { FieldName, ParametresForm } from "./form";
import { PARAMETRES_LABELS, VALIDATION_MESSAGES as M } from "./labels";

const MAX_NOM_LENGTH = 100;

export interface ParametresView {
  /** Messages for the fields the user touched (all of them after a generation attempt). */
  errors: Partial<Record<FieldName, string>>;
  /** Every error, shown or not: generation is refused while one remains. */
  allErrors: Partial<Record<FieldName, string>>;
  computedTaille: Taille | undefined;
  taille: Taille | undefined;
  version: AciGridVersion | undefined;
  funding: AnnualFunding | undefined;
  /** The taux the funding uses: the typed one when valid, else 100 %. */
  effectiveTaux: number;
  /** Socle warning, in French, when a mandatory mission is not retained. */
  socleWarning: string | undefined;
  choices: WorkbookChoices | undefined;
}

export function validateParametres(form: ParametresForm): ParametresView {
  const all: Partial<Record<FieldName, string>> = {};

  const nom = form.nom.trim();
  if (!nom) all.nom = M.nomRequired;
  else if (nom.length > MAX_NOM_LENGTH) all.nom = M.nomTooLong;

  // Population, dates and taux are read by the domain's shared parsers (src/domain/parseInput.ts), so
  // « 80.000 » or « 80 % » mean here what they mean in CPTS.* and on the command line, with the same words.
  let population: number | null = null;
  if (form.population.trim()) {
    const parsed = parsePopulation(form.population);
    if (parsed.ok) population = parsed.value;
    else all.population = paneMessage(parsed.expected);
  } else if (form.tailleOverride === null) {
    all.population = M.populationRequired;
  }
  const computedTaille = population === null ? undefined : tailleFromPopulation(population);
  const taille = form.tailleOverride ?? computedTaille;

  let signature: number | undefined;
  if (!form.signature.trim()) all.signature = M.signatureRequired;
  else {
    const parsed = parseDate(form.signature, { serials: false });
    if (parsed.ok) signature = parsed.value;
    else all.signature = paneMessage(parsed.expected);
  }

  let dateReference: number | null = null;
  if (form.dateReference.trim()) {
    const parsed = parseDate(form.dateReference, { serials: false });
    if (parsed.ok) dateReference = parsed.value;
    else all.dateReference = paneMessage(parsed.expected);
  }

  const version = findGridVersion(form.versionId);
  if (!version) all.version = M.versionUnknown;

  const parsedTaux = parseTaux(form.taux);
  const taux = parsedTaux.ok ? parsedTaux.value : undefined;
  if (!parsedTaux.ok) all.taux = paneMessage(parsedTaux.expected);

  if (form.missions.length === 0) all.missions = M.missionsRequired;

  // Catalogue order, whatever order the boxes were ticked in.
  const missions = MISSIONS.map((m) => m.key).filter((k) => form.missions.includes(k));
  const snp = form.snp && missions.includes("acces");
  const effectiveTaux = taux ?? 1;
  const funding = version && taille !== undefined ? annualFunding(version, taille, { missions, snp }, effectiveTaux) : undefined;
  const missing = version ? missingSocles(version, missions) : [];
  const socleWarning = missing.length ? PARAMETRES_LABELS.socleMissing(missing.map((k) => mission(k).shortLabel).join(", ")) : undefined;

  const shown = form.submitted ? all : Object.fromEntries(Object.entries(all).filter(([f]) => form.touched.includes(f as FieldName)));
  const valid = Object.keys(all).length === 0;
  const choices: WorkbookChoices | undefined =
    valid && version && taux !== undefined && signature !== undefined
      ? {
          nom,
          population,
          tailleOverride: form.tailleOverride,
          signature,
          versionId: version.id,
          taux,
          missions,
          snp,
          dateReference,
        }
      : undefined;
  return { errors: shown, allErrors: all, computedTaille, taille, version, funding, effectiveTaux, socleWarning, choices };
}
