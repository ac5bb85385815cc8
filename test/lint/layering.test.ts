/**
 * The architecture's one-way flow (domain → sheets → excel/xlsx/functions → taskpane/cli) is an
 * ESLint rule (import-x/no-restricted-paths, eslint.config.mjs): a fixture's text linted as if it
 * lived in src/ gets the rule's finding when it imports against the flow, none when it imports along
 * it; every folder of src/ has its place in the flow; an import cycle is found (import-x/no-cycle).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { ask, fixture, ROOT } from "./eslint";

const LAYERING = "import-x/no-restricted-paths";
const IMPORTS_EXCEL = fixture("domainImportsExcel.ts");

/** Where the fixture's text (which imports src/excel) is linted, and whether that breaks the flow. */
const PLACES: [as: string, breaks: boolean][] = [
  ["src/domain/fixture/x.ts", true],
  ["src/sheets/fixture/x.ts", true],
  ["src/xlsx/fixture/x.ts", true],
  ["src/functions/fixture/x.ts", true],
  ["src/cli/fixture/x.ts", true],
  ["src/taskpane/fixture/x.ts", false],
  ["src/excel/fixture/x.ts", false],
];

describe("layering rule", () => {
  const answer = ask({
    lint: [...PLACES.map(([as]) => ({ file: IMPORTS_EXCEL, as })), { file: fixture("cycleA.ts") }, { file: fixture("cycleB.ts") }],
    configFor: "src/domain/x.ts",
  });
  const findings = answer.lint.slice(0, PLACES.length);

  it.each(PLACES.map(([as, breaks], i) => ({ as, breaks, found: findings[i] })))(
    "src/excel imported from $as: breaks the flow = $breaks",
    ({ breaks, found }) => {
      const layering = found.filter((f) => f.ruleId === LAYERING);
      expect(layering.length).toBe(breaks ? 1 : 0);
      if (breaks) expect(layering[0].message).toMatch(/ne dépend pas de src\/excel|tourne sans Office/);
    },
  );

  it("every folder of src/ has a place in the flow", () => {
    const zones = (answer.rules?.[LAYERING] as [unknown, { zones: { target: string }[] }])[1].zones;
    const placed = new Set(zones.map((z) => path.posix.basename(z.target)));
    const folders = readdirSync(path.join(ROOT, "src"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.length).toBeGreaterThanOrEqual(7);
    expect(folders.filter((f) => !placed.has(f))).toEqual([]);
  });

  it("an import cycle is found, in both files", () => {
    const [a, b] = answer.lint.slice(PLACES.length);
    expect([a, b].map((found) => found.filter((f) => f.ruleId === "import-x/no-cycle").length)).toEqual([1, 1]);
  });
});
