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
  parseDateText,
  tailleFromPopulation,
} from "../../domain";
import type { WorkbookChoices } from "../../sheets/plan";
import type { FieldName, ParametresForm } from "./form";
import { PARAMETRES_LABELS, VALIDATION_MESSAGES as M } from "./labels";

/** Beyond any French territory: a typo, not a CPTS. */
const MAX_POPULATION = 10_000_000;
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

/** Digits with optional French thousands separators (space, no-break spaces, dot). */
export function parsePopulation(text: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f.]/g, "");
  if (!/^\d+$/.test(compact)) return undefined;
  return Number(compact);
}

/** "72,5" or "72.5" or "72,5 %" → 0.725; undefined when not a number. */
export function parsePercent(text: string): number | undefined {
  const compact = text.trim().replace(/\s|%/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact) / 100;
}

export function validateParametres(form: ParametresForm): ParametresView {
  const all: Partial<Record<FieldName, string>> = {};

  const nom = form.nom.trim();
  if (!nom) all.nom = M.nomRequired;
  else if (nom.length > MAX_NOM_LENGTH) all.nom = M.nomTooLong;

  let population: number | null = null;
  if (form.population.trim()) {
    const parsed = parsePopulation(form.population);
    if (parsed === undefined) all.population = M.populationNotNumber;
    else if (parsed > MAX_POPULATION) all.population = M.populationTooLarge;
    else population = parsed;
  } else if (form.tailleOverride === null) {
    all.population = M.populationRequired;
  }
  const computedTaille = population === null ? undefined : tailleFromPopulation(population);
  const taille = form.tailleOverride ?? computedTaille;

  let signature: number | undefined;
  if (!form.signature.trim()) all.signature = M.signatureRequired;
  else if ((signature = parseDateText(form.signature)) === undefined) all.signature = M.dateInvalid;

  let dateReference: number | null = null;
  if (form.dateReference.trim()) {
    const parsed = parseDateText(form.dateReference);
    if (parsed === undefined) all.dateReference = M.dateInvalid;
    else dateReference = parsed;
  }

  const version = findGridVersion(form.versionId);
  if (!version) all.version = M.versionUnknown;

  const taux = parsePercent(form.taux);
  if (taux === undefined) all.taux = M.tauxNotNumber;
  else if (taux > 1) all.taux = M.tauxOutOfRange;

  if (form.missions.length === 0) all.missions = M.missionsRequired;

  // Catalogue order, whatever order the boxes were ticked in.
  const missions = MISSIONS.map((m) => m.key).filter((k) => form.missions.includes(k));
  const snp = form.snp && missions.includes("acces");
  const effectiveTaux = taux !== undefined && taux <= 1 ? taux : 1;
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
