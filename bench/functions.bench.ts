/**
 * How fast the pure CPTS.ACI and CPTS.TOTAL evaluate in Node (thousands of cells
 * recalculate without visible delay). Inputs vary like a real workbook's (tailles, labels, ranges)
 * and every result is checked, so the loop measures real work. Prints; never fails on a time.
 */
import { aci, total } from "../src/functions/cpts";

const MIN_DURATION_MS = 1_000;

interface Measure {
  name: string;
  evaluations: number;
  perSecond: number;
}

/** Calls `evaluate(i)` in batches until MIN_DURATION_MS has passed; returns evaluations per second. */
function measure(name: string, evaluate: (i: number) => number): Measure {
  for (let i = 0; i < 20_000; i++) evaluate(i); // warm-up: let the JIT settle
  let evaluations = 0;
  let checksum = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < MIN_DURATION_MS) {
    for (let i = 0; i < 10_000; i++) checksum += evaluate(evaluations + i);
    evaluations += 10_000;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (!Number.isFinite(checksum)) throw new Error(`${name}: somme de contrôle invalide`);
  return { name, evaluations, perSecond: (evaluations / elapsedMs) * 1000 };
}

function numberOrThrow(result: unknown, what: string): number {
  if (typeof result !== "number") throw new Error(`${what} : résultat inattendu ${JSON.stringify(result)}`);
  return result;
}

const MISSIONS = ["fonctionnement", "acces", "Accès aux soins", "parcours", "Prévention", "qualite", "accompagnement", "snp"];
const VOLETS = [undefined, "fixe", "variable", "total"];
const MISSION_RANGES: unknown[] = [
  [["acces"], ["parcours"], ["prevention"]],
  "acces,parcours,prevention,qualite,accompagnement,snp",
  [
    ["Accès aux soins", null],
    ["Parcours pluriprofessionnels", "Prévention"],
  ],
  [["qualite"], [null], ["accompagnement"], [""]],
];
const TAUX = [undefined, 1, 0.8, "80 %", 0];

export function run(): void {
  // Sanity: the figures the bench computes are the seed's (seed 004, taille 3).
  if (aci(3, "parcours") !== 90_000 || total(4, MISSION_RANGES[1], 1) !== 450_000)
    throw new Error("CPTS.ACI / CPTS.TOTAL ne donnent pas les montants de la grille");

  const results = [
    measure("CPTS.ACI", (i) => {
      const mission = MISSIONS[i % MISSIONS.length];
      const volet = mission === "snp" || mission === "fonctionnement" ? undefined : VOLETS[i % VOLETS.length];
      return numberOrThrow(aci((i % 4) + 1, mission, volet), "CPTS.ACI");
    }),
    measure("CPTS.TOTAL", (i) => numberOrThrow(total((i % 4) + 1, MISSION_RANGES[i % MISSION_RANGES.length], TAUX[i % TAUX.length]), "CPTS.TOTAL")),
  ];
  for (const r of results) {
    console.log(
      `${r.name.padEnd(12)} ${Math.round(r.perSecond).toLocaleString("fr-FR").padStart(12)} évaluations/s  (${r.evaluations.toLocaleString("fr-FR")} en ≥ ${MIN_DURATION_MS} ms)`,
    );
  }
}
