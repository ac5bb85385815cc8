/**
 * The manifest declares what the code needs: every office-js member src/ uses (found by the type
 * checker, test/support/officeApiUsage.ts) is in docs/excel-requirement-sets.md with the set its
 * declaration names, no row is stale, and manifest.xml and scripts/validate-manifest.js declare, for
 * each set, exactly the newest version used.
 */
import * as fs from "fs";
import * as path from "path";
import { REQUIRED_SETS } from "../../scripts/validate-manifest";
import { MemberUse, officeApiUsage } from "../support/officeApiUsage";

const ROOT = path.resolve(__dirname, "..", "..");
const TABLE = "docs/excel-requirement-sets.md";

const version = (set: string) => set.split(" ")[1];
const newer = (a: string, b: string) => {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

let used: MemberUse[];
beforeAll(() => {
  used = officeApiUsage(ROOT);
});

function documented(): Map<string, string> {
  const rows = [...fs.readFileSync(path.join(ROOT, TABLE), "utf8").matchAll(/^\| `([A-Za-z]+\.[A-Za-z]+)` \| ([A-Za-z]+ \d+\.\d+) \|$/gm)];
  return new Map(rows.map((m) => [m[1], m[2]]));
}

function declaredInManifest(): Map<string, string> {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  return new Map([...xml.matchAll(/<Set Name="([A-Za-z]+)" MinVersion="([\d.]+)"\s*\/>/g)].map((m) => [m[1], m[2]]));
}

describe("requirement sets", () => {
  it("finds the members the code uses (the scan is not empty-handed)", () => {
    const members = used.map((u) => u.member);
    expect(members).toEqual(
      expect.arrayContaining([
        "Range.values",
        "Range.getSpecialCells",
        "WorksheetCollection.onChanged",
        "WorksheetCollection.onCalculated",
        "CustomFunctions.Error",
      ]),
    );
  });

  it(`${TABLE} lists every member used with its set, and nothing else`, () => {
    const table = documented();
    const missing = used.filter((u) => table.get(u.member) !== u.set).map((u) => `| \`${u.member}\` | ${u.set} |  (${u.files.join(", ")})`);
    expect(missing).toEqual([]);
    const stale = [...table.keys()].filter((m) => !used.some((u) => u.member === m));
    expect(stale).toEqual([]);
  });

  it("manifest.xml and the validator declare the newest version used of each set, no higher", () => {
    const newest = new Map<string, string>();
    for (const u of used) {
      const [name, v] = u.set.split(" ");
      if (!newest.has(name) || newer(v, newest.get(name)!) > 0) newest.set(name, v);
    }
    const manifest = declaredInManifest();
    for (const [name, v] of newest) {
      expect({ name, manifest: manifest.get(name) }).toEqual({ name, manifest: v });
      expect({ name, validator: REQUIRED_SETS[name] }).toEqual({ name, validator: v });
    }
    expect(newest.get("ExcelApi")).toBe(version("ExcelApi 1.9"));
    // SharedRuntime is a manifest feature (<Runtimes>), not an API the code calls.
    expect([...manifest.keys()].sort()).toEqual([...newest.keys(), "SharedRuntime"].sort());
  });
});
