/** The pane's summaries, pure: how a figure read is judged, written and grouped. */
import fc from "fast-check";
import type { WorkbookSummary } from "../../src/excel/api";
import { summariesFrom, summaryStatus } from "../../src/excel/summaries";
import type { SummaryPlan } from "../../src/sheets/plan";
import { errorHint, groupSummaries, summarySpoken, summaryText } from "../../src/taskpane/summaries/summaryValue";

const NBSP = "\u00a0";
const plan = (overrides: Partial<SummaryPlan> = {}): SummaryPlan => ({
  section: "suivi",
  sheet: "tresorerie",
  address: "C5",
  label: "Trésorerie — alerte",
  format: "text",
  ...overrides,
});
const figure = (label: string, value: WorkbookSummary["value"] = 1, overrides: Partial<WorkbookSummary> = {}): WorkbookSummary => ({
  section: "suivi",
  label,
  format: "euro",
  value,
  status: "ok",
  sheetName: "Trésorerie",
  address: "C5",
  ...overrides,
});

describe("summaryStatus", () => {
  test("a text starting with the alert prefix is an alert; an Excel error value is an error; anything else is fine", () => {
    const alert = plan({ alertPrefix: "Trésorerie négative" });
    expect(summaryStatus(alert, "Trésorerie négative en mars 2027 : −4 200 €")).toBe("alert");
    expect(summaryStatus(alert, "Trésorerie positive toute l'année")).toBe("ok");
    expect(summaryStatus(alert, "#NAME?")).toBe("error");
    expect(summaryStatus(alert, -4200)).toBe("ok");
    expect(summaryStatus(plan(), "Trésorerie négative en mars 2027")).toBe("ok");
    expect(summaryStatus(plan({ alertPrefix: "" }), "n'importe quoi")).toBe("ok");
  });

  test("summariesFrom keeps the plan's order, label and format, and reads an empty cell as empty", () => {
    const located = [
      { item: plan({ format: "euro", label: "A" }), sheetName: "Trésorerie", address: "C9" },
      { item: plan({ format: "date", label: "B" }), sheetName: "Versements", address: "D4" },
    ];
    expect(summariesFrom(located, [1250, null])).toEqual([
      { section: "suivi", label: "A", format: "euro", value: 1250, status: "ok", sheetName: "Trésorerie", address: "C9" },
      { section: "suivi", label: "B", format: "date", value: "", status: "ok", sheetName: "Versements", address: "D4" },
    ]);
  });
});

describe("summaryText", () => {
  test("numbers in the format the plan names, rounded as the sheets show them, the French way, on one line", () => {
    expect(summaryText(figure("x", 32625.5))).toBe(`32${NBSP}626${NBSP}€`);
    expect(summaryText(figure("x", 0.7254, { format: "percent" }))).toBe(`73${NBSP}%`);
    expect(summaryText(figure("x", 46827, { format: "date" }))).toBe("15/03/2028");
    expect(summaryText(figure("x", 3, { format: "text" }))).toBe("3");
    expect(summaryText(figure("x", "Dépassement de 2 300 €"))).toBe(`Dépassement de 2${NBSP}300${NBSP}€`);
    expect(summaryText(figure("x", true))).toBe("Oui");
  });

  test("an empty cell shows a dash, spoken as words; an error says so", () => {
    expect(summaryText(figure("x", ""))).toBe("—");
    expect(summarySpoken(figure("x", ""))).toBe("non renseigné");
    expect(summaryText(figure("x", "#NAME?", { status: "error" }))).toBe("Erreur de calcul (#NAME?)");
  });

  test("an error says what to do: repair the functions for #NAME? (#NOM?), check the sheet's inputs otherwise", () => {
    expect(errorHint(figure("x", "#NAME?"))).toMatch(/Réparer les formules/);
    expect(errorHint(figure("x", "#NOM?"))).toMatch(/Réparer les formules/);
    expect(errorHint(figure("x", "#DIV/0!", { sheetName: "Indicateurs" }))).toBe(
      "Une saisie de la feuille Indicateurs empêche ce calcul : vérifiez les valeurs qu'il utilise.",
    );
  });

  test("whatever a cell holds, in whatever format, the pane writes a non-empty text and never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.integer({ min: -1e6, max: 3e6 })),
        fc.constantFrom("euro", "percent", "date", "text" as const),
        fc.constantFrom("ok", "alert", "error" as const),
        (value, format, status) => {
          const text = summaryText(figure("x", value, { format, status }));
          expect(typeof text).toBe("string");
          expect(text.length > 0 || value === "").toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("groupSummaries", () => {
  test("figures sharing the part before « — » are grouped under it, in order", () => {
    const groups = groupSummaries([
      figure("Parcours pluriprofessionnels — atteinte"),
      figure("Parcours pluriprofessionnels — part variable estimée"),
      figure("Prévention — atteinte"),
      figure("Prévention — part variable estimée"),
      figure("Sans tiret"),
    ]);
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.label)])).toEqual([
      ["Parcours pluriprofessionnels", ["Atteinte", "Part variable estimée"]],
      ["Prévention", ["Atteinte", "Part variable estimée"]],
      [undefined, ["Sans tiret"]],
    ]);
  });

  test("a run of single figures sharing their second part is pivoted: one group listing each block", () => {
    const groups = groupSummaries([
      figure("Fonctionnement — consommé"),
      figure("Mission 1 — consommé"),
      figure("Total — consommé"),
      figure("Prochain versement attendu — date"),
      figure("Prochain versement attendu — montant"),
      figure("Trésorerie — alerte"),
    ]);
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.label)])).toEqual([
      ["Consommé", ["Fonctionnement", "Mission 1", "Total"]],
      ["Prochain versement attendu", ["Date", "Montant"]],
      ["Trésorerie", ["Alerte"]],
    ]);
  });

  test("every figure appears exactly once, whatever the labels", () => {
    const label = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom("A", "B", ""), fc.constantFrom("x", "y")).map(([a, b]) => `${a} — ${b}`),
    );
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), (labels) => {
        const summaries = labels.map((l, i) => figure(l, i));
        const out = groupSummaries(summaries).flatMap((g) => g.items.map((i) => i.summary));
        expect(out).toEqual(summaries);
      }),
    );
  });
});
