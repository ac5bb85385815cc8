/**
 * The example indicators: every mission has its list (possibly empty), each indicator is one of the
 * seed's wordings, the sens follows the wording, and a result indicator conditions the funding.
 */
import fc from "fast-check";
import { MISSIONS } from "../../src/domain";
import { EXAMPLE_INDICATORS, INDICATOR_NATURES, INDICATOR_SENS, sensFromWording } from "../../src/domain/indicators";

const all = MISSIONS.flatMap((m) => EXAMPLE_INDICATORS[m.key].map((i) => ({ mission: m.key, ...i })));

test("every mission has a list; crise and accompagnement have no example in the seeds", () => {
  expect(Object.keys(EXAMPLE_INDICATORS).sort()).toEqual(MISSIONS.map((m) => m.key).sort());
  expect(EXAMPLE_INDICATORS.crise).toEqual([]);
  expect(EXAMPLE_INDICATORS.accompagnement).toEqual([]);
  expect(EXAMPLE_INDICATORS.acces.length).toBe(7);
});

test("no indicator is listed twice, each has a known nature and sens, and result indicators are the financial ones", () => {
  const texts = all.map((i) => i.indicateur);
  expect(new Set(texts).size).toBe(texts.length);
  for (const i of all) {
    expect(INDICATOR_NATURES).toContain(i.nature);
    expect(INDICATOR_SENS).toContain(i.sens);
    expect(i.financier).toBe(i.nature === "résultats");
  }
});

test("the sens follows the wording (« Baisse… », « Réduction… » → baisse), except the urgences rate read as a baisse", () => {
  for (const i of all) {
    if (i.indicateur.startsWith("Taux de passages aux urgences")) expect(i.sens).toBe("baisse");
    else expect(i.sens).toBe(sensFromWording(i.indicateur));
  }
  expect(sensFromWording("Baisse du nombre de recours aux urgences")).toBe("baisse");
  expect(sensFromWording("  réduction du délai")).toBe("baisse");
  expect(sensFromWording("Nombre de campagnes")).toBe("hausse");
});

test("sensFromWording never throws and answers hausse or baisse for any text", () => {
  fc.assert(fc.property(fc.string(), (s) => expect(INDICATOR_SENS).toContain(sensFromWording(s))));
});
