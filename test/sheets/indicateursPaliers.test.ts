/**
 * The paliers twin of CPTS.ATTEINTE (nativePaliersAttainment) against the domain, on random rows in
 * HyperFormula: three paliers laid on one row as the Indicateurs sheet lays them, blank or typed,
 * parts as fractions, percentages or out of range, seuils in or out of order. The twin alone, and
 * the sheet's IFERROR(CPTS.ATTEINTE(…, one-row paliers), twin), give the domain's rate; "" for a
 * missing measure; #N/A wherever the domain refuses.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { attainment, readPaliers } from "../../src/domain/attainment";
import { blankAsText, nativePaliersAttainment } from "../../src/sheets/nativeAttainment";
import { hyperFormulaConfig, registerCptsPlugin } from "../support/cptsPlugin";

type Cell = number | null;

/** What the domain says for one row: a rate, "" (not measured), or "NA" (refused). */
function expectedFor(d: Cell, c: Cell, m: Cell, slots: [Cell, Cell][]): number | "" | "NA" {
  if (d === null || c === null) return "NA";
  const paliers = readPaliers(slots, String);
  if (!paliers.ok) return "NA";
  const result = attainment(d, c, m, paliers.value);
  if (result.ok) return result.rate;
  return result.problem.kind === "mesureManquante" ? "" : "NA";
}

test("on 1 500 random rows, the twin and the sheet's formula give the domain's rate, \"\" or #N/A", () => {
  registerCptsPlugin();
  const value = fc.integer({ min: -60, max: 60 });
  const maybe = (a: fc.Arbitrary<number>): fc.Arbitrary<Cell> => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  const part = fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
    fc.integer({ min: 0, max: 100 }),
    fc.constantFrom(-0.5, 150, 1.5),
  );
  // A slot is blank (both cells), or a seuil and a part, either of which may be blank.
  const slot = fc.oneof({ weight: 1, arbitrary: fc.constant<[Cell, Cell]>([null, null]) }, { weight: 3, arbitrary: fc.tuple(maybe(value), maybe(part)) });
  const rows = fc.sample(
    fc.tuple(maybe(value), maybe(value), maybe(value), fc.tuple(slot, slot, slot), fc.boolean()).map(([d, c, m, slots, ordered]) => {
      // Half the rows put their seuils in the indicator's sens and their parts in increasing order, so rates by paliers are common.
      if (!ordered || d === null || c === null) return [d, c, m, slots] as const;
      const read = (p: Cell): number => ((p ?? 0) > 1 ? (p ?? 0) / 100 : (p ?? 0));
      const seuils = slots.map(([x]) => x).sort((a, b) => ((a ?? 0) - (b ?? 0)) * (c >= d ? 1 : -1));
      const parts = slots.map(([, p]) => p).sort((a, b) => read(a) - read(b));
      return [d, c, m, slots.map((_, i) => [seuils[i], parts[i]] as [Cell, Cell])] as const;
    }),
    { numRuns: 1_500, seed: 42 },
  );
  const data = rows.map(([d, c, m, slots], i) => {
    const r = i + 1;
    const paliers = ["D", "F", "H"].map((col) => ({ seuil: `${col}${r}`, part: `${String.fromCharCode(col.charCodeAt(0) + 1)}${r}` }));
    const twin = nativePaliersAttainment(`A${r}`, `B${r}`, `C${r}`, paliers);
    const full = `=IFERROR(CPTS.ATTEINTE(${blankAsText(`A${r}`)},${blankAsText(`B${r}`)},${blankAsText(`C${r}`)},D${r}:I${r}),${twin})`;
    return [d, c, m, ...slots.flat(), `=${twin}`, full];
  });
  const hf = HyperFormula.buildFromArray(data as never, hyperFormulaConfig());
  const seen = { rate: 0, blank: 0, refused: 0, paliers: 0, rateByPaliers: 0 };
  try {
    rows.forEach(([d, c, m, slots], row) => {
      const expected = expectedFor(d, c, m, slots);
      for (const col of [9, 10]) {
        const got = hf.getCellValue({ sheet: 0, col, row });
        const where = { row: data[row].slice(0, 9), col };
        if (expected === "NA") expect({ ...where, got: String((got as { type?: string }).type ?? got) }).toEqual({ ...where, got: "NA" });
        else if (expected === "") expect({ ...where, got }).toEqual({ ...where, got: "" });
        else expect({ ...where, close: Math.abs((got as number) - expected) < 1e-9 }).toEqual({ ...where, close: true });
      }
      if (expected === "NA") seen.refused++;
      else if (expected === "") seen.blank++;
      else seen.rate++;
      if (slots.some(([s, p]) => (s ?? 0) !== 0 || (p ?? 0) !== 0)) {
        seen.paliers++;
        if (typeof expected === "number") seen.rateByPaliers++;
      }
    });
  } finally {
    hf.destroy();
  }
  // The sample meets every case.
  expect(Math.min(seen.rate, seen.blank, seen.refused, seen.rateByPaliers)).toBeGreaterThan(50);
  expect(seen.paliers).toBeGreaterThan(1000);
});
