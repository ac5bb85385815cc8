/**
 * The Paramètres form as the user types it: raw texts (so a half-typed "120 0" stays on screen)
 * plus what was touched, and the reducer that changes it. Parsing and validation live in validation.ts.
 */
import { DEFAULT_GRID_VERSION, DEFAULT_MISSIONS, MissionKey, Taille, dateFromSerial, todaySerial } from "../../domain";
import type { WorkbookChoices } from "../../sheets/plan";

export type FieldName = "nom" | "population" | "signature" | "dateReference" | "taux" | "version" | "missions";

export interface ParametresForm {
  nom: string;
  population: string;
  tailleOverride: Taille | null;
  /** yyyy-mm-dd, as `<input type="date">` gives it, or what the user typed. */
  signature: string;
  dateReference: string;
  versionId: string;
  /** Taux as typed, "100", "72,5", "80 %" or "0,8" (read by the domain's parseTaux). */
  taux: string;
  missions: MissionKey[];
  snp: boolean;
  /** Fields whose message is shown: changed or left by the user, or all after a generation attempt. */
  touched: FieldName[];
  submitted: boolean;
}

export type ParametresAction =
  | { type: "set"; field: "nom" | "population" | "signature" | "dateReference" | "taux" | "versionId"; value: string }
  | { type: "tailleOverride"; value: Taille | null }
  | { type: "mission"; key: MissionKey; retained: boolean }
  | { type: "snp"; retained: boolean }
  | { type: "touch"; field: FieldName }
  | { type: "submit" }
  | { type: "load"; choices: WorkbookChoices };

/** yyyy-mm-dd for an Excel serial: the value format of `<input type="date">`. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * "72,5" for 0.725: French decimal comma, no trailing zeros. Up to 1 % the % sign is written
 * ("1 %", "0,5 %"): without it the shared taux parser reads a number from 0 to 1 as a fraction
 * ("1" = 100 %), and the text must read back as the same taux.
 */
export function percentText(rate: number): string {
  const percent = Math.round(rate * 100 * 1000) / 1000;
  const text = String(percent).replace(".", ",");
  return percent > 0 && percent <= 1 ? `${text} %` : text;
}

export function initialForm(today: number = todaySerial()): ParametresForm {
  return {
    nom: "",
    population: "",
    tailleOverride: null,
    signature: isoFromSerial(today),
    dateReference: "",
    versionId: DEFAULT_GRID_VERSION.id,
    taux: "100",
    missions: [...DEFAULT_MISSIONS],
    snp: false,
    touched: [],
    submitted: false,
  };
}

const FIELD_OF: Record<Extract<ParametresAction, { type: "set" }>["field"], FieldName> = {
  nom: "nom",
  population: "population",
  signature: "signature",
  dateReference: "dateReference",
  taux: "taux",
  versionId: "version",
};

function touch(touched: FieldName[], field: FieldName): FieldName[] {
  return touched.includes(field) ? touched : [...touched, field];
}

export function parametresReducer(state: ParametresForm, action: ParametresAction): ParametresForm {
  switch (action.type) {
    case "set":
      return { ...state, [action.field]: action.value, touched: touch(state.touched, FIELD_OF[action.field]) };
    case "tailleOverride":
      return { ...state, tailleOverride: action.value, touched: touch(state.touched, "population") };
    case "mission": {
      const others = state.missions.filter((k) => k !== action.key);
      const missions = action.retained ? [...others, action.key] : others;
      // The volet supplémentaire only exists with accès aux soins.
      const snp = action.key === "acces" && !action.retained ? false : state.snp;
      return { ...state, missions, snp, touched: touch(state.touched, "missions") };
    }
    case "snp":
      return { ...state, snp: action.retained && state.missions.includes("acces") };
    case "touch":
      return { ...state, touched: touch(state.touched, action.field) };
    case "submit":
      return { ...state, submitted: true };
    case "load": {
      const c = action.choices;
      return {
        nom: c.nom,
        population: c.population === null ? "" : String(c.population),
        tailleOverride: c.tailleOverride,
        signature: isoFromSerial(c.signature),
        dateReference: c.dateReference === null ? "" : isoFromSerial(c.dateReference),
        versionId: c.versionId,
        taux: percentText(c.taux),
        missions: [...c.missions],
        snp: c.snp && c.missions.includes("acces"),
        touched: [],
        submitted: false,
      };
    }
  }
}
