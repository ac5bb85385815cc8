/**
 * jest.config.js's projects: every test file belongs to exactly one, and the "unit" project
 * (`npm run test:unit`, the fast loop) holds no file that needs a webpack build or Chromium, the
 * things its missing globalSetup would otherwise have to provide.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const PROJECTS = ["unit", "build", "browser", "libreoffice", "scenarios"];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

/** The files jest runs for one project, as jest itself lists them. */
function listed(project: string): string[] {
  const run = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--listTests", "--json", "--selectProjects", project], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as string[]).map((file) => path.relative(ROOT, file)).sort();
}

describe("jest projects", () => {
  const byProject = new Map(PROJECTS.map((project) => [project, listed(project)]));

  it("every test file is in exactly one project", () => {
    const counts = new Map<string, number>();
    for (const files of byProject.values()) for (const file of files) counts.set(file, (counts.get(file) ?? 0) + 1);
    const all = testFiles(path.join(ROOT, "test")).sort();
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((file) => counts.get(file) !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual(all);
  });

  it("the unit project imports neither the test builds nor the browser support", () => {
    const unit = byProject.get("unit")!;
    const heavy = unit.filter((file) => /from "[./]*(support\/build|browser\/support\/[^"]*)"/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(heavy).toEqual([]);
    for (const project of ["build", "browser", "libreoffice"]) expect(byProject.get(project)!.length).toBeGreaterThan(0);
  });
});
