/**
 * The budget's Contrôles show the domain's rules (src/domain/checks.ts), not a twin of them: the
 * formulas built in src/sheets/budgetControls.ts are evaluated in HyperFormula against
 * envelopeCheck, repartitionCheck, socleCheck and auditorCheck — first alone on many inputs (random
 * cents and every boundary), then inside the planned workbook, verdict and conditional format both.
 */
import { HyperFormula } from "hyperformula";
import {
  AUDITOR_RULE,
  CHECK_MESSAGES,
  COMMISSAIRE_AUX_COMPTES_THRESHOLD,
  ENVELOPE_RULE,
  REPARTITION_RULE,
  SOCLE_LEVEL,
  auditorCheck,
  balanceStatus,
  budgetBlocksFor,
  envelopeCheck,
  envelopeExcess,
  mission,
  repartitionCheck,
  socleCheck,
} from "../../src/domain";
import { budgetRowKey, planWorkbook } from "../../src/sheets";
import { envelopeExcessFormula, ruleCondition, socleMissingCondition, unbalancedCondition, verdictFormula } from "../../src/sheets/budgetControls";
import { hyperFormulaConfig } from "../support/cptsPlugin";
import { evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, choicesFor } from "./fixtures";

/** Deterministic pseudo-random numbers (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const cents = (rnd: () => number, max: number): number => Math.round(rnd() * max * 100) / 100;

/** Evaluates, for each row of inputs (columns A, B…), the formulas given for that row; returns their values. */
function evaluateRows(rows: (number | string | null)[][], formulas: ((row: number) => string)[]): unknown[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const hf = HyperFormula.buildFromArray(
    rows.map((r, i) => [...r, ...Array(width - r.length).fill(null), ...formulas.map((f) => f(i + 1))]),
    hyperFormulaConfig(),
  );
  try {
    return rows.map((_, i) => formulas.map((_f, j) => hf.getCellValue({ sheet: 0, col: width + j, row: i })));
  } finally {
    hf.destroy();
  }
}

describe("each control's formula, alone, equals its domain rule", () => {
  test("enveloppe: =MAX(0,ROUND(dépenses−ressources,2)), verdict and alert equal envelopeExcess / envelopeCheck", () => {
    const rnd = random(153);
    const pairs: [number, number][] = [];
    for (const max of [100, 10_000, 1_000_000]) for (let i = 0; i < 400; i++) pairs.push([cents(rnd, max), cents(rnd, max)]);
    for (const gap of [0, 0.001, 0.004, 0.005, 0.01, -0.01, 1, -1, 0.1 + 0.2 - 0.3]) pairs.push([1000 + gap, 1000], [0.1 + 0.2, 0.3]);
    const got = evaluateRows(pairs, [
      (r) => envelopeExcessFormula(`A${r}`, `B${r}`),
      (r) => verdictFormula(ruleCondition(ENVELOPE_RULE, `C${r}`), CHECK_MESSAGES.envelopeExceeded, CHECK_MESSAGES.envelopeOk),
      (r) => `=${ruleCondition(ENVELOPE_RULE, `C${r}`)}`,
    ]);
    const expected = pairs.map(([d, res]) => {
      const check = envelopeCheck(d, res);
      return [envelopeExcess(d, res), check.message, check.level !== "ok"];
    });
    expect(got).toEqual(expected);
    expect(expected.filter(([, , alarm]) => alarm).length).toBeGreaterThan(400);
    expect(expected.filter(([, , alarm]) => !alarm).length).toBeGreaterThan(400);
  });

  test("répartition 1A + 1B: verdict and alert equal repartitionCheck, half a cent either way included", () => {
    const rnd = random(2019);
    const gaps: number[] = [0, 0.004, 0.0049, 0.005, 0.0051, 0.01, 1, 5000, -0.004, -0.005, -0.0051, -1, -5000];
    for (let i = 0; i < 600; i++) gaps.push((rnd() - 0.5) * (i % 3 === 0 ? 0.02 : 20_000));
    const got = evaluateRows(
      gaps.map((g) => [g]),
      [
        (r) => verdictFormula(ruleCondition(REPARTITION_RULE, `A${r}`), CHECK_MESSAGES.repartitionKo, CHECK_MESSAGES.repartitionOk),
        (r) => `=${ruleCondition(REPARTITION_RULE, `A${r}`)}`,
      ],
    );
    expect(got).toEqual(gaps.map((g) => [repartitionCheck(g).message, repartitionCheck(g).level !== "ok"]));
    expect(gaps.filter((g) => repartitionCheck(g).level === "ok").length).toBeGreaterThan(20);
  });

  test("commissaire aux comptes: verdict and alert equal auditorCheck around 153 000 €", () => {
    const rnd = random(612);
    const amounts = [0, 152_999.99, COMMISSAIRE_AUX_COMPTES_THRESHOLD, 153_000.01, 153_001, 1e7];
    for (let i = 0; i < 600; i++) amounts.push(cents(rnd, 2 * COMMISSAIRE_AUX_COMPTES_THRESHOLD));
    const got = evaluateRows(
      amounts.map((x) => [x]),
      [
        (r) => verdictFormula(ruleCondition(AUDITOR_RULE, `A${r}`), CHECK_MESSAGES.auditorRequired, CHECK_MESSAGES.auditorNotRequired),
        (r) => `=${ruleCondition(AUDITOR_RULE, `A${r}`)}`,
      ],
    );
    expect(got).toEqual(amounts.map((x) => [auditorCheck(x).message, auditorCheck(x).level !== "ok"]));
    expect(auditorCheck(COMMISSAIRE_AUX_COMPTES_THRESHOLD).level).toBe("ok");
    expect(auditorCheck(153_000.01).level).toBe(AUDITOR_RULE.level);
  });

  test("mission socle: verdict and alert equal socleCheck for the Paramètres cell « Oui », « Non » or empty", () => {
    const label = mission("prevention").shortLabel;
    const cells: (string | null)[] = ["Oui", "Non", null];
    const got = evaluateRows(
      cells.map((c) => [c]),
      [
        (r) => verdictFormula(socleMissingCondition(`A${r}`), CHECK_MESSAGES.socleMissing(label), CHECK_MESSAGES.socleRetained(label)),
        (r) => `=${socleMissingCondition(`A${r}`)}`,
      ],
    );
    expect(got).toEqual(cells.map((c) => [socleCheck(label, c === "Oui").message, socleCheck(label, c === "Oui").level !== "ok"]));
  });
});

test("équilibre: the red fill of a block or of the synthesis shows exactly when balanceStatus is not « Équilibré »", () => {
  const rnd = random(1250);
  const pairs: [number, number][] = [];
  for (const max of [100, 100_000, 10_000_000]) for (let i = 0; i < 300; i++) pairs.push([cents(rnd, max), cents(rnd, max)]);
  // Equal to the cent, sub-cent gaps (typed amounts with more decimals), one cent apart.
  for (const [d, r] of [
    [1000, 1000],
    [0.1 + 0.2, 0.3],
    [100.004, 100],
    [100, 100.0049],
    [100, 100.01],
    [100.01, 100],
    [1e9, 1e9 + 0.01],
  ] as const)
    pairs.push([d, r]);
  const got = evaluateRows(pairs, [(r) => `=${unbalancedCondition(`A${r}`, `B${r}`)}`]);
  const expected = pairs.map(([d, r]) => [balanceStatus(d, r) !== "Équilibré"]);
  expect(got).toEqual(expected);
  expect(expected.filter(([alarm]) => !alarm).length).toBeGreaterThanOrEqual(4);
});

describe("in the planned workbook, each control shows its domain rule's verdict", () => {
  const ALL = ["acces", "parcours", "prevention", "qualite", "accompagnement"] as const;

  test("every control row's verdict and alert are the builders' (no formula typed elsewhere), with the domain's level", () => {
    const plan = planWorkbook(choicesFor({ missions: [...ALL], snp: true }));
    const budget = plan.sheets.find((s) => s.key === "budget")!;
    const controls = (plan.controls ?? []).filter((c) => c.sheet === "budget" && ["enveloppe", "repartition", "socle", "commissaire"].includes(c.kind));
    expect(controls.length).toBe(budgetBlocksFor([...ALL]).length + 1 + 3 + 1);
    for (const c of controls) {
      const rule = { enveloppe: ENVELOPE_RULE.level, repartition: REPARTITION_RULE.level, socle: SOCLE_LEVEL, commissaire: AUDITOR_RULE.level }[
        c.kind as "socle"
      ];
      expect(c.level).toBe(rule);
      const cf = budget.conditionalFormats.filter((f) => f.range === `${c.address}:${c.address}` || f.range === c.address);
      expect(cf).toHaveLength(1);
    }
  });

  test("random budgets: every enveloppe and the commissaire verdict equal the domain's checks on the evaluated totals, alerts too", () => {
    const rnd = random(4702);
    const seen = { exceeded: 0, covered: 0, auditor: 0, noAuditor: 0 };
    for (let round = 0; round < 6; round++) {
      // Round 0: a small CPTS (taille 1, accès aux soins, little FIR) stays under the commissaire threshold.
      const missions = round === 0 ? (["acces"] as const).slice() : ALL.filter(() => rnd() < 0.7);
      const wb = evaluatePlan(planWorkbook(choicesFor({ population: POPULATION_FOR[((round % 4) + 1) as 1 | 2 | 3 | 4], missions, taux: round / 5 })));
      try {
        const blocks = budgetBlocksFor(missions);
        for (const block of blocks) {
          // Some blocks within their envelope, some beyond it, with cents.
          wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "dep:salaires"))}`, cents(rnd, 120_000));
          wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "res:fir"))}`, cents(rnd, round === 0 ? 1_000 : 60_000));
        }
        const budget = wb.plan.sheets.find((s) => s.key === "budget")!;
        const alertAt = (row: number): unknown => {
          const address = `E${row}`;
          const cf = budget.conditionalFormats.find((f) => f.range === `${address}:${address}` || f.range === address)!;
          return wb.evaluateCondition("budget", cf.formula, address, address);
        };
        for (const block of blocks) {
          const dep = wb.getByKey("budget", budgetRowKey(block.key, "total_dep"), 3) as number;
          const res = wb.getByKey("budget", budgetRowKey(block.key, "total_res"), 3) as number;
          const row = wb.rowOf("budget", `ctrl:enveloppe:${block.key}`);
          const check = envelopeCheck(dep, res);
          seen[check.level === "ok" ? "covered" : "exceeded"]++;
          expect([wb.getByKey("budget", `ctrl:enveloppe:${block.key}`, 3), wb.getByKey("budget", `ctrl:enveloppe:${block.key}`, 4), alertAt(row)]).toEqual([
            envelopeExcess(dep, res),
            check.message,
            check.level !== "ok",
          ]);
        }
        const fir = blocks.reduce((s, b) => s + (wb.getByKey("budget", budgetRowKey(b.key, "res:fir"), 3) as number), 0);
        const subsidies = (wb.getNamed("CPTS_TotalACI") as number) + fir;
        const auditor = auditorCheck(subsidies);
        seen[auditor.level === "ok" ? "noAuditor" : "auditor"]++;
        expect([wb.getByKey("budget", "ctrl:commissaire", 4), alertAt(wb.rowOf("budget", "ctrl:commissaire"))]).toEqual([
          auditor.message,
          auditor.level !== "ok",
        ]);
        for (const key of ["acces", "parcours", "prevention"] as const) {
          const socle = socleCheck(mission(key).shortLabel, missions.includes(key));
          expect([wb.getByKey("budget", `ctrl:socle:${key}`, 4), alertAt(wb.rowOf("budget", `ctrl:socle:${key}`))]).toEqual([
            socle.message,
            socle.level !== "ok",
          ]);
        }
        if (missions.includes("acces")) {
          const gap = wb.getByKey("budget", "ctrl:repartition", 3) as number;
          const repartition = repartitionCheck(gap);
          expect([wb.getByKey("budget", "ctrl:repartition", 4), alertAt(wb.rowOf("budget", "ctrl:repartition"))]).toEqual([
            repartition.message,
            repartition.level !== "ok",
          ]);
        }
        expect(wb.errors()).toEqual([]);
      } finally {
        wb.destroy();
      }
    }
    // Both verdicts of each were met.
    expect(Object.entries(seen).filter(([, n]) => n === 0)).toEqual([]);
  });
});
