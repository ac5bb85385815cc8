/**
 * The office-js members the add-in's sources use, each with the requirement set its declaration in
 * @types/office-js / @types/custom-functions-runtime names ("[Api set: ExcelApi 1.9]"), found with
 * TypeScript's type checker over tsconfig.json (src/): a property or method is attributed to the
 * interface that declares it, whatever variable holds the object. Members whose declaration names no
 * set (load, sync, items, isNullObject…) belong to every version and are left out.
 */
import * as path from "path";
import * as ts from "typescript";

export interface MemberUse {
  /** "Range.getSpecialCells", "Excel.run", "CustomFunctions.Error". */
  member: string;
  /** "ExcelApi 1.9". */
  set: string;
  files: string[];
}

const DECLARATION_FILES = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)\s*\]/;

function ownerName(decl: ts.Node): string {
  let node: ts.Node | undefined = decl.parent;
  while (node && !(ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node) || ts.isEnumDeclaration(node)))
    node = node.parent;
  return node && "name" in node && node.name && ts.isIdentifier(node.name as ts.Node) ? (node.name as ts.Identifier).text : "?";
}

export function officeApiUsage(root: string): MemberUse[] {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d: ts.Diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, host)!;
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const src = path.join(root, "src") + path.sep;
  const found = new Map<string, MemberUse>();
  for (const file of program.getSourceFiles()) {
    if (!path.resolve(file.fileName).startsWith(src)) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isElementAccessExpression(node) ? node.argumentExpression : undefined;
      const symbol = name && checker.getSymbolAtLocation(name);
      for (const decl of symbol?.declarations ?? []) {
        if (!DECLARATION_FILES.test(decl.getSourceFile().fileName)) continue;
        const docs = ts
          .getJSDocCommentsAndTags(decl)
          .map((d) => d.getText())
          .join("\n");
        const set = API_SET.exec(docs);
        if (!set) continue;
        const member = `${ownerName(decl)}.${symbol!.name}`;
        const use = found.get(member) ?? { member, set: `${set[1]} ${set[2]}`, files: [] };
        const relative = path.relative(root, file.fileName).split(path.sep).join("/");
        if (!use.files.includes(relative)) use.files.push(relative);
        found.set(member, use);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...found.values()].sort((a, b) => a.member.localeCompare(b.member));
}
