/**
 * Arrows point downward (STYLE.md): the ExcelJS writer knows only the plans, the domain and ExcelJS;
 * the command line adds the writer and the functions' argument parsers, never Office or the task pane.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../../src");

function importsOf(folder: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const name of readdirSync(path.join(SRC, folder))) {
    if (!name.endsWith(".ts")) continue;
    const text = readFileSync(path.join(SRC, folder, name), "utf8");
    for (const m of text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) out.push({ file: `${folder}/${name}`, target: m[1] });
  }
  return out;
}

function allowed(target: string, local: RegExp, packages: readonly string[]): boolean {
  if (target.startsWith(".")) return local.test(target);
  return target.startsWith("node:") || packages.includes(target);
}

describe("layering of src/xlsx and src/cli", () => {
  it("src/xlsx imports only itself, the sheet plans, the domain and exceljs", () => {
    const imports = importsOf("xlsx");
    expect(imports.length).toBeGreaterThan(5);
    const bad = imports.filter(({ target }) => !allowed(target, /^\.\/|^\.\.\/(sheets|domain)(\/|$)/, ["exceljs"]));
    expect(bad).toEqual([]);
  });

  it("src/cli imports only itself, the writer, the plans, the domain and the functions' argument parsers", () => {
    const imports = importsOf("cli");
    expect(imports.length).toBeGreaterThan(3);
    const bad = imports.filter(({ target }) => !allowed(target, /^\.\/|^\.\.\/(xlsx|sheets|domain)(\/|$)|^\.\.\/functions\/(args|result)$/, []));
    expect(bad).toEqual([]);
  });
});
