/**
 * The workbook's formulas, evaluated by HyperFormula: totals against the domain (annualFunding,
 * paymentSchedule) and the seed's figures, and the workbook following a changed input.
 */
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { ACI_2019, AciShare, TAILLES, Taille, aciAmount, annualFunding, budgetBlocksFor, LATENESS, deadline, paymentSchedule } from "../../src/domain";
import { PARAMETRES_NAMES, budgetRowKey, colIndex, colLetter, gridLineKey, planWorkbook } from "../../src/sheets";
import { missionRetainedAddress, snpAddress } from "../../src/sheets/parametres";

/** A Paramètres cell by its plan name or lookup, never by today's address. */
const cell = (absolute: string): string => absolute.replace(/\$/g, "");
const P = Object.fromEntries(Object.entries(PARAMETRES_NAMES).map(([name, address]) => [name, cell(address)])) as Record<keyof typeof PARAMETRES_NAMES, string>;
import { DetailedCellError } from "hyperformula";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SELECTIONS, SIGNATURE, choicesFor } from "./fixtures";

const AMOUNT = 3; // column D of the budget
const CONTRACT = 7; // column H of the grid

function open(overrides: Parameters<typeof choicesFor>[0] = {}): EvaluatedWorkbook {
  return evaluatePlan(planWorkbook(choicesFor(overrides)));
}

const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`Expected a number, got ${v instanceof DetailedCellError ? `${v.value} ${v.message}` : JSON.stringify(v)}`);
  return v;
};

const shareSum = (t: Taille, shares: readonly AciShare[]): number => shares.reduce((s, x) => s + (aciAmount(ACI_2019, t, x.item, x.volet) ?? 0), 0);

describe("CPTS_TotalACI equals the domain's annual funding", () => {
  for (const t of TAILLES) {
    for (const sel of SELECTIONS) {
      test(`taille ${t}, ${sel.label}`, () => {
        const wb = open({ population: POPULATION_FOR[t], missions: sel.missions, snp: sel.snp });
        try {
          expect(wb.getNamed("CPTS_Taille")).toBe(t);
          expect(wb.getNamed("CPTS_TotalACI")).toBeCloseTo(annualFunding(ACI_2019, t, sel).total, 6);
          expect(wb.errors()).toEqual([]);
        } finally {
          wb.destroy();
        }
      });
    }
  }

  test("a taux of 60 % scales every variable volet", () => {
    const sel = SELECTIONS[2];
    const wb = open({ population: POPULATION_FOR[2], missions: sel.missions, snp: sel.snp, taux: 0.6 });
    expect(wb.getNamed("CPTS_TotalACI")).toBeCloseTo(annualFunding(ACI_2019, 2, sel, 0.6).total, 6);
    expect(wb.getByKey("budget", "budget:taux", 1)).toBe("Pour un taux d'atteinte des résultats de 60 %");
    // A mission whose indicators are measured is paid at its own rate: the line says so.
    wb.setCell("indicateurs", wb.plan.names.find((n) => n.name === missionAttainmentName("parcours"))!.address.replace(/\$/g, ""), 0.4);
    expect(wb.getByKey("budget", "budget:taux", 1)).toBe(
      "Pour un taux d'atteinte des résultats de 60 % (missions aux indicateurs mesurés : leur taux, feuille Indicateurs)",
    );
    wb.destroy();
  });

  test("taux 0 % (the funders' advice) gives the fixed parts only", () => {
    const sel = SELECTIONS[1];
    const wb = open({ population: POPULATION_FOR[3], missions: sel.missions, taux: 0 });
    // Taille 3 (seed 004): fonctionnement 75 000 + accès 25 000 + 15 000 + parcours 45 000 + prévention 17 500.
    expect(wb.getNamed("CPTS_TotalACI")).toBe(75_000 + 25_000 + 15_000 + 45_000 + 17_500);
    for (const block of budgetBlocksFor(sel.missions)) {
      if (block.aciVariable.length) expect(wb.getByKey("budget", budgetRowKey(block.key, "res:aci_resultat"), AMOUNT)).toBe(0);
    }
    expect(wb.getByKey("budget", "budget:taux", 1)).toBe("Pour un taux d'atteinte des résultats de 0 %");
    wb.destroy();
  });
});

describe("Grille ACI", () => {
  test("Financement total possible reproduces the seed's total row: 185 000 / 242 000 / 315 000 / 380 000 €", () => {
    const wb = open();
    const row = wb.rowOf("grille", "grid:totaux:possible");
    expect(["D", "E", "F", "G"].map((c) => wb.getCell("grille", `${c}${row}`))).toEqual([185_000, 242_000, 315_000, 380_000]);
    wb.destroy();
  });

  test("every figure of the 2019 grid is written for all four tailles", () => {
    const wb = open();
    for (const line of ACI_2019.lines) {
      const row = wb.rowOf("grille", gridLineKey(line.item, line.volet));
      expect(["D", "E", "F", "G"].map((c) => wb.getCell("grille", `${c}${row}`))).toEqual(TAILLES.map((t) => line.amounts[t]));
    }
    wb.destroy();
  });

  test("each mission's total row sums its volets, supplémentaire excluded (seed 004: parcours taille 3 = 90 000 €)", () => {
    const wb = open();
    expect(wb.getCell("grille", `F${wb.rowOf("grille", "grid:parcours:total")}`)).toBe(90_000);
    // Accès aux soins taille 3: 25 000 + 25 000 + 15 000; the volet supplémentaire (55 000) is outside.
    expect(wb.getCell("grille", `F${wb.rowOf("grille", "grid:acces:total")}`)).toBe(65_000);
    wb.destroy();
  });

  test("crise sanitaire is shown absent from ACI 2019, never as a guessed 0", () => {
    const plan = planWorkbook(choicesFor({ missions: ["acces", "crise"] }));
    const grille = plan.sheets.find((s) => s.key === "grille")!;
    for (const volet of ["fixe", "variable"]) {
      const row = grille.rows.find((r) => r.key === `grid:crise:${volet}`)!;
      expect(row.cells.slice(3, 7).map((c) => c?.value ?? null)).toEqual([null, null, null, null]);
      expect(row.cells.some((c) => c?.value === "Montant non disponible dans la grille ACI 2019")).toBe(true);
    }
    const wb = evaluatePlan(plan);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: ["acces", "crise"], snp: false }).total);
    expect(wb.errors()).toEqual([]);
    // The negotiated crisis amount, once typed as the contract amount, is paid.
    wb.setCell("grille", `H${wb.rowOf("grille", "grid:crise:fixe")}`, 20_000);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: ["acces"], snp: false }).total + 20_000);
    wb.destroy();
  });

  test("the retained taille's column is highlighted by a conditional format on CPTS_Taille, on its figures only", () => {
    const wb = open({ population: POPULATION_FOR[2], missions: ["acces", "crise"] });
    const grille = wb.plan.sheets.find((s) => s.key === "grille")!;
    const highlights = grille.conditionalFormats.filter((cf) => /CPTS_Taille=\d\b/.test(cf.formula));
    expect(highlights.map((cf) => cf.range[0])).toEqual(["D", "E", "F", "G"]);
    const header = wb.rowOf("grille", "grid:entetes");
    const lit = (column: string, row: number): boolean[] =>
      highlights
        .filter((cf) => cf.range[0] === column)
        .map((cf) => {
          const [from, to] = cf.range.split(":");
          const inside = row >= Number(from.slice(1)) && row <= Number(to.slice(1));
          return inside && wb.evaluateCondition("grille", cf.formula, from, `${column}${row}`) === true;
        });
    // Taille 2 (population 60 000): its figures light up, the other tailles' do not.
    const parcoursFixe = wb.rowOf("grille", gridLineKey("parcours", "fixe"));
    expect(["D", "E", "F", "G"].map((c) => lit(c, parcoursFixe)[0])).toEqual([false, true, false, false]);
    expect(lit("E", wb.rowOf("grille", "grid:totaux:possible"))).toEqual([true]);
    expect(lit("E", wb.rowOf("grille", "grid:acces:total"))).toEqual([true]);
    // The header keeps its white-on-blue text; mission titles, absent figures and the totals block stay plain.
    expect(lit("E", header)).toEqual([false]);
    expect(lit("E", wb.rowOf("grille", "grid:parcours"))).toEqual([false]);
    expect(lit("E", wb.rowOf("grille", gridLineKey("crise", "fixe")))).toEqual([false]);
    expect(lit("E", wb.rowOf("grille", "grid:totaux:total"))).toEqual([false]);
    expect(lit("E", wb.rowOf("grille", "grid:totaux"))).toEqual([false]);
    expect(lit("E", wb.rowOf("grille", "grid:totaux") - 1)).toEqual([false]);
    wb.destroy();
  });

  test("the crise lines absent from ACI 2019 are named by their volet", () => {
    const plan = planWorkbook(choicesFor({ missions: ["crise"] }));
    const grille = plan.sheets.find((s) => s.key === "grille")!;
    const label = (volet: string) => grille.rows.find((r) => r.key === gridLineKey("crise", volet as "fixe"))!.cells[1]?.value;
    expect([label("fixe"), label("variable")]).toEqual(["Volet fixe mise en œuvre", "Volet variable actions et résultats"]);
  });
});

describe("Budget prévisionnel", () => {
  for (const t of TAILLES) {
    for (const sel of SELECTIONS) {
      test(`taille ${t}, ${sel.label}: every block's ACI resources equal the grid, the synthesis the sum of blocks`, () => {
        const taux = 0.8;
        const wb = open({ population: POPULATION_FOR[t], missions: sel.missions, snp: sel.snp, taux });
        const blocks = budgetBlocksFor(sel.missions);
        let depenses = 0;
        let ressources = 0;
        blocks.forEach((block, i) => {
          const fixed = shareSum(t, block.aciFixed) + (block.aciSupplement && sel.snp ? shareSum(t, [block.aciSupplement]) : 0);
          expect(wb.getByKey("budget", budgetRowKey(block.key, "res:aci_fixe"), AMOUNT)).toBeCloseTo(fixed, 6);
          if (block.aciVariable.length) {
            expect(wb.getByKey("budget", budgetRowKey(block.key, "res:aci_resultat"), AMOUNT)).toBeCloseTo(shareSum(t, block.aciVariable) * taux, 6);
          }
          // Typed figures: expenses and complementary resources per block.
          const salaires = 1_000 * (i + 1);
          const fir = 500 * (i + 1);
          wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "dep:salaires"))}`, salaires);
          wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "dep:materiel"))}`, 250);
          wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "res:fir"))}`, fir);
          depenses += salaires + 250;
          ressources += fir;
          expect(wb.getByKey("budget", budgetRowKey(block.key, "total_dep"), AMOUNT)).toBe(salaires + 250);
        });
        const aci = annualFunding(ACI_2019, t, sel, taux).total;
        expect(wb.getNamed("CPTS_TotalDepenses")).toBe(depenses);
        expect(wb.getNamed("CPTS_TotalRessources")).toBeCloseTo(aci + ressources, 6);
        const blockSum = blocks.reduce((s, b) => s + num(wb.getByKey("budget", budgetRowKey(b.key, "total_res"), AMOUNT)), 0);
        expect(wb.getNamed("CPTS_TotalRessources")).toBeCloseTo(blockSum, 6);
        expect(wb.errors()).toEqual([]);
        wb.destroy();
      });
    }
  }

  test("blocks come in the seed's order: fonctionnement, 1A, 1B, 2, 3, then complementary missions", () => {
    const plan = planWorkbook(choicesFor({ missions: ["qualite", "prevention", "acces", "parcours"] }));
    const budget = plan.sheets.find((s) => s.key === "budget")!;
    const titles = budget.rows.filter((r) => /^budget:[^:]+:titre$/.test(r.key)).map((r) => r.key.split(":")[1]);
    expect(titles).toEqual(["fonctionnement", "1A", "1B", "parcours", "prevention", "qualite"]);
  });

  test("each block's control uses CPTS.EQUILIBRE, with a native conditional format on the same condition", () => {
    const wb = open({ population: POPULATION_FOR[1], missions: ["parcours"] });
    // Taille 1 (seed 004): parcours 25 000 fixe + 25 000 variable.
    const key = (line: string) => budgetRowKey("parcours", line);
    const eqAddress = `D${wb.rowOf("budget", key("equilibre"))}`;
    wb.setCell("budget", `D${wb.rowOf("budget", key("dep:salaires"))}`, 51_250);
    expect(wb.getCell("budget", eqAddress)).toBe("Déficit de 1 250 €");
    const cf = wb.plan.sheets.find((s) => s.key === "budget")!.conditionalFormats.find((c) => c.range === eqAddress)!;
    expect(wb.evaluateCondition("budget", cf.formula, eqAddress, eqAddress)).toBe(true);
    wb.setCell("budget", `D${wb.rowOf("budget", key("dep:salaires"))}`, 50_000);
    expect(wb.getCell("budget", eqAddress)).toBe("Équilibré");
    expect(wb.evaluateCondition("budget", cf.formula, eqAddress, eqAddress)).toBe(false);
    wb.destroy();
  });

  test("the 1A + 1B control follows a user's re-split of accès aux soins", () => {
    const wb = open({ missions: ["acces"], snp: true });
    const control = () => wb.getByKey("budget", "ctrl:repartition", 4);
    expect(control()).toBe("Répartition conforme au contrat");
    const fixe1A = `D${wb.rowOf("budget", budgetRowKey("1A", "res:aci_fixe"))}`;
    const fixe1B = `D${wb.rowOf("budget", budgetRowKey("1B", "res:aci_fixe"))}`;
    // Move 5 000 € from 1A to 1B: still the contract's total.
    wb.setCell("budget", fixe1A, "='Grille ACI'!H" + wb.rowOf("grille", gridLineKey("acces", "fixe")) + "-5000");
    wb.setCell(
      "budget",
      fixe1B,
      "='Grille ACI'!H" +
        wb.rowOf("grille", gridLineKey("acces", "compensation")) +
        "+'Grille ACI'!H" +
        wb.rowOf("grille", gridLineKey("acces", "supplementaire")) +
        "+5000",
    );
    expect(control()).toBe("Répartition conforme au contrat");
    wb.setCell("budget", fixe1A, 1_000);
    expect(control()).toBe("Les ressources ACI de 1A et 1B ne correspondent plus au montant du contrat accès aux soins");
    wb.destroy();
  });

  test("commissaire aux comptes above 153 000 € of ACI + FIR (art. L.612-4)", () => {
    // Taille 1, accès only: 50 000 + 15 000 + 15 000 + 10 000 = 90 000 € of ACI.
    const wb = open({ population: POPULATION_FOR[1], missions: ["acces"] });
    const verdict = () => wb.getByKey("budget", "ctrl:commissaire", 4);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(90_000);
    expect(verdict()).toBe("Subventions publiques sous le seuil de 153 000 € : pas de commissaire aux comptes obligatoire");
    wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey("1A", "res:fir"))}`, 63_000);
    expect(verdict()).toBe("Subventions publiques sous le seuil de 153 000 € : pas de commissaire aux comptes obligatoire");
    wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey("1A", "res:fir"))}`, 63_001);
    expect(verdict()).toMatch(/commissaire aux comptes obligatoire \(art\. L\.612-4/);
    wb.destroy();
  });

  test("a socle mission not retained is a warning", () => {
    const wb = open({ missions: ["acces", "parcours"] });
    expect(wb.getByKey("budget", "ctrl:socle:prevention", 4)).toBe(
      "Mission socle non retenue : Prévention (obligatoire dans l'ACI, avec un délai de démarrage)",
    );
    expect(wb.getByKey("budget", "ctrl:socle:acces", 4)).toBe("Mission socle retenue : Accès aux soins");
    wb.destroy();
  });
});

describe("Versements", () => {
  for (const t of TAILLES) {
    test(`taille ${t}: the 5 years follow paymentSchedule and total 5 × the annual ACI`, () => {
      const sel = SELECTIONS[2];
      const wb = open({ population: POPULATION_FOR[t], missions: sel.missions, snp: sel.snp, taux: 0.5 });
      const funding = annualFunding(ACI_2019, t, sel, 0.5);
      const schedule = paymentSchedule(SIGNATURE, funding.fonctionnement, { fixed: funding.fixe + funding.supplementaire, variable: funding.variable });
      for (const y of schedule) {
        const row = wb.rowOf("versements", `pay:annee:${y.year}`);
        const got = ["C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) => wb.getCell("versements", `${c}${row}`));
        expect(got).toEqual([y.start, y.fonctionnement, y.missions, y.due, y.advanceDate, y.advance, y.balanceDate, y.balance, y.cumulative]);
      }
      expect(wb.getNamed("CPTS_TotalContrat")).toBeCloseTo(5 * funding.total, 6);
      wb.destroy();
    });
  }
});

describe("the workbook follows its inputs", () => {
  test("population 95 000 → 30 000 changes CPTS_Taille, CPTS_TotalACI and every dependent total", () => {
    const sel = SELECTIONS[1];
    const wb = open({ population: 95_000, missions: sel.missions });
    expect(wb.getNamed("CPTS_Taille")).toBe(3);
    const populationCell = P.CPTS_Population;
    expect(wb.getCell("parametres", populationCell)).toBe(95_000);
    wb.setCell("parametres", populationCell, 30_000);
    expect(wb.getNamed("CPTS_Taille")).toBe(1);
    const t1 = annualFunding(ACI_2019, 1, sel).total;
    expect(wb.getNamed("CPTS_TotalACI")).toBe(t1);
    expect(wb.getNamed("CPTS_TotalContrat")).toBe(5 * t1);
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(t1);
    expect(wb.getByKey("budget", budgetRowKey("parcours", "res:aci_fixe"), AMOUNT)).toBe(25_000);
    expect(wb.getByKey("grille", gridLineKey("parcours", "fixe"), CONTRACT)).toBe(25_000);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("the taille override beats the population", () => {
    const wb = open({ population: 30_000, tailleOverride: 4 });
    expect(wb.getNamed("CPTS_Taille")).toBe(4);
    wb.setCell("parametres", P.CPTS_TailleForcee, null);
    expect(wb.getNamed("CPTS_Taille")).toBe(1);
    wb.destroy();
  });

  test("the thresholds are our reading of the seeds' overlapping ranges", () => {
    const wb = open();
    const cases: [number, number][] = [
      [39_999, 1],
      [40_000, 2],
      [79_999, 2],
      [80_000, 3],
      [175_000, 3],
      [175_001, 4],
    ];
    for (const [population, taille] of cases) {
      wb.setCell("parametres", P.CPTS_Population, population);
      expect(wb.getNamed("CPTS_Taille")).toBe(taille);
    }
    wb.destroy();
  });

  test("a negotiated contract (accès 90 000 fixe + 35 000 variable) flows to CPTS_TotalACI and the budget", () => {
    const sel = SELECTIONS[1];
    const wb = open({ population: 95_000, missions: sel.missions });
    wb.setCell("grille", `H${wb.rowOf("grille", gridLineKey("acces", "fixe"))}`, 90_000);
    wb.setCell("grille", `H${wb.rowOf("grille", gridLineKey("acces", "variable"))}`, 35_000);
    const grid = annualFunding(ACI_2019, 3, sel).total;
    // The grid pays 25 000 + 25 000 for these two volets at taille 3 (seed 004).
    const expected = grid - 25_000 - 25_000 + 90_000 + 35_000;
    expect(wb.getNamed("CPTS_TotalACI")).toBe(expected);
    expect(wb.getByKey("budget", budgetRowKey("1A", "res:aci_fixe"), AMOUNT)).toBe(90_000);
    expect(wb.getByKey("budget", budgetRowKey("1A", "res:aci_resultat"), AMOUNT)).toBe(35_000);
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(expected);
    expect(wb.getNamed("CPTS_TotalContrat")).toBe(5 * expected);
    expect(wb.getByKey("budget", "ctrl:repartition", 4)).toBe("Répartition conforme au contrat");
    wb.setCell("parametres", P.CPTS_TauxAtteinte, 0.5);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(expected - 35_000 / 2 - (45_000 + 17_500) / 2);
    wb.destroy();
  });

  test("un-retaining a mission in Paramètres drops its amounts from CPTS_TotalACI", () => {
    const wb = open({ population: 95_000, missions: ["acces", "parcours", "prevention"] });
    wb.setCell("parametres", cell(missionRetainedAddress("parcours")), "Non");
    expect(wb.getCell("parametres", `B${cell(missionRetainedAddress("parcours")).replace(/^[A-Z]+/, "")}`)).toBe("Parcours pluriprofessionnels");
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: ["acces", "prevention"], snp: false }).total);
    wb.setCell("parametres", cell(snpAddress()), "Oui"); // volet supplémentaire SNP, taille 3: 55 000 €
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: ["acces", "prevention"], snp: true }).total);
    wb.destroy();
  });
});

describe("roadmaps", () => {
  test("FdR Opérationnelle deadlines are EDATE formulas matching the domain calendar", () => {
    const wb = open({ missions: ["acces", "parcours", "qualite"] });
    expect(wb.getByKey("fdrOperationnelle", "op:acces:1", 4)).toBe(deadline(SIGNATURE, "acces", "demarrage"));
    expect(wb.getByKey("fdrOperationnelle", "op:acces:1", 5)).toBe(deadline(SIGNATURE, "acces", "deploiement"));
    expect(wb.getByKey("fdrOperationnelle", "op:parcours:2", 5)).toBe(deadline(SIGNATURE, "parcours", "deploiement"));
    expect(wb.getByKey("fdrOperationnelle", "op:qualite:1", 5)).toBe("Pas de délai particulier");
    // 15/03/2024 + 18 months = 15/09/2025: on 10/01/2025, 248 days ahead.
    expect(wb.getByKey("fdrOperationnelle", "op:acces:1", 12)).toBe("Dans les temps");
    expect(wb.getByKey("fdrOperationnelle", "op:qualite:1", 12)).toBe("Échéance à fixer");
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, deadline(SIGNATURE, "acces", "deploiement")! + 3);
    expect(wb.getByKey("fdrOperationnelle", "op:acces:1", 12)).toBe("En retard de 3 j");
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("the late flag's conditional format agrees with CPTS.RETARD", () => {
    const wb = open();
    const sheet = wb.plan.sheets.find((s) => s.key === "fdrElaboration")!;
    const cf = sheet.conditionalFormats[0];
    const topLeft = cf.range.split(":")[0];
    const row = wb.rowOf("fdrElaboration", "elab:emergence-territoire");
    wb.setCell("fdrElaboration", `F${row}`, SIGNATURE);
    wb.setCell("fdrElaboration", `I${row}`, "En cours");
    expect(wb.getCell("fdrElaboration", `J${row}`)).toMatch(/^En retard de \d+ j$/);
    expect(wb.evaluateCondition("fdrElaboration", cf.formula, topLeft, `J${row}`)).toBe(true);
    wb.setCell("fdrElaboration", `I${row}`, "Terminé");
    expect(wb.getCell("fdrElaboration", `J${row}`)).toBe("Terminé");
    expect(wb.evaluateCondition("fdrElaboration", cf.formula, topLeft, `J${row}`)).toBe(false);
    wb.destroy();
  });

  test("the Gantt band colours the months from démarrage to déploiement", () => {
    const wb = open({ missions: ["acces"] });
    const sheet = wb.plan.sheets.find((s) => s.key === "fdrOperationnelle")!;
    const gantt = sheet.conditionalFormats.find((c) => c.formula.includes("EDATE"))!;
    const topLeft = gantt.range.split(":")[0];
    const row = wb.rowOf("fdrOperationnelle", "op:acces:1");
    const coloured: number[] = [];
    for (let n = 0; n < 36; n++) {
      const address = `${colLetter(13 + n)}${row}`;
      if (wb.evaluateCondition("fdrOperationnelle", gantt.formula, topLeft, address) === true) coloured.push(n);
    }
    // Accès aux soins: start 6 months after signature, deployment by 18 months (seed 004).
    expect(coloured).toEqual(Array.from({ length: 12 }, (_, i) => 6 + i));
    wb.destroy();
  });
});

describe("controls listed for the task pane", () => {
  const problems = (wb: EvaluatedWorkbook): string[] =>
    (wb.plan.controls ?? [])
      .filter((c) => {
        const v = wb.getCell(c.sheet, c.address);
        if (typeof v !== "string") return true;
        if (c.problemPrefix) return v.startsWith(c.problemPrefix);
        return !(c.okVerdicts ?? []).includes(v);
      })
      .map((c) => `${c.kind}: ${c.subject}`);

  test("each control points at a verdict formula; a balanced budget leaves only the rules that apply", () => {
    const sel = SELECTIONS[1];
    const wb = open({ population: 95_000, missions: sel.missions });
    for (const c of wb.plan.controls ?? []) {
      const sheet = wb.plan.sheets.find((s) => s.key === c.sheet)!;
      const { row, col } = { row: Number(c.address.replace(/^[A-Z]+/, "")), col: c.address.replace(/\d+$/, "") };
      expect(sheet.rows[row - 1].cells[colIndex(col)]?.formula).toMatch(/^=/);
    }
    // Nothing typed yet: every block shows a surplus.
    expect(problems(wb).filter((p) => p.startsWith("desequilibre"))).toHaveLength(budgetBlocksFor(sel.missions).length);
    for (const block of budgetBlocksFor(sel.missions)) {
      const resources = num(wb.getByKey("budget", budgetRowKey(block.key, "total_res"), AMOUNT));
      wb.setCell("budget", `D${wb.rowOf("budget", budgetRowKey(block.key, "dep:salaires"))}`, resources);
    }
    // Taille 3, socles: 265 000 € of ACI, above the 153 000 € threshold. On 10/01/2025 the payments due at the
    // signature (15/03/2024) are not typed as received, and spending the budget from the first month while
    // the balance comes a year later empties the cash (no opening balance): the follow-up sheets say so.
    expect(problems(wb)).toEqual([
      "versement: Année 1 — Fonctionnement",
      "versement: Année 1 — Avance des missions",
      "commissaire: Commissaire aux comptes",
      "tresorerie: Trésorerie de l'année suivie",
    ]);
    const planning = (): string[] => problems(wb).filter((p) => !/^(versement|tresorerie):/.test(p));
    wb.setCell("fdrElaboration", `F${wb.rowOf("fdrElaboration", "elab:projet-redaction")}`, SIGNATURE);
    expect(planning()).toEqual(["retard: Rédaction du projet de santé CPTS", "commissaire: Commissaire aux comptes"]);
    wb.setCell("parametres", cell(missionRetainedAddress("prevention")), "Non");
    expect(planning()).toContain("socle: Prévention");
    wb.destroy();
  });

  test("the late prefix is CPTS.RETARD's", () => {
    expect(LATENESS.late(3).startsWith("En retard")).toBe(true);
    const plan = planWorkbook(choicesFor());
    expect(new Set((plan.controls ?? []).filter((c) => c.kind === "retard").map((c) => c.problemPrefix))).toEqual(new Set(["En retard"]));
  });
});
