/**
 * Formula text rewriting between Excel and HyperFormula. HyperFormula knows neither Excel tables nor the bare
 * TRUE/FALSE literals, so before a formula reaches it, structured references (`Opps[Amount]`,
 * `Opps[[#Data],[Amount]]`, `Opps[@Amount]`, `[@Amount]`, `Opps[[#Headers],[A]:[C]]`, `Opps[#All]`) become
 * absolute A1 ranges of the table as it is now, `TRUE`/`FALSE` become `TRUE()`/`FALSE()`, and a doubled quote
 * inside a string becomes CHAR(34). The original text is what the workbook keeps and what `Range.formulas` returns.
 */
import { cellAddress, quoteSheet } from "./a1";

/** What the translator needs to know about a table. */
export interface TableShape {
  name: string;
  sheetName: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  columns: readonly string[];
  showHeaders: boolean;
  showTotals: boolean;
}

export interface TranslateContext {
  /** Table by name, case-insensitively. */
  findTable(name: string): TableShape | undefined;
  /** Table whose range holds the formula's own cell (for `[@Col]` without a table name). */
  tableAtFormula(): TableShape | undefined;
  /** Zero-based row of the formula's cell (for `@` / `#This Row`). */
  row: number;
}

export interface Translation {
  text: string;
  /** Lower-case names of the tables the formula refers to, found or not (so it can be redone when they change). */
  tables: string[];
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isIdentStart = (c: string): boolean => /[A-Za-z_\\\u00C0-\uFFFF]/.test(c);
const isIdentChar = (c: string): boolean => /[A-Za-z0-9_.\\\u00C0-\uFFFF]/.test(c);

/** Index just past the literal that starts at i and ends at the next single `quote` (a doubled one is kept). */
function endOfQuotedBy(quote: string, s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === quote) {
      if (s[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return s.length;
}

/** Index just past the string literal that starts at i (`"a""b"`). */
const endOfString = (s: string, i: number): number => endOfQuotedBy('"', s, i);

/** Index just past the quoted sheet name that starts at i (`'It''s'`). */
const endOfQuoted = (s: string, i: number): number => endOfQuotedBy("'", s, i);

/** Index just past the bracket group that starts at i, honouring nesting and `'` escapes. */
function endOfBracket(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === "'") {
      j++;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return s.length;
}

function endOfNumber(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j]) || s[j] === ".") j++;
  if (
    (s[j] === "e" || s[j] === "E") &&
    (isDigit(s[j + 1]) || ((s[j + 1] === "+" || s[j + 1] === "-") && isDigit(s[j + 2])))
  ) {
    j += 2;
    while (isDigit(s[j])) j++;
  }
  return j;
}

const unescapeColumn = (name: string): string => name.replace(/'(.)/g, "$1").trim();

/**
 * Excel's rule (support.microsoft.com, "Using structured references with Excel tables"): a header with any
 * of these characters must sit in its own inner brackets (`T[[Rev. 2025]]`); only a space is allowed in the
 * short form (`T[Sales Amount]`). The host refuses the short form for them, as Excel does, so a formula
 * that only works here cannot pass a test.
 */
const NEEDS_INNER_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/** A column named without inner brackets (`T[Name]`, `[@Name]`): null when Excel would refuse it. */
const shortFormColumn = (raw: string): string | null => {
  const name = unescapeColumn(raw);
  return NEEDS_INNER_BRACKETS.test(name) ? null : name;
};

type Special = "#all" | "#data" | "#headers" | "#totals" | "#this row";

/** Parses the inside of a structured reference's outer brackets into specials and a column span. */
function parseSpecifier(content: string): { specials: Set<Special>; columns: [string, string] | null } | null {
  const specials = new Set<Special>();
  let columns: [string, string] | null = null;
  const c = content.trim();
  if (c === "") return { specials, columns };
  if (c.startsWith("@")) {
    specials.add("#this row");
    const rest = c.slice(1).trim();
    if (rest === "") return { specials, columns };
    const name = rest.startsWith("[")
      ? unescapeColumn(rest.slice(1, endOfBracket(rest, 0) - 1))
      : shortFormColumn(rest);
    return name === null ? null : { specials, columns: [name, name] };
  }
  if (!c.startsWith("[")) {
    if (c.startsWith("#")) {
      const sp = c.toLowerCase() as Special;
      if (!["#all", "#data", "#headers", "#totals", "#this row"].includes(sp)) return null;
      specials.add(sp);
      return { specials, columns };
    }
    const name = shortFormColumn(c);
    return name === null ? null : { specials, columns: [name, name] };
  }
  // A list of bracketed items: [#Headers],[#Data],[Col1]:[Col2]
  let i = 0;
  let pendingRangeStart: string | null = null;
  while (i < c.length) {
    const ch = c[i];
    if (ch === " " || ch === ",") {
      i++;
      continue;
    }
    if (ch === ":") {
      i++;
      continue;
    }
    if (ch !== "[") return null;
    const end = endOfBracket(c, i);
    const item = c.slice(i + 1, end - 1).trim();
    i = end;
    let j = i;
    while (c[j] === " ") j++;
    const rangeFollows = c[j] === ":";
    if (item.startsWith("#")) {
      const sp = item.toLowerCase() as Special;
      if (!["#all", "#data", "#headers", "#totals", "#this row"].includes(sp)) return null;
      specials.add(sp);
    } else if (item === "@") {
      specials.add("#this row");
    } else {
      const name = unescapeColumn(item);
      if (pendingRangeStart !== null) {
        columns = [pendingRangeStart, name];
        pendingRangeStart = null;
      } else if (rangeFollows) pendingRangeStart = name;
      else columns = [name, name];
    }
  }
  return { specials, columns };
}

/** The A1 reference a structured reference stands for, or an error literal. */
function resolveStructured(t: TableShape, content: string, ctx: TranslateContext): string {
  const spec = parseSpecifier(content);
  if (!spec) return "#REF!";
  const headerRow = t.showHeaders ? t.row : null;
  const dataFirst = t.row + (t.showHeaders ? 1 : 0);
  const dataLast = t.row + t.rows - 1 - (t.showTotals ? 1 : 0);
  const totalsRow = t.showTotals ? t.row + t.rows - 1 : null;
  let first = Infinity;
  let last = -Infinity;
  const take = (a: number, b: number): void => {
    first = Math.min(first, a);
    last = Math.max(last, b);
  };
  const sp = spec.specials;
  if (sp.size === 0) take(dataFirst, dataLast);
  if (sp.has("#all")) take(t.row, t.row + t.rows - 1);
  if (sp.has("#data")) take(dataFirst, dataLast);
  if (sp.has("#headers")) {
    if (headerRow === null) return "#REF!";
    take(headerRow, headerRow);
  }
  if (sp.has("#totals")) {
    if (totalsRow === null) return "#REF!";
    take(totalsRow, totalsRow);
  }
  if (sp.has("#this row")) {
    if (ctx.row < dataFirst || ctx.row > dataLast) return "#VALUE!";
    take(ctx.row, ctx.row);
  }
  let c0 = t.col;
  let c1 = t.col + t.cols - 1;
  if (spec.columns) {
    const find = (n: string): number => t.columns.findIndex((x) => x.toLowerCase() === n.toLowerCase());
    const a = find(spec.columns[0]);
    const b = find(spec.columns[1]);
    if (a < 0 || b < 0) return "#REF!";
    c0 = t.col + Math.min(a, b);
    c1 = t.col + Math.max(a, b);
  }
  const sheet = `'${t.sheetName.replace(/'/g, "''")}'!`;
  const from = cellAddress(first, c0, true);
  if (first === last && c0 === c1) return sheet + from;
  return `${sheet}${from}:${cellAddress(last, c1, true)}`;
}

/**
 * HyperFormula's lexer has no `""` escape inside a string literal, so `"a""b"` becomes `("a"&CHAR(34)&"b")`
 * (an array constant cannot hold an expression: there it is left as is).
 */
function quotesForHyperFormula(literal: string, inArray: boolean): string {
  const body = literal.slice(1, -1);
  if (inArray || literal.length < 2 || !literal.endsWith('"') || !body.includes('""')) return literal;
  return `(${body
    .split('""')
    .map((part) => `"${part}"`)
    .join("&CHAR(34)&")})`;
}

/** Rewrites an Excel formula for HyperFormula (see the module comment). */
export function translateFormula(formula: string, ctx: TranslateContext): Translation {
  const s = formula;
  const tables = new Set<string>();
  let out = "";
  let i = 0;
  let braces = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      const j = endOfString(s, i);
      out += quotesForHyperFormula(s.slice(i, j), braces > 0);
      i = j;
    } else if (ch === "'") {
      const j = endOfQuoted(s, i);
      out += s.slice(i, j);
      i = j;
    } else if (ch === "[") {
      const j = endOfBracket(s, i);
      const t = ctx.tableAtFormula();
      if (t) tables.add(t.name.toLowerCase());
      out += t ? resolveStructured(t, s.slice(i + 1, j - 1), ctx) : "#REF!";
      i = j;
    } else if (isDigit(ch) || (ch === "." && isDigit(s[i + 1]))) {
      const j = endOfNumber(s, i);
      out += s.slice(i, j);
      i = j;
    } else if (isIdentStart(ch)) {
      let j = i;
      while (j < s.length && isIdentChar(s[j])) j++;
      const ident = s.slice(i, j);
      if (s[j] === "[") {
        const k = endOfBracket(s, j);
        tables.add(ident.toLowerCase());
        const t = ctx.findTable(ident);
        out += t ? resolveStructured(t, s.slice(j + 1, k - 1), ctx) : "#REF!";
        i = k;
        continue;
      }
      const upper = ident.toUpperCase();
      let k = j;
      while (s[k] === " ") k++;
      if ((upper === "TRUE" || upper === "FALSE") && s[k] !== "(" && s[j] !== "!" && s[i - 1] !== "!") {
        out += `${upper}()`;
      } else out += ident;
      i = j;
    } else {
      if (ch === "{") braces++;
      else if (ch === "}") braces--;
      out += ch;
      i++;
    }
  }
  return { text: out, tables: [...tables] };
}

/** Rewrites sheet-qualified references after a sheet rename, as Excel does to every formula in the workbook. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const s = formula;
  const old = oldName.toLowerCase();
  // Fast path: a reference to the sheet needs a "!" and the name (its quotes doubled inside '…'). The pack renames
  // ten sheets over workbooks of 300k formulas; tokenising each formula each time was most of its bench time.
  const lower = s.toLowerCase();
  if (!s.includes("!") || !(lower.includes(old) || lower.includes(old.replace(/'/g, "''")))) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      const j = endOfString(s, i);
      out += s.slice(i, j);
      i = j;
    } else if (ch === "'") {
      const j = endOfQuoted(s, i);
      const name = s.slice(i + 1, j - 1).replace(/''/g, "'");
      out += s[j] === "!" && name.toLowerCase() === old ? quoteSheet(newName) : s.slice(i, j);
      i = j;
    } else if (ch === "[") {
      const j = endOfBracket(s, i);
      out += s.slice(i, j);
      i = j;
    } else if (isDigit(ch)) {
      const j = endOfNumber(s, i);
      out += s.slice(i, j);
      i = j;
    } else if (isIdentStart(ch)) {
      let j = i;
      while (j < s.length && isIdentChar(s[j])) j++;
      const ident = s.slice(i, j);
      out += s[j] === "!" && ident.toLowerCase() === old ? quoteSheet(newName) : ident;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** True when the text mentions a table-style reference, TRUE/FALSE or `""` (cheap pre-check before translating). */
export function mayNeedTranslation(formula: string): boolean {
  return formula.includes("[") || formula.includes('""') || /TRUE|FALSE/i.test(formula);
}
