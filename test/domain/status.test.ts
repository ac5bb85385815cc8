/** CPTS.RETARD's and CPTS.EQUILIBRE's statuses: every string, at its boundaries. */
import { BALANCE, LATENESS, balanceStatus, formatEuros, isLate, latenessStatus } from "../../src/domain";

const REF = 45_900;

describe("latenessStatus: first rule that applies", () => {
  test("Terminé and Abandonné win over everything, accents and case ignored", () => {
    expect(latenessStatus(REF - 100, "Terminé", REF)).toBe("Terminé");
    expect(latenessStatus(null, "  termine ", REF)).toBe("Terminé");
    expect(latenessStatus(REF - 100, "Abandonné", REF)).toBe("Abandonné");
    expect(latenessStatus(null, "ABANDONNE", REF)).toBe("Abandonné");
  });

  test("no échéance → « Échéance à fixer »", () => {
    expect(latenessStatus(null, "En cours", REF)).toBe("Échéance à fixer");
    expect(latenessStatus(null, null, REF)).toBe("Échéance à fixer");
  });

  test.each([
    [-1, "En retard de 1 j"],
    [-365, "En retard de 365 j"],
    [0, "Échéance aujourd'hui"],
    [1, "Échéance dans 1 j"],
    [30, "Échéance dans 30 j"],
    [31, "Dans les temps"],
    [400, "Dans les temps"],
  ])("échéance at date_ref %+i days → %p", (offset, expected) => {
    expect(latenessStatus(REF + offset, "En cours", REF)).toBe(expected);
    expect(latenessStatus(REF + offset, "Non démarré", REF)).toBe(expected);
  });

  test("times of day are ignored (NOW() as date_ref)", () => {
    expect(latenessStatus(REF, null, REF + 0.9)).toBe("Échéance aujourd'hui");
    expect(latenessStatus(REF + 0.2, null, REF + 1.1)).toBe("En retard de 1 j");
  });

  test("the wording table", () => {
    expect(LATENESS.late(12)).toBe("En retard de 12 j");
    expect(LATENESS.dueIn(3)).toBe("Échéance dans 3 j");
    expect(isLate("En retard de 3 j")).toBe(true);
    expect(isLate("Échéance aujourd'hui")).toBe(false);
  });
});

describe("balanceStatus: Dépenses = Ressources (seed 001)", () => {
  test.each([
    [1000, 1000, 0, "Équilibré"],
    [0, 0, 0, "Équilibré"],
    [2250, 1000, 0, "Déficit de 1 250 €"],
    [2250.5, 1000, 0, "Déficit de 1 250,50 €"],
    [1000, 1300, 0, "Excédent de 300 €"],
    [1000, 1000.01, 0, "Excédent de 0,01 €"],
    [1_234_567, 0, 0, "Déficit de 1 234 567 €"],
    [1000, 1010, 10, "Équilibré"],
    [1010, 1000, 10, "Équilibré"],
    [1000, 1010.01, 10, "Excédent de 10,01 €"],
    [1010.01, 1000, 10, "Déficit de 10,01 €"],
    [0.1 + 0.2, 0.3, 0, "Équilibré"],
  ])("dépenses %p, ressources %p, tolérance %p → %p", (depenses, ressources, tolerance, expected) => {
    expect(balanceStatus(depenses, ressources, tolerance)).toBe(expected);
  });

  test("tolerance defaults to 0", () => {
    expect(balanceStatus(100, 100.01)).toBe("Excédent de 0,01 €");
  });

  test("French amounts: space thousands separator, decimals only when not whole", () => {
    expect(formatEuros(1250)).toBe("1 250 €");
    expect(formatEuros(1250.5)).toBe("1 250,50 €");
    expect(formatEuros(999)).toBe("999 €");
    expect(formatEuros(1_000_000)).toBe("1 000 000 €");
    expect(formatEuros(-300)).toBe("-300 €");
    expect(BALANCE.deficit(12.3)).toBe("Déficit de 12,30 €");
  });
});
