/** Amounts in the pane: the domain's French format, never wrapped apart. */
import { BALANCE } from "../../src/domain";
import { euros, keepAmountsTogether, percent } from "../../src/taskpane/format";

test("montants en euros à la française, insécables", () => {
  expect(euros(265_000)).toBe("265\u00a0000\u00a0€");
  expect(euros(1_250.5)).toBe("1\u00a0250,50\u00a0€");
  expect(percent(0.725)).toBe("72,5\u00a0%");
});

test("les messages du classeur gardent chaque montant sur une ligne", () => {
  const message = `Mission 1 A - Médecins traitant : ${BALANCE.surplus(50_000)}`;
  expect(keepAmountsTogether(message)).toBe("Mission 1 A - Médecins traitant : Excédent de 50\u00a0000\u00a0€");
  expect(keepAmountsTogether("Dépassement de 1 234 567,89 € sur 2 blocs")).toBe("Dépassement de 1\u00a0234\u00a0567,89\u00a0€ sur 2 blocs");
  // Years and counts are not amounts: "de 2025 à 2030" stays as written.
  expect(keepAmountsTogether("de 2025 à 2030, 12 actions")).toBe("de 2025 à 2030, 12 actions");
});
