/**
 * `npm run lint` runs Microsoft's office-js rules (eslint-plugin-office-addins): each fixture makes
 * one of the mistakes they catch and gets that rule's finding, at the line of the mistake; the same
 * read done right gets none. Fixtures are linted at their own paths, where the normal run ignores them.
 */
import { fixture, lintFiles } from "./eslint";

const BROKEN: [file: string, rule: string, line: number][] = [
  ["readBeforeLoad.ts", "office-addins/load-object-before-read", 6],
  ["nullObjectTest.ts", "office-addins/test-for-null-using-isNullObject", 6],
  ["syncInLoop.ts", "office-addins/no-context-sync-in-loop", 6],
];

describe("eslint-plugin-office-addins in the project's ESLint configuration", () => {
  // One ESLint run: the broken fixtures, the right read, and the first fixture linted as a task pane .tsx file.
  const findings = lintFiles([
    ...BROKEN.map(([file]) => ({ file: fixture(file) })),
    { file: fixture("readAfterLoad.ts") },
    { file: fixture("readBeforeLoad.ts"), as: "src/taskpane/fixture/readBeforeLoad.tsx" },
  ]);

  it.each(BROKEN.map(([file, rule, line], i) => ({ file, rule, line, found: findings[i] })))("$file breaks $rule at line $line", ({ rule, line, found }) => {
    expect(found.filter((f) => f.ruleId === rule).map((f) => f.line)).toEqual([line]);
  });

  it("the same read after load() and sync() breaks no rule", () => {
    expect(findings[BROKEN.length]).toEqual([]);
  });

  it("the task pane's .tsx files get the office-js rules too (the plugin's own config lists only .js and .ts)", () => {
    expect(findings[BROKEN.length + 1].map((f) => f.ruleId)).toContain("office-addins/load-object-before-read");
  });
});
