/**
 * Property tests of the formula module against a model: formulas are generated as trees, rendered
 * to text, and each operation's result is compared with the text of the tree transformed by the
 * model (a reference is a sheet and cells; strings, structured references and names are opaque).
 * So renames and row shifts are checked to touch exactly the references they should, never a
 * string literal, a structured reference or a name.
 */
import fc from "fast-check";
import {
  canonicalCptsFormula,
  isParsed,
  joinFormula,
  renameSheetReferences,
  sameFormula,
  shiftFormulaRows,
  tokenizeFormula,
  usesCptsFunction,
} from "../../src/sheets/formulaText";

const RUNS = 2_000;

type End = { colAbs: boolean; col: number; rowAbs: boolean; row: number };
type Ref = { k: "ref"; sheet?: string; quoted: boolean; shape: "cell" | "spill" | "range" | "rows" | "cols"; a: End; b: End };
type Node =
  | Ref
  | { k: "text"; s: string }
  | { k: "opaque"; s: string }
  | { k: "num"; s: string }
  | { k: "bin"; a: Node; op: string; b: Node; sp: string }
  | { k: "call"; f: string; cpts: boolean; args: Node[]; sp: string }
  | { k: "paren"; e: Node };

/** Sheets: two a formula may write bare, others that need quotes (space, apostrophe, accent, digits first). */
const SHEETS = ["Feuil1", "Versements", "Grille ACI", "It's", "Budget prévisionnel", "2026"];
const BARE = /^[A-Za-z_][A-Za-z0-9_]*$/;

const letters = (n: number): string => (n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

const end = fc.record({ colAbs: fc.boolean(), col: fc.integer({ min: 1, max: 16_384 }), rowAbs: fc.boolean(), row: fc.integer({ min: 1, max: 3_000 }) });
const ref: fc.Arbitrary<Node> = fc
  .record({
    sheet: fc.option(fc.constantFrom(...SHEETS), { nil: undefined }),
    quoted: fc.boolean(),
    shape: fc.constantFrom("cell", "spill", "range", "rows", "cols"),
    a: end,
    b: end,
  })
  .map((r) => ({ k: "ref", ...r }) as Ref);
/** String contents that look like what a rewrite must not touch. */
const textContent = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("A1", "Versements!A1", "'It''s'!B2", "CPTS.ACI(", "_xldudf_CPTS_ACI(", "$A$1:B2", '"', "Table1[Col]", "5:7", "[", "Table1[[", "]", "'"),
);
/** Names and structured references: never a reference to move or rename. */
const opaque = fc.constantFrom(
  "CPTS_TotalACI",
  "CPTS_Taille",
  "Table1[Col]",
  "CPTS_FdrOperationnelle[Budget]",
  "Table1[[#This Row],[A1]]",
  "T[@[Col 1]]",
  "T[[A1]:[B2]]",
  "TRUE",
  "#N/A",
  "#SPILL!",
  "#GETTING_DATA",
);
const num = fc.constantFrom("0", "1", "12", "1.5", "0.25", "100000");
const FUNCTIONS = ["SUM", "IF", "IFERROR", "LEN", "LOG10", "MAX", "INDEX"];
const CPTS = ["ACI", "TOTAL", "RETARD", "EQUILIBRE"];
/** Spaces and line breaks (Alt+Enter in the formula bar) between tokens. */
const space = fc.constantFrom("", " ", "  ", "\n", "\r\n ");

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    ref,
    textContent.map((s): Node => ({ k: "text", s })),
    opaque.map((s): Node => ({ k: "opaque", s })),
    num.map((s): Node => ({ k: "num", s })),
    fc
      .record({ a: tie("node"), op: fc.constantFrom("+", "-", "*", "/", "&", "=", "<>", "<="), b: tie("node"), sp: space })
      .map((r): Node => ({ k: "bin", ...r })),
    fc
      .record({
        cpts: fc.boolean(),
        f: fc.constantFrom(...FUNCTIONS),
        c: fc.constantFrom(...CPTS),
        args: fc.array(tie("node"), { minLength: 1, maxLength: 3 }),
        sp: space,
      })
      .map(({ cpts, f, c, args, sp }): Node => ({ k: "call", f: cpts ? c : f, cpts, args, sp })),
    tie("node").map((e): Node => ({ k: "paren", e })),
  ),
}));

interface Style {
  /** Case of everything outside strings. */
  upper: boolean;
  /** Quote sheet names that could go bare. */
  quoteAll: boolean;
  /** Extra space around operators and after commas. */
  spaced: boolean;
  /** How a CPTS.* call is spelled. */
  cpts: (name: string) => string;
}
const PLAIN: Style = { upper: true, quoteAll: false, spaced: false, cpts: (n) => `CPTS.${n}` };

function prefix(r: Ref, style: Style): string {
  if (r.sheet === undefined) return "";
  const bare = BARE.test(r.sheet) && !r.quoted && !style.quoteAll;
  return bare ? `${r.sheet}!` : `'${r.sheet.replace(/'/g, "''")}'!`;
}

function renderEnd(e: End, shape: Ref["shape"]): string {
  const col = `${e.colAbs ? "$" : ""}${letters(e.col)}`;
  const row = `${e.rowAbs ? "$" : ""}${e.row}`;
  return shape === "rows" ? row : shape === "cols" ? col : col + row;
}

function render(n: Node, style: Style = PLAIN): string {
  const c = (s: string) => (style.upper ? s.toUpperCase() : s.toLowerCase());
  const sp = (s: string) => (style.spaced ? ` ${s} ` : s);
  switch (n.k) {
    case "ref": {
      const body =
        n.shape === "cell" || n.shape === "spill"
          ? renderEnd(n.a, "cell") + (n.shape === "spill" ? "#" : "")
          : `${renderEnd(n.a, n.shape)}:${renderEnd(n.b, n.shape)}`;
      return prefix(n, style) + c(body);
    }
    case "text":
      return `"${n.s.replace(/"/g, '""')}"`;
    case "opaque":
      return n.s;
    case "num":
      return n.s;
    case "bin":
      return `${render(n.a, style)}${n.sp}${sp(n.op)}${n.sp}${render(n.b, style)}`;
    case "call":
      return `${n.cpts ? style.cpts(n.f) : c(n.f)}(${n.args.map((a) => render(a, style)).join(style.spaced ? ", " : ",")})`;
    case "paren":
      return `(${render(n.e, style)})`;
  }
}

/** The model: each node transformed, references by `onRef`. */
function mapRefs(n: Node, onRef: (r: Ref) => Node): Node {
  switch (n.k) {
    case "ref":
      return onRef(n);
    case "bin":
      return { ...n, a: mapRefs(n.a, onRef), b: mapRefs(n.b, onRef) };
    case "call":
      return { ...n, args: n.args.map((a) => mapRefs(a, onRef)) };
    case "paren":
      return { ...n, e: mapRefs(n.e, onRef) };
    default:
      return n;
  }
}

function shiftModel(n: Node, delta: number): Node {
  return mapRefs(n, (r) => {
    if (r.sheet !== undefined || r.shape === "cols") return r;
    const move = (e: End): End => (e.rowAbs ? e : { ...e, row: e.row + delta });
    const moved = { ...r, a: move(r.a), b: move(r.b) };
    const ends = r.shape === "cell" || r.shape === "spill" ? [moved.a] : [moved.a, moved.b];
    return ends.some((e) => e.row < 1) ? { k: "opaque", s: "#REF!" } : moved;
  });
}

function renameModel(n: Node, renames: Record<string, string>): Node {
  return mapRefs(n, (r) => {
    const to = r.sheet === undefined ? undefined : Object.entries(renames).find(([from]) => from.toLowerCase() === r.sheet!.toLowerCase())?.[1];
    return to === undefined ? r : { ...r, sheet: to, quoted: true };
  });
}

const formula = (n: Node, style: Style = PLAIN) => `=${render(n, style)}`;

describe("formula module properties", () => {
  it("tokenize then join gives back every generated formula, read whole", () => {
    fc.assert(
      fc.property(node, fc.boolean(), fc.boolean(), (n, upper, spaced) => {
        const f = formula(n, { ...PLAIN, upper, spaced });
        const tokens = tokenizeFormula(f);
        expect(isParsed(tokens)).toBe(true);
        expect(joinFormula(tokens)).toBe(f);
      }),
      { numRuns: RUNS },
    );
  });

  it("tokenize then join gives back any text at all, and never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `=${s}`),
          fc.stringMatching(/^=[A-Z0-9$:!'"(),+\-*&@[\]{}; %#.]{0,20}$/),
        ),
        (s) => {
          expect(joinFormula(tokenizeFormula(s))).toBe(s);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("a row shift moves exactly the sheet's own relative rows: never a string, a name or a structured reference", () => {
    fc.assert(
      fc.property(node, fc.integer({ min: -50, max: 50 }), (n, delta) => {
        expect(shiftFormulaRows(formula(n), delta)).toBe(formula(shiftModel(n, delta)));
      }),
      { numRuns: RUNS },
    );
  });

  it("a shift and its opposite give the formula back when nothing left the sheet", () => {
    fc.assert(
      fc.property(node, fc.integer({ min: 1, max: 50 }), (n, delta) => {
        const f = formula(n);
        expect(shiftFormulaRows(shiftFormulaRows(f, delta), -delta)).toBe(f);
      }),
      { numRuns: RUNS },
    );
  });

  it("a rename rewrites exactly the renamed sheets' references: never a string, a name or a structured reference", () => {
    const renames = fc.dictionary(fc.mixedCase(fc.constantFrom(...SHEETS)), fc.constantFrom("Paiements", "C'est l'été", "Feuil1", "Grille ACI (2)"), {
      maxKeys: 3,
    });
    fc.assert(
      fc.property(node, renames, (n, map) => {
        // Two spellings of one sheet in the map: Excel's names are case-insensitive, so keep the first.
        const unique = Object.fromEntries(Object.entries(map).filter(([k], i, all) => all.findIndex(([o]) => o.toLowerCase() === k.toLowerCase()) === i));
        expect(renameSheetReferences(formula(n), unique)).toBe(formula(renameModel(n, unique)));
      }),
      { numRuns: RUNS },
    );
  });

  it("two renderings of one formula are the same formula; a moved one is not", () => {
    fc.assert(
      fc.property(node, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 9 }), (n, quoteAll, spaced, delta) => {
        const plain = formula(n);
        expect(sameFormula(plain, formula(n, { upper: false, quoteAll, spaced, cpts: (x) => `_xldudf_cpts_${x.toLowerCase()}` }))).toBe(true);
        const moved = formula(shiftModel(n, delta));
        expect(sameFormula(plain, moved)).toBe(plain === moved);
      }),
      { numRuns: RUNS },
    );
  });

  it("every spelling of our calls comes back as CPTS.X(, and only calls are found", () => {
    const spelling = fc.constantFrom<(x: string) => string>(
      (x) => `_xldudf_CPTS_${x}`,
      (x) => `_XLDUDF_cpts_${x.toLowerCase()}`,
      (x) => `cpts.${x.toLowerCase()}`,
      (x) => `[2]!_xldudf_CPTS_${x}`,
    );
    fc.assert(
      fc.property(node, spelling, (n, spell) => {
        const f = formula(n, { ...PLAIN, cpts: spell });
        expect(canonicalCptsFormula(f)).toBe(formula(n));
        const calls = JSON.stringify(n).includes('"cpts":true');
        expect(usesCptsFunction(f)).toBe(calls);
      }),
      { numRuns: RUNS },
    );
  });
});
