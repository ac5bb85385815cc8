/**
 * ESLint's Node API for the tests of the lint configuration (test/lint/*.test.ts), in a child
 * Node: ESLint loads eslint.config.mjs with import(), which jest's module sandbox refuses (it needs
 * node --experimental-vm-modules).
 *
 * stdin: {"lint": [{"file": "test/lint/fixtures/x.ts", "as": "src/domain/fixture/x.ts"}], "configFor": "src/domain/x.ts"}
 *   each file is linted with the project's configuration, at the path `as` when given (its text,
 *   linted as if it lived there), ignore patterns off (the fixtures are ignored by `npm run lint`);
 * stdout: {"lint": [[{"ruleId", "message", "line"}…]…], "rules": {…the rules that apply to configFor…}}
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const request = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: ROOT, ignore: false });

const lint = [];
for (const { file, as } of request.lint ?? []) {
  const [result] = await eslint.lintText(readFileSync(path.join(ROOT, file), "utf8"), { filePath: path.join(ROOT, as ?? file) });
  lint.push(result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })));
}
const rules = request.configFor ? (await eslint.calculateConfigForFile(path.join(ROOT, request.configFor))).rules : undefined;
process.stdout.write(JSON.stringify({ lint, rules }));
