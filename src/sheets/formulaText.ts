/**
 * Every reading or rewriting of formula text goes through here: tokenizing, renaming sheet
 * references, moving rows, comparing two formulas as Excel stores them, and finding or respelling
 * the CPTS.* custom-function calls. Built on `excel-formula-tokenizer` (MIT, E. W. Bachtal's
 * tokenizer) so string literals, quoted sheet names and structured references are told apart by a
 * maintained lexer rather than by one regex per caller.
 *
 * The library's tokens are lossy (it drops spaces, a leading "+", "@" before a function, newlines,
 * and unescapes quotes: psalaets/excel-formula-tokenizer#6), so each token is aligned back onto the source: a token carries its exact
 * source `text`, and whatever the library dropped becomes a "trivia" token. Joining the texts gives
 * the formula back character for character, and a rewrite only changes the tokens it means to. A
 * formula the library cannot read (an unclosed quote, a stray ")") becomes one "unparsed" token that
 * every rewrite leaves as it is.
 */
import * as tokenizer from "excel-formula-tokenizer";

/** The library's own kinds, plus "trivia" (text it dropped: spaces, newlines, "=", a no-op "+"). */
export type FormulaTokenType =
  "operand" | "function" | "subexpression" | "argument" | "operator-prefix" | "operator-infix" | "operator-postfix" | "unknown" | "trivia";

export interface FormulaToken {
  readonly type: FormulaTokenType;
  /** "start"/"stop" for functions and subexpressions; "text", "number", "logical", "error", "range" for operands; "unparsed" for a formula the tokenizer could not read. */
  readonly subtype: string;
  /** The library's value: a string literal unescaped, a function name without "@" or "(". */
  readonly value: string;
  /** The exact source text of the token. */
  readonly text: string;
}

interface LibraryToken {
  value: string;
  type: string;
  subtype: string;
}

// The package's index.d.ts declares `tokenize` without exporting it (v3.0.0); index.js does export it.
const libraryTokenize = (tokenizer as unknown as { tokenize: (formula: string) => LibraryToken[] }).tokenize;

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const token = (type: FormulaTokenType, subtype: string, value: string, text: string): FormulaToken => ({ type, subtype, value, text });

/**
 * Where a library token's value sits in the source from `pos`: the source may hold escaped quotes
 * inside a quoted sheet name ('It''s' is the value 'It's') and newlines the library dropped.
 * Returns the end index, or -1.
 */
function walk(source: string, pos: number, value: string): number {
  let p = pos;
  let i = 0;
  let inQuote = false;
  let inBracket = false;
  while (i < value.length) {
    const c = source[p];
    if (c === undefined) return -1;
    if (c === "'" && !inBracket) {
      if (value[i] !== "'") return -1;
      if (inQuote && source[p + 1] === "'") p += 2;
      else {
        inQuote = !inQuote;
        p++;
      }
      i++;
      continue;
    }
    if (!inQuote) {
      if (c === "[") inBracket = true;
      else if (c === "]") inBracket = false;
    }
    if (c === value[i]) {
      p++;
      i++;
      continue;
    }
    if (!inQuote && (c === "\n" || c === "\r")) {
      p++;
      continue;
    }
    return -1;
  }
  return p;
}

function exact(source: string, pos: number, text: string): number {
  return source.startsWith(text, pos) ? pos + text.length : -1;
}

/** End of the library token `t` in the source from `pos`, or -1 when it is not there. */
function match(source: string, pos: number, t: LibraryToken): number {
  if (t.type === "function" || t.type === "subexpression") {
    if (t.value === "ARRAY") return exact(source, pos, t.subtype === "start" ? "{" : "}");
    // Array rows have no text of their own: "{" opens the first, ";" is an argument token.
    if (t.value === "ARRAYROW") return pos;
    if (t.subtype === "stop") return exact(source, pos, ")");
    let p = source[pos] === "@" ? pos + 1 : pos;
    p = t.value === "" ? p : walk(source, p, t.value);
    return p < 0 ? -1 : exact(source, p, "(");
  }
  if (t.type === "operand" && t.subtype === "text") return exact(source, pos, `"${t.value.replace(/"/g, '""')}"`);
  if (t.type === "operator-infix" && t.subtype === "intersect") {
    let p = pos;
    while (source[p] === " ") p++;
    return p > pos ? p : -1;
  }
  // A number keeps a line break typed before it (the library cleans other tokens of them).
  return walk(source, pos, t.value.replace(/[\r\n]/g, ""));
}

const TRIVIA = new Set([" ", "\n", "\r", "+"]);

function unparsed(formula: string): FormulaToken[] {
  return [token("unknown", "unparsed", formula, formula)];
}

/** Brackets opened and not closed in a token's text (quotes aside): > 0 inside a structured reference. */
function openBrackets(text: string): number {
  let depth = 0;
  let inQuote = false;
  for (const c of text) {
    if (c === "'" && depth === 0) inQuote = !inQuote;
    else if (!inQuote && c === "[") depth++;
    else if (!inQuote && c === "]") depth--;
  }
  return depth;
}

/**
 * The library ends a bracket run at the first "]", so `Table1[[#This Row],[Col]]` comes out in
 * three tokens; they are joined back into one structured reference. A lowercase `true` is a logical
 * (the library compares case-sensitively), and `1e5`, split by it in two, is one number.
 */
function mergeTokens(tokens: FormulaToken[]): FormulaToken[] {
  const out: FormulaToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== "trivia" && t.type !== "operand" && t.type !== "function") {
      out.push(t);
      continue;
    }
    let depth = t.type === "trivia" || t.subtype === "text" ? 0 : openBrackets(t.text);
    if (depth > 0) {
      let text = t.text;
      while (depth > 0 && i + 1 < tokens.length) {
        i++;
        text += tokens[i].text;
        depth += openBrackets(tokens[i].text);
      }
      out.push(token("operand", "range", text, text));
      continue;
    }
    const previous = out[out.length - 1];
    if (t.type === "operand" && t.subtype === "range" && /^[eE]\d+$/.test(t.text) && previous?.type === "operand" && previous.subtype === "number") {
      out[out.length - 1] = token("operand", "number", previous.text + t.text, previous.text + t.text);
      continue;
    }
    if (t.type === "operand" && t.subtype === "range" && /^(true|false)$/i.test(t.text)) {
      out.push(token("operand", "logical", t.text.toUpperCase(), t.text));
      continue;
    }
    out.push(t);
  }
  return out;
}

const SPILL_MASK = "\uE000";
const ERROR_MASK = "\uE001";
const MASKS = /[\uE000\uE001]/g;
const HAS_MASK = /[\uE000\uE001]/;
const KNOWN_ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const NEWER_ERROR = /^#[A-Za-z_]+[!?]?$/;

/**
 * The library reads "#" as the start of one of Excel 2007's seven error values and swallows the rest
 * of the formula otherwise: a spilled range's "#" (`A1#`, dynamic arrays) and newer errors
 * (#SPILL!, #CALC!, #GETTING_DATA) are hidden from it behind private-use characters, outside string
 * literals, quoted names and brackets.
 */
function maskHashes(formula: string): string {
  if (!formula.includes("#") || HAS_MASK.test(formula)) return formula;
  let out = "";
  let inString = false;
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (inString) inString = c !== '"';
    else if (inQuote) inQuote = c !== "'";
    else if (c === '"') inString = true;
    else if (c === "'" && depth === 0) inQuote = true;
    else if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === "#" && depth === 0) {
      if (i > 0 && /[A-Za-z0-9_$.]/.test(formula[i - 1])) {
        out += SPILL_MASK;
        continue;
      }
      if (!KNOWN_ERRORS.some((e) => formula.startsWith(e, i)) && /^#[A-Za-z_]+[!?]?/.test(formula.slice(i))) {
        out += ERROR_MASK;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * Tokens of a formula ("=…", en-US as `range.formulas` gives it); joined, they give the formula back
 * exactly. Never throws: what the tokenizer cannot read is one "unparsed" token.
 */
export function tokenizeFormula(formula: string): readonly FormulaToken[] {
  if (typeof formula !== "string" || formula === "") return [];
  const cached = cache.get(formula);
  if (cached) return cached;
  // A regeneration reads the same planned formulas row after row (shift, then compare).
  if (cache.size >= CACHE_SIZE) cache.clear();
  const tokens = Object.freeze(readTokens(formula));
  cache.set(formula, tokens);
  return tokens;
}

const CACHE_SIZE = 5_000;
const cache = new Map<string, readonly FormulaToken[]>();

function readTokens(formula: string): FormulaToken[] {
  // The library is aligned on a masked copy (same length), texts are cut from the formula itself.
  const source = maskHashes(formula);
  let library: LibraryToken[];
  try {
    library = libraryTokenize(source);
  } catch {
    return unparsed(formula);
  }
  const tokens: FormulaToken[] = [];
  let pos = 0;
  const trivia = (end: number, subtype: string) => {
    if (end > pos) tokens.push(token("trivia", subtype, formula.slice(pos, end), formula.slice(pos, end)));
    pos = end;
  };
  // The library skips leading spaces, then one "=".
  let lead = 0;
  while (formula[lead] === " ") lead++;
  trivia(lead, "space");
  if (formula[pos] === "=") trivia(pos + 1, "equals");
  for (const t of library) {
    let end: number;
    for (;;) {
      // A line break (Alt+Enter in the formula bar) never starts a token: the library drops it.
      while (formula[pos] === "\n" || formula[pos] === "\r") trivia(pos + 1, "space");
      end = match(source, pos, t);
      if (end >= 0 || !TRIVIA.has(formula[pos])) break;
      trivia(pos + 1, formula[pos] === "+" ? "noop" : "space");
    }
    if (end < 0) return unparsed(formula);
    const text = formula.slice(pos, end);
    const value = t.subtype === "text" ? t.value : t.value.replace(MASKS, "#").replace(/[\r\n]/g, "");
    // An error value the library does not know (#SPILL!, #CALC!…) is one all the same.
    const subtype = t.type === "operand" && NEWER_ERROR.test(text) ? "error" : t.subtype;
    tokens.push(token(t.type as FormulaTokenType, subtype, value, text));
    pos = end;
  }
  while (pos < formula.length && TRIVIA.has(formula[pos]) && formula[pos] !== "+") trivia(pos + 1, "space");
  if (pos < formula.length) return unparsed(formula);
  return mergeTokens(tokens);
}

export function joinFormula(tokens: readonly FormulaToken[]): string {
  return tokens.map((t) => t.text).join("");
}

/** Whether the tokenizer read the whole formula (an unclosed quote or a stray ")" does not read). */
export function isParsed(tokens: readonly FormulaToken[]): boolean {
  return !tokens.some((t) => t.subtype === "unparsed");
}

// ---- references ----

/** A reference split at its top-level ":": `'A b'!$C$5:D6` is [{prefix "'A b'!", body "$C$5"}, {prefix "", body "D6"}]. */
interface ReferencePart {
  prefix: string;
  body: string;
}

/** Splits at ":" and finds "!" outside quotes and brackets. */
function topLevel(text: string, wanted: string): number[] {
  const at: number[] = [];
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" && depth === 0) inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === wanted && depth === 0) at.push(i);
  }
  return at;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const ROW = /^(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function isCell(body: string): boolean {
  const m = CELL.exec(body);
  return m !== null && columnNumber(m[2]) <= MAX_COLUMN && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROW;
}

function splitReference(text: string): ReferencePart[] {
  const segments: string[] = [];
  let from = 0;
  for (const colon of topLevel(text, ":")) {
    segments.push(text.slice(from, colon));
    from = colon + 1;
  }
  segments.push(text.slice(from));
  const parts: ReferencePart[] = [];
  for (let i = 0; i < segments.length; i++) {
    let segment = segments[i];
    // `Feuil1:Feuil3!A1` (a 3D reference): the first sheet has no "!" and is no cell, row or column.
    const bare = topLevel(segment, "!").length === 0 && !isCell(segment) && !ROW.test(segment) && !COLUMN.test(segment);
    if (bare && i + 1 < segments.length && topLevel(segments[i + 1], "!").length > 0) segment = `${segment}:${segments[++i]}`;
    const bangs = topLevel(segment, "!");
    const cut = bangs.length > 0 ? bangs[bangs.length - 1] + 1 : 0;
    parts.push({ prefix: segment.slice(0, cut), body: segment.slice(cut) });
  }
  return parts;
}

const joinReference = (parts: readonly ReferencePart[]): string => parts.map((p) => p.prefix + p.body).join(":");

/** The sheet names of a prefix (`'It''s'!` → ["It's"], `A:B!` → ["A", "B"]); undefined for another workbook's ([1]Sheet!, '[Book.xlsx]Sheet'!). */
function prefixSheets(prefix: string): string[] | undefined {
  if (prefix === "" || prefix.includes("[")) return undefined;
  const inner = prefix.slice(0, -1);
  const names = inner.startsWith("'") && inner.endsWith("'") && inner.length >= 2 ? inner.slice(1, -1).replace(/''/g, "'") : inner;
  // Sheet names cannot hold ":" (Excel refuses it), so a ":" separates the ends of a 3D reference.
  return names.split(":");
}

/** A sheet name as a formula prefix: always quoted (names with spaces and accents need it; quoting is always valid). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The reference pieces of a token: an operand's whole text, or what precedes a function's name
 * after a ":" (`A1:INDEX(` reads A1 as a reference). `name` is the function name itself.
 */
interface TokenShape {
  before: string;
  reference: string;
  name: string;
  after: string;
}

function shapeOf(t: FormulaToken): TokenShape | undefined {
  if (t.type === "operand" && t.subtype === "range") {
    const at = t.text.startsWith("@") ? "@" : "";
    return { before: at, reference: t.text.slice(at.length), name: "", after: "" };
  }
  if (t.type === "function" && t.subtype === "start" && t.text.endsWith("(") && t.value !== "" && t.value !== "ARRAY") {
    const at = t.text.startsWith("@") ? "@" : "";
    const body = t.text.slice(at.length, -1);
    const colons = topLevel(body, ":");
    const cut = colons.length > 0 ? colons[colons.length - 1] : -1;
    return { before: at, reference: cut < 0 ? "" : body.slice(0, cut), name: cut < 0 ? body : body.slice(cut), after: "(" };
  }
  return undefined;
}

const withShape = (s: TokenShape): string => s.before + s.reference + s.name + s.after;

/** Rewrites each reference part (and the function names) of a formula; text outside references is kept. */
function mapTokens(formula: string, rewrite: (t: FormulaToken, shape: TokenShape) => string | undefined, formulasOnly = true): string {
  if (typeof formula !== "string" || (formulasOnly && !formula.startsWith("="))) return formula;
  const tokens = tokenizeFormula(formula);
  if (!isParsed(tokens)) return formula;
  let changed = false;
  const texts = tokens.map((t) => {
    const shape = shapeOf(t);
    const text = shape ? rewrite(t, shape) : undefined;
    if (text === undefined || text === t.text) return t.text;
    changed = true;
    return text;
  });
  return changed ? texts.join("") : formula;
}

/**
 * Rewrites references to renamed sheets: `'Old name'!` and `Old!` become `'New name'!`, in one pass
 * (so swapping two names works). Sheet names match case-insensitively, as in Excel. String literals,
 * structured references and other workbooks' references are left untouched.
 */
export function renameSheetReferences(formula: string, renames: Readonly<Record<string, string>>): string {
  const byLowerName = new Map(Object.entries(renames).map(([from, to]) => [from.toLowerCase(), to]));
  if (byLowerName.size === 0) return formula;
  return mapTokens(
    formula,
    (_t, shape) => {
      if (shape.reference === "" && !shape.name.includes("!")) return undefined;
      const renamePart = (part: ReferencePart): ReferencePart => {
        const sheets = prefixSheets(part.prefix);
        if (!sheets || !sheets.some((s) => byLowerName.has(s.toLowerCase()))) return part;
        return { prefix: `${quoteSheetName(sheets.map((s) => byLowerName.get(s.toLowerCase()) ?? s).join(":"))}!`, body: part.body };
      };
      const reference = shape.reference === "" ? "" : joinReference(splitReference(shape.reference).map(renamePart));
      // A sheet-scoped name called as a function (Feuil1!MaLambda() or A1:Feuil1!X()).
      const nameParts = shape.name.startsWith(":") ? [":", shape.name.slice(1)] : ["", shape.name];
      const name = nameParts[0] + joinReference(splitReference(nameParts[1]).map(renamePart));
      return withShape({ ...shape, reference, name });
    },
    false,
  );
}

/**
 * The cell a formula made of one reference points at (`=Paramètres!$C$4`, `='It''s'!A1`, as a
 * workbook name's formula reads): its sheet name unquoted, undefined when none is written, and the
 * address as written. Undefined for anything else (a range, another workbook, a calculation).
 */
export function cellReference(formula: string): { sheet: string | undefined; address: string } | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  const tokens = tokenizeFormula(formula).filter((t) => t.type !== "trivia");
  if (tokens.length !== 1 || tokens[0].type !== "operand" || tokens[0].subtype !== "range") return undefined;
  const parts = splitReference(tokens[0].text);
  if (parts.length !== 1 || !isCell(parts[0].body)) return undefined;
  const sheets = prefixSheets(parts[0].prefix);
  if (parts[0].prefix !== "" && (sheets === undefined || sheets.length !== 1)) return undefined;
  return { sheet: sheets?.[0], address: parts[0].body };
}

export interface ShiftOptions {
  /** The sheet the formula sits on: references qualified with its own name move too. */
  sheet?: string;
}

/**
 * Moving a formula to another row, as copying it there does in Excel: relative row numbers of the
 * sheet's own A1 references move by `delta` (A1, A$1 stays, $A1 moves, ranges, whole rows 5:7);
 * absolute rows, whole columns, other sheets' references, names, structured references and string
 * literals stay. A reference pushed off the sheet becomes #REF!, as Excel shows it.
 */
export function shiftFormulaRows(formula: string, delta: number, options: ShiftOptions = {}): string {
  if (delta === 0 || !Number.isFinite(delta)) return formula;
  const own = options.sheet?.toLowerCase();
  return mapTokens(formula, (_t, shape) => {
    if (shape.reference === "") return undefined;
    const parts = splitReference(shape.reference);
    let broken = false;
    // In `Feuil1!A1:B2` the second end is on Feuil1 too: a prefix holds until the next one.
    let prefix = "";
    const moved = parts.map((part): ReferencePart => {
      if (part.prefix !== "") prefix = part.prefix;
      const sheets = prefixSheets(prefix);
      const local = prefix === "" || (own !== undefined && sheets?.length === 1 && sheets[0].toLowerCase() === own);
      if (!local) return part;
      // A spilled range (A1#) moves like its anchor cell.
      const spill = part.body.endsWith("#") ? "#" : "";
      const anchor = part.body.slice(0, part.body.length - spill.length);
      const cell = isCell(anchor) ? CELL.exec(anchor) : null;
      const row = parts.length > 1 && !spill ? ROW.exec(anchor) : null;
      const digits = cell ? cell[4] : row?.[2];
      const absolute = cell ? cell[3] === "$" : row?.[1] === "$";
      if (digits === undefined || absolute) return part;
      const n = Number(digits) + delta;
      if (n < 1 || n > MAX_ROW) broken = true;
      return { prefix: part.prefix, body: cell ? `${cell[1]}${cell[2]}${cell[3]}${n}${spill}` : `${row![1]}${n}` };
    });
    return withShape({ ...shape, reference: broken ? "#REF!" : joinReference(moved) });
  });
}

// ---- CPTS custom functions ----

export const CPTS_NAMESPACE = "CPTS";

/**
 * The function a name calls when it is one of ours, upper case ("ACI"), whatever its spelling:
 * `CPTS.ACI` in any case as typed; `_xldudf_CPTS_ACI`, Excel's file form, which Excel also shows
 * while the add-in's metadata is not registered (OfficeDev/Excel-Custom-Functions#108,
 * OfficeDev/office-js#3558, #4487); and `[2]!_xldudf_CPTS_ACI`, the same behind an external-link
 * prefix (OfficeDev/office-js#2568). Undefined for any other name.
 */
export function cptsFunctionOf(name: string): string | undefined {
  const m = /^(?:\[\d+\]!)?(?:_xldudf_CPTS[_.]|CPTS\.)([A-Za-z][A-Za-z0-9_.]*)$/i.exec(name);
  return m ? m[1].toUpperCase() : undefined;
}

/** Respells every function name of a formula through `rename` (given the name as written, "@" and "(" aside). String literals and references are left as they are. */
export function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  return mapTokens(formula, (t, shape) => {
    if (t.type !== "function") return undefined;
    const colon = shape.name.startsWith(":") ? ":" : "";
    return withShape({ ...shape, name: colon + rename(shape.name.slice(colon.length)) });
  });
}

/** Whether a formula ("=…") calls one of our functions, in any spelling, outside string literals. */
export function usesCptsFunction(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return tokenizeFormula(formula).some((t) => {
    const shape = t.type === "function" ? shapeOf(t) : undefined;
    return shape !== undefined && cptsFunctionOf(shape.name.replace(/^:/, "")) !== undefined;
  });
}

/** The formula with every spelling of our calls written as `CPTS.NAME(`, the form the add-in registers. */
export function canonicalCptsFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => {
    const fn = cptsFunctionOf(name);
    return fn === undefined ? name : `${CPTS_NAMESPACE}.${fn}`;
  });
}

// ---- comparison ----

/**
 * Function names as Excel may show them: `_xlfn.`/`_xlws.` before a function the running Excel does
 * not have ("Issue: An _xlfn. prefix is displayed in front of a formula",
 * https://support.microsoft.com/en-us/excel/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula),
 * and our calls' spellings, aside.
 */
function canonicalFunctionName(name: string): string {
  const fn = cptsFunctionOf(name);
  if (fn !== undefined) return `${CPTS_NAMESPACE}.${fn}`;
  return name.replace(/^_xl(fn|ws)\./i, "").toUpperCase();
}

function canonicalReference(text: string): string {
  return splitReference(text)
    .map((p) => {
      const sheets = prefixSheets(p.prefix);
      const prefix = sheets ? `${sheets.join(":")}!` : p.prefix;
      return (prefix + p.body).toUpperCase();
    })
    .join(":");
}

/** What two formulas equal as Excel stores them have in common. */
function formulaKey(formula: string): string {
  const tokens = tokenizeFormula(formula);
  if (!isParsed(tokens)) return JSON.stringify(["unparsed", formula]);
  const key = tokens
    .filter((t) => t.type !== "trivia")
    .map((t) => {
      if (t.type === "operand" && t.subtype === "text") return ["text", t.value];
      if (t.type === "operand" && t.subtype === "number") return ["number", String(Number(t.value))];
      if (t.type === "operand" && t.subtype === "range") return ["range", canonicalReference(t.text.replace(/^@/, ""))];
      if (t.type === "function" && t.subtype === "start") {
        const shape = shapeOf(t);
        return shape ? ["function", canonicalReference(shape.reference) + canonicalFunctionName(shape.name)] : [t.type, t.value];
      }
      if (t.type === "operator-infix" && t.subtype === "intersect") return ["intersect"];
      return [t.type, t.subtype, t.value.toUpperCase()];
    });
  return JSON.stringify(key);
}

/**
 * Formulas compared as Excel stores them: case and spaces outside string literals do not matter,
 * nor quotes around a sheet name (Excel drops needless ones: 'Paramètres'! → Paramètres!; seen, not
 * documented: « à vérifier dans Excel »), nor how numbers are written (1.0 is 1), nor `_xlfn.`
 * prefixes or the spelling of our CPTS.* calls.
 */
export function sameFormula(a: string, b: string): boolean {
  if (a === b) return true;
  if (typeof a !== "string" || typeof b !== "string") return false;
  return formulaKey(a) === formulaKey(b);
}
