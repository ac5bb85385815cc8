/** Taille from population: 1 < 40 000; 2 from 40 000 to 79 999; 3 from 80 000 to 175 000; 4 > 175 000 (seeds 004, 001). */
import { tailleFromPopulation } from "../../src/domain";

describe("tailleFromPopulation at the seeds' bounds", () => {
  test.each([
    [0, 1],
    [39_999, 1],
    [40_000, 2],
    [79_999, 2],
    [80_000, 3],
    [175_000, 3],
    [175_001, 4],
    [2_000_000, 4],
  ])("%i habitants → taille %i", (population, taille) => {
    expect(tailleFromPopulation(population)).toBe(taille);
  });

  test("non-whole populations fall on the right side of the bounds", () => {
    expect(tailleFromPopulation(39_999.9)).toBe(1);
    expect(tailleFromPopulation(175_000.5)).toBe(4);
  });

  test.each([-1, NaN, Infinity, -Infinity])("%p has no taille", (population) => {
    expect(tailleFromPopulation(population)).toBeUndefined();
  });
});
