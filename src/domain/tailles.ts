/**
 * Taille (size class) of a CPTS from its population — ACI 2019, seeds 004 and 001.
 * The seeds' ranges overlap at their bounds ("de 40 à 80 000", "de 80 à 175 000"); our reading:
 * 1 below 40 000; 2 from 40 000 to 79 999; 3 from 80 000 to 175 000 included; 4 above 175 000.
 */
export type Taille = 1 | 2 | 3 | 4;

export const TAILLES: readonly Taille[] = [1, 2, 3, 4];

/** Lowest population of each taille (taille 4 starts strictly above 175 000). */
export const TAILLE_THRESHOLDS = {
  taille2From: 40_000,
  taille3From: 80_000,
  taille3UpTo: 175_000,
} as const;

/** French labels, as printed in seed 004's grid header. */
export const TAILLE_LABELS: Record<Taille, string> = {
  1: "Taille 1 — moins de 40 000 habitants",
  2: "Taille 2 — de 40 000 à 79 999 habitants",
  3: "Taille 3 — de 80 000 à 175 000 habitants",
  4: "Taille 4 — plus de 175 000 habitants",
};

export function isTaille(value: unknown): value is Taille {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** Taille for a population; undefined when the population is not a finite number ≥ 0. */
export function tailleFromPopulation(population: number): Taille | undefined {
  if (typeof population !== "number" || !Number.isFinite(population) || population < 0) return undefined;
  if (population < TAILLE_THRESHOLDS.taille2From) return 1;
  if (population < TAILLE_THRESHOLDS.taille3From) return 2;
  if (population <= TAILLE_THRESHOLDS.taille3UpTo) return 3;
  return 4;
}
