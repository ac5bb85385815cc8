/**
 * The user documentation says what the code does: every example of docs/guide/fonctions.md whose
 * arguments are literals is run through the same pure functions Excel calls, and the figures of
 * docs/reference/regles.md (grid, totals, tailles, deadlines) are compared with src/domain. A doc
 * that drifts from the code fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ACI_2019,
  COMMISSAIRE_AUX_COMPTES_THRESHOLD,
  DUE_SOON_DAYS,
  MISSIONS,
  TAILLES,
  TAILLE_THRESHOLDS,
  aciAmount,
  maxFunding,
  serialFromDate,
} from "../../src/domain";
import { aci, atteinte, echeance, equilibre, retard, taille, total } from "../../src/functions/cpts";
import type { FunctionResult } from "../../src/functions/result";

const DOCS = path.resolve(__dirname, "../../docs");
const read = (file: string): string => readFileSync(path.join(DOCS, file), "utf8");

/** "90 000" → 90000; "1 250,5" → 1250.5 (the docs write numbers the French way). */
const frenchNumber = (text: string): number => Number(text.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));

/** The cells of a Markdown table row. */
const cellsOf = (line: string): string[] =>
  line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

/** Splits a formula's arguments on top-level semicolons (not inside quotes or parentheses). */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ";") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/** A literal argument as Excel hands it to the function; undefined when the argument is not a literal (a cell, a name). */
function literal(arg: string): { value: unknown } | undefined {
  if (/^"(?:[^"]|"")*"$/.test(arg)) return { value: arg.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(,\d+)?$/.test(arg)) return { value: frenchNumber(arg) };
  const date = /^DATE\((\d{4});(\d{1,2});(\d{1,2})\)$/.exec(arg);
  if (date) return { value: serialFromDate({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }) };
  return undefined;
}

/** A day for the live CPTS.RETARD examples: none of them depends on it. */
const TODAY = serialFromDate({ year: 2026, month: 6, day: 15 });

const FUNCTIONS: Record<string, (...args: unknown[]) => FunctionResult<number | string>> = {
  ACI: (...a) => aci(a[0], a[1], a[2], a[3]),
  TAILLE: (...a) => taille(a[0]),
  TOTAL: (...a) => total(a[0], a[1], a[2], a[3]),
  ECHEANCE: (...a) => echeance(a[0], a[1], a[2]),
  RETARD: (...a) => retard(a[0], a[1], a[2], TODAY),
  EQUILIBRE: (...a) => equilibre(a[0], a[1], a[2]),
  ATTEINTE: (...a) => atteinte(a[0], a[1], a[2], a[3]),
};

interface Example {
  formula: string;
  id: string;
  args: unknown[];
  documented: string;
}

/** The examples tables of fonctions.md: `=CPTS.X(…)` | result. */
function examples(): { runnable: Example[]; skipped: string[] } {
  const runnable: Example[] = [];
  const skipped: string[] = [];
  for (const line of read("guide/fonctions.md").split("\n")) {
    const m = /^\| `(=CPTS\.([A-Z]+)\((.*)\))`[^|]*\|(.*)\|$/.exec(line);
    if (!m) continue;
    const [, formula, id, argText, documented] = m;
    const args = argText === "" ? [] : splitArguments(argText).map(literal);
    if (args.some((a) => a === undefined)) skipped.push(formula);
    else runnable.push({ formula, id, args: args.map((a) => a!.value), documented: documented.trim() });
  }
  return { runnable, skipped };
}

/** What the doc's result cell promises, checked against the function's result. */
function expectDocumented(example: Example, result: FunctionResult<number | string>): void {
  const text = example.documented;
  const error = /^`(#VALEUR!|#N\/A)`(?:\s*«\s(.*)\s»)?/.exec(text);
  if (error) {
    expect(result).toMatchObject({ error: error[1] === "#VALEUR!" ? "#VALUE!" : "#N/A" });
    // A message quoted in full after the error is the function's message, word for word.
    if (error[2] !== undefined) expect((result as { message: string }).message).toBe(error[2]);
    return;
  }
  const date = /^(\d{2})\/(\d{2})\/(\d{4})\b/.exec(text);
  if (date) {
    expect(result).toBe(serialFromDate({ year: Number(date[3]), month: Number(date[2]), day: Number(date[1]) }));
    return;
  }
  // CPTS.ATTEINTE's rates have decimals: « 0,25 ».
  const number = /^\d{1,3}(?: \d{3})*(?:,\d+)?(?=$|\s\()/.exec(text);
  if (number) {
    expect(result).toBe(frenchNumber(number[0]));
    return;
  }
  expect(result).toBe(text);
}

describe("docs/guide/fonctions.md", () => {
  const { runnable, skipped } = examples();

  it("has runnable examples for each of the seven functions", () => {
    expect(runnable.length).toBeGreaterThanOrEqual(40);
    expect(new Set(runnable.map((e) => e.id))).toEqual(new Set(Object.keys(FUNCTIONS)));
    // Only examples reading cells or workbook names are left out.
    for (const formula of skipped) expect(formula).toMatch(/\b[A-Z]{1,2}\d+\b|CPTS_/);
  });

  it.each(runnable.map((e) => [e.formula, e] as const))("%s gives what the guide says", (_, example) => {
    expectDocumented(example, FUNCTIONS[example.id](...example.args));
  });
});

describe("docs/reference/regles.md", () => {
  const text = read("reference/regles.md");
  const section = (heading: string): string => {
    const start = text.indexOf(`## ${heading}`);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = text.indexOf("\n## ", start + 3);
    return text.slice(start, end < 0 ? undefined : end);
  };

  it("prints every figure of the ACI 2019 grid, its mission totals and its « Financement total possible »", () => {
    const rows = section("Grille de financement ACI 2019")
      .split("\n")
      .filter((l) => /^\|.*\|\s*[*]*\d[\d ]*[*]*\s*\|$/.test(l))
      .map(cellsOf);
    const figures = (cells: string[]) => cells.slice(-4).map((c) => frenchNumber(c.replace(/\*/g, "")));
    const lines = rows.filter((c) => !c[c.length - 1].startsWith("*"));
    expect(lines.map(figures)).toEqual(ACI_2019.lines.map((l) => TAILLES.map((t) => l.amounts[t])));

    const totals = rows.filter((c) => /^\*[^*]/.test(c[c.length - 1]));
    const missionsWithTotals = [...new Set(ACI_2019.lines.map((l) => l.item))].filter((item) => item !== "fonctionnement");
    expect(totals.map(figures)).toEqual(missionsWithTotals.map((item) => TAILLES.map((t) => aciAmount(ACI_2019, t, item, "total"))));

    const max = rows.filter((c) => c[c.length - 1].startsWith("**"));
    expect(max.map(figures)).toEqual([TAILLES.map((t) => maxFunding(ACI_2019, t))]);
  });

  it("states the tailles' thresholds, the deadlines, the 30-day warning and the commissaire aux comptes threshold as the domain has them", () => {
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    const tailles = section("Taille de la CPTS");
    expect(tailles).toContain(`moins de ${grouped(TAILLE_THRESHOLDS.taille2From)} habitants`);
    expect(tailles).toContain(`de ${grouped(TAILLE_THRESHOLDS.taille2From)} à ${grouped(TAILLE_THRESHOLDS.taille3From - 1)} habitants`);
    expect(tailles).toContain(`de ${grouped(TAILLE_THRESHOLDS.taille3From)} à ${grouped(TAILLE_THRESHOLDS.taille3UpTo)} habitants`);
    expect(tailles).toContain(`plus de ${grouped(TAILLE_THRESHOLDS.taille3UpTo)} habitants`);

    const deadlines = section("Calendrier de déploiement des missions")
      .split("\n")
      .filter((l) => /^\| (?!mission|---)/.test(l))
      .map(cellsOf)
      .map((c) => c.slice(-2).map((d) => (/^(\d+) mois$/.exec(d) ? Number(/^(\d+)/.exec(d)![1]) : d === "pas de délai particulier" ? null : d)));
    expect(deadlines).toEqual(MISSIONS.map((m) => [m.deadlineMonths.demarrage, m.deadlineMonths.deploiement]));

    expect(section("État d'avancement et retards")).toContain(`dans **${DUE_SOON_DAYS} jours** au plus`);
    expect(section("Contrôles")).toContain(`au-delà de ${grouped(COMMISSAIRE_AUX_COMPTES_THRESHOLD)} €`);
  });
});
