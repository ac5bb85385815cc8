/**
 * The Indicateurs sheet beyond single values: the mission's rate equals the domain's
 * missionAttainment on random indicators (fast-check), rows the user adds compute and count, the
 * file computes the same without the add-in, and a dropped mission keeps its rows only with data.
 */
import fc from "fast-check";
import { MISSIONS } from "../../src/domain";
import { attainment, missionAttainment } from "../../src/domain/attainment";
import { EXAMPLE_INDICATORS } from "../../src/domain/indicators";
import { a1, type CarryOver } from "../../src/sheets";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { COL, indicatorBook, measureCol } from "./indicateursBook";

const ACCES_ROWS = EXAMPLE_INDICATORS.acces.map((_, i) => `ind:acces:${i + 1}`);

test("the mission's rate is the domain's missionAttainment of its rows, on random indicators", () => {
  const book = indicatorBook();
  const value = fc.integer({ min: -1000, max: 1000 });
  const indicator = fc.record({
    financier: fc.boolean(),
    part: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    depart: value,
    cible: value,
    m1: fc.option(value, { nil: null }),
    m2: fc.option(value, { nil: null }),
  });
  try {
    fc.assert(
      fc.property(fc.array(indicator, { minLength: ACCES_ROWS.length, maxLength: ACCES_ROWS.length }), (rows) => {
        book.wb.hf.batch(() => {
          rows.forEach((r, i) => {
            const key = ACCES_ROWS[i];
            book.set(key, COL.financier, r.financier ? "Oui" : "Non");
            book.set(key, COL.part, r.part);
            book.set(key, COL.depart, r.depart);
            book.set(key, COL.cible, r.cible);
            book.set(key, measureCol(1, 1), r.m1);
            book.set(key, measureCol(1, 2), r.m2);
          });
        });
        const expected = missionAttainment(
          rows.map((r) => {
            const measure = r.m2 ?? r.m1;
            const result = attainment(r.depart, r.cible, measure);
            return { financier: r.financier, part: r.part ?? 0, rate: result.ok ? result.rate : undefined };
          }),
        );
        const got = book.wb.getNamed(missionAttainmentName("acces"));
        book.wb.hf.batch(() => book.reset());
        if (expected === undefined) expect(got).toBe("");
        else expect(got).toBeCloseTo(expected, 9);
      }),
      { numRuns: 200 },
    );
  } finally {
    book.destroy();
  }
});

/** A row the user added under the first accès indicator, filled. */
const ADDED: CarryOver = {
  indicateurs: {
    cells: {},
    addedRows: [
      {
        after: "ind:acces:1",
        values: {
          [COL.indicateur]: "Délai d'obtention d'un rendez-vous",
          [COL.financier]: "Oui",
          [COL.depart]: 0,
          [COL.cible]: 10,
          [COL.part]: 1000,
          [measureCol(1, 1)]: 5,
        },
      },
    ],
  },
};

test("a row the user adds computes its attainment and amount, counts in the mission's rate and has its controls", () => {
  const book = indicatorBook({}, { carry: ADDED });
  try {
    const row = book.row("ind:acces:1") + 1;
    const at = (col: number) => book.wb.getCell("indicateurs", a1(col, row));
    expect(at(COL.mission)).toBe("Accès aux soins");
    expect(at(COL.atteinte)).toBeCloseTo(0.5, 12);
    expect(at(COL.montant)).toBe(500);
    expect(at(COL.controle)).toBe("Rien à signaler");
    expect(book.wb.getNamed(missionAttainmentName("acces"))).toBeCloseTo(0.5, 12);
    expect(book.summary("acces", "parts")).toBe(1000);
    const controls = book.wb.plan.controls!.filter((c) => c.sheet === "indicateurs" && new RegExp(`^[A-Z]+${row}$`).test(c.address));
    expect(controls.map((c) => c.subject)).toEqual([
      `Accès aux soins : Indicateur ajouté (ligne ${row})`,
      `Accès aux soins : Indicateur ajouté (ligne ${row})`,
    ]);
  } finally {
    book.destroy();
  }
});

test("without the add-in (CPTS.* unknown), every cell of the sheet computes the same", () => {
  const carry: CarryOver = {
    indicateurs: {
      cells: {
        "ind:acces:1": { [COL.depart]: 40, [COL.cible]: 60, [COL.part]: 3000, [measureCol(1, 1)]: 50 },
        "ind:acces:7": {
          [COL.depart]: 100,
          [COL.cible]: 80,
          [COL.part]: 2000,
          [COL.regle]: "Paliers",
          [COL.palier1]: 95,
          [COL.palier1 + 1]: 0.5,
          [measureCol(1, 2)]: 90,
        },
        "ind:acces:2": { [COL.depart]: 5, [COL.cible]: 5, [COL.part]: 100 },
      },
      addedRows: ADDED.indicateurs!.addedRows,
    },
  };
  const live = indicatorBook({}, { carry });
  const native = indicatorBook({}, { carry, addIn: false });
  try {
    const sheet = live.wb.plan.sheets.find((s) => s.key === "indicateurs")!;
    let compared = 0;
    sheet.rows.forEach((r, i) =>
      r.cells.forEach((cell, col) => {
        if (!cell?.formula) return;
        const address = a1(col, i + 1);
        expect({ address, value: String(native.wb.getCell("indicateurs", address)) }).toEqual({
          address,
          value: String(live.wb.getCell("indicateurs", address)),
        });
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(100);
    expect(live.wb.getNamed(missionAttainmentName("acces"))).toBeCloseTo((3000 * 0.5 + 2000 * 0.5 + 1000 * 0.5) / 6000, 12);
  } finally {
    live.destroy();
    native.destroy();
  }
});

describe("dropped missions", () => {
  test('without user data their rows go; every mission still has its name, holding "" (the global taux)', () => {
    const book = indicatorBook({ missions: ["acces"] });
    try {
      const keys = book.wb.plan.sheets.find((s) => s.key === "indicateurs")!.rows.map((r) => r.key);
      expect(keys.some((k) => k.startsWith("ind:parcours"))).toBe(false);
      for (const m of MISSIONS) expect(book.wb.plan.names.some((n) => n.name === missionAttainmentName(m.key))).toBe(true);
      expect(book.wb.getNamed(missionAttainmentName("parcours"))).toBe("");
    } finally {
      book.destroy();
    }
  });

  test('no mission retained: no block, every name holds "", and no conditional format or validation on an empty range', () => {
    const book = indicatorBook({ missions: [] });
    try {
      for (const m of MISSIONS) expect(book.wb.getNamed(missionAttainmentName(m.key))).toBe("");
      const sheet = book.wb.plan.sheets.find((s) => s.key === "indicateurs")!;
      for (const { range } of [...sheet.conditionalFormats, ...sheet.validations]) {
        const [from, to = from] = range.split(":").map((x) => Number(x.replace(/^[A-Z]+/, "")));
        expect({ range, ordered: from <= to }).toEqual({ range, ordered: true });
      }
    } finally {
      book.destroy();
    }
  });

  test("with user data their rows stay, marked, still computing, without controls nor pane summaries", () => {
    const carry: CarryOver = {
      indicateurs: { cells: { "ind:parcours:1": { [COL.depart]: 1, [COL.cible]: 5, [COL.part]: 800, [measureCol(1, 1)]: 3 } }, addedRows: [] },
    };
    const book = indicatorBook({ missions: ["acces", "prevention"] }, { carry });
    try {
      expect(String(book.get("ind:parcours:1", COL.mission))).toContain("Mission non retenue");
      expect(book.get("ind:parcours:1", COL.depart)).toBe(1);
      expect(book.wb.getNamed(missionAttainmentName("parcours"))).toBeCloseTo(0.5, 12);
      const plan = book.wb.plan;
      const parcoursRows = new Set(["ind:parcours:1", "ind:parcours:parts"].map((k) => String(book.row(k))));
      expect(plan.controls!.filter((c) => c.sheet === "indicateurs" && parcoursRows.has(c.address.replace(/^[A-Z]+/, "")))).toEqual([]);
      expect(plan.summaries!.some((s) => s.label.startsWith("Parcours"))).toBe(false);
    } finally {
      book.destroy();
    }
  });
});
