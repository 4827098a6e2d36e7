/**
 * SUMIFS, COUNTIFS, SUMIF, COUNTIF, AVERAGEIF, MINIFS and MAXIFS with HyperFormula's own criteria (its
 * criterion builder decides what matches), but computed from per-(range, criterion) match lists that are
 * shared by every formula in one evaluation pass. Live reports write hundreds of *IFS formulas over the
 * same few columns (one per stage × status spelling); HyperFormula's generic implementation rescans the
 * columns for each, which takes minutes at tens of thousands of rows. host-tests/fast-ifs.test.ts checks
 * this against HyperFormula's built-ins on random data.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from "hyperformula";

type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type ProcedureAst = Extract<Ast, { args: Ast[] }>;
type State = Parameters<FunctionPlugin["arraySizeForAst"]>[1];
type Lambda = (v: unknown) => boolean;

/** Bumped by the engine before each evaluation pass: cells may have changed, so caches start over. */
let generation = 0;
export function newEvaluationPass(): void {
  generation++;
}

const raw = (v: unknown): unknown =>
  typeof v === "object" && v !== null && "val" in v ? (v as { val: number }).val : v;

interface Matches {
  /** Matching cells, as row-major indexes into the range, ascending. */
  positions: Int32Array;
  /** Same as a 0/1 array over the range, made on first use (most lists are only iterated). */
  mask?: Uint8Array;
  size: number;
}

const maskOf = (m: Matches): Uint8Array => {
  if (!m.mask) {
    m.mask = new Uint8Array(m.size);
    for (const i of m.positions) m.mask[i] = 1;
  }
  return m.mask;
};

/** HyperFormula's string normalisation with its default settings (case- and accent-insensitive). */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/**
 * The text a criterion matches exactly, when it is a plain equality on text ("Won", "=Won"): such a criterion
 * can start from the cells whose folded text is the same, found through an index, instead of a scan.
 * Numbers (and text that reads as one), booleans, blanks, operators and wildcards (* ? ~) are scanned.
 */
function plainText(criterion: unknown): string | null {
  if (typeof criterion !== "string") return null;
  let text = criterion;
  const op = /^[<>=]+/.exec(text);
  if (op) {
    if (op[0] !== "=") return null;
    text = text.slice(1);
  }
  // HyperFormula reads an operator anywhere in the text ("a=b" as "=b"); such criteria are scanned.
  if (text === "" || /[*?~<>=]/.test(text) || /^(true|false)$/i.test(text)) return null;
  return text;
}

/** An Excel wildcard pattern (* ? and ~ escapes) over folded text, as a whole-string regular expression. */
function wildcardRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "u");
}

/**
 * Excel reads only a criterion's leading operator: "==x" matches the text "=x" and "=a<b" the text "a<b".
 * HyperFormula reads an operator anywhere in the text (and rejects "==x"), so an "=" or "<>" criterion
 * whose text holds another operator character is matched here the way Excel does: case-insensitively,
 * with * ? ~ wildcards. Null for every other criterion (HyperFormula's builder decides those).
 */
function operatorTextCriterion(criterion: unknown): Lambda | null {
  if (typeof criterion !== "string") return null;
  const m = /^(=|<>)([\s\S]*)$/.exec(criterion);
  if (!m || !/[<>=]/.test(m[2])) return null;
  const re = wildcardRegExp(fold(m[2]));
  const negate = m[1] === "<>";
  return (v) => (typeof v === "string" && re.test(fold(v))) !== negate;
}

type Aggregate = "sum" | "count" | "average" | "min" | "max";

const RANGE = { argumentType: FunctionArgumentType.RANGE };
const CRITERION = { argumentType: FunctionArgumentType.NOERROR };
const OPTIONAL_RANGE = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };

export class FastIfsPlugin extends FunctionPlugin {
  static implementedFunctions = {
    SUMIF: { method: "sumif", parameters: [RANGE, CRITERION, OPTIONAL_RANGE] },
    COUNTIF: { method: "countif", parameters: [RANGE, CRITERION] },
    AVERAGEIF: { method: "averageif", parameters: [RANGE, CRITERION, OPTIONAL_RANGE] },
    SUMIFS: { method: "sumifs", parameters: [RANGE, RANGE, CRITERION], repeatLastArgs: 2 },
    COUNTIFS: { method: "countifs", parameters: [RANGE, CRITERION], repeatLastArgs: 2 },
    MINIFS: { method: "minifs", parameters: [RANGE, RANGE, CRITERION], repeatLastArgs: 2 },
    MAXIFS: { method: "maxifs", parameters: [RANGE, RANGE, CRITERION], repeatLastArgs: 2 },
  };

  private gen = -1;
  private flat = new Map<string, unknown[]>();
  private matches = new Map<string, Matches>();
  private indexes = new Map<string, Map<string, number[]>>();

  private fresh(): void {
    if (this.gen !== generation) {
      this.gen = generation;
      this.flat.clear();
      this.matches.clear();
      this.indexes.clear();
    }
  }

  private key(rv: SimpleRangeValue): string | null {
    const r = rv.range;
    return r ? `${r.start.sheet}:${r.start.row}:${r.start.col}:${r.end.row}:${r.end.col}` : null;
  }

  /** A range's values, row by row, as raw scalars (cached for the pass when it is a reference). */
  private values(rv: SimpleRangeValue): unknown[] {
    const k = this.key(rv);
    const hit = k === null ? undefined : this.flat.get(k);
    if (hit) return hit;
    const out: unknown[] = [];
    for (const row of rv.data) for (const v of row) out.push(raw(v));
    if (k !== null) this.flat.set(k, out);
    return out;
  }

  /** Folded text → positions, for the text cells of a referenced range. */
  private index(rk: string, vals: unknown[]): Map<string, number[]> {
    let idx = this.indexes.get(rk);
    if (!idx) {
      idx = new Map();
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i];
        if (typeof v !== "string") continue;
        const k = fold(v);
        const list = idx.get(k);
        if (list) list.push(i);
        else idx.set(k, [i]);
      }
      this.indexes.set(rk, idx);
    }
    return idx;
  }

  private match(rv: SimpleRangeValue, criterion: unknown, lambda: Lambda): Matches {
    const rk = this.key(rv);
    const k = rk === null ? null : `${rk}\u0000${typeof criterion}\u0000${String(criterion)}`;
    const hit = k === null ? undefined : this.matches.get(k);
    if (hit) return hit;
    const vals = this.values(rv);
    const found: number[] = [];
    const text = rk === null ? null : plainText(criterion);
    if (rk !== null && text !== null && this.arithmeticHelper.coerceToMaybeNumber(text) === undefined) {
      // Candidates from the index, each confirmed by HyperFormula's own test.
      for (const i of this.index(rk, vals).get(fold(text)) ?? []) if (lambda(vals[i])) found.push(i);
    } else for (let i = 0; i < vals.length; i++) if (lambda(vals[i])) found.push(i);
    const m: Matches = { positions: Int32Array.from(found), size: vals.length };
    if (k !== null) this.matches.set(k, m);
    return m;
  }

  private aggregate(kind: Aggregate, valuesRange: SimpleRangeValue, conditions: unknown[]): unknown {
    this.fresh();
    const conds: Matches[] = [];
    for (let i = 0; i < conditions.length; i += 2) {
      const range = conditions[i] as SimpleRangeValue;
      if (range.width() !== valuesRange.width() || range.height() !== valuesRange.height())
        return new CellError(ErrorType.VALUE, "Ranges need to be of equal length.");
      const own = operatorTextCriterion(conditions[i + 1]);
      const pkg = own
        ? { lambda: own }
        : this.interpreter.criterionBuilder.fromCellValue(
            conditions[i + 1] as Parameters<typeof this.interpreter.criterionBuilder.fromCellValue>[0],
            this.arithmeticHelper,
          );
      if (pkg === undefined) return new CellError(ErrorType.VALUE, "Incorrect criterion.");
      conds.push(this.match(range, conditions[i + 1], pkg.lambda as Lambda));
    }
    let smallest = conds[0];
    for (const c of conds) if (c.positions.length < smallest.positions.length) smallest = c;
    const vals = kind === "count" ? null : this.values(valuesRange);
    let count = 0;
    let acc: unknown = kind === "min" ? Infinity : kind === "max" ? -Infinity : 0;
    let avgSum = 0;
    let avgCount = 0;
    const others = conds.filter((c) => c !== smallest).map(maskOf);
    outer: for (const i of smallest.positions) {
      for (const mask of others) if (!mask[i]) continue outer;
      if (!vals) {
        count++;
        continue;
      }
      const v = vals[i];
      switch (kind) {
        case "sum":
          if (v instanceof CellError || typeof v === "number")
            acc = this.arithmeticHelper.nonstrictadd(acc as number, v);
          break;
        case "average":
          if (typeof v === "number") {
            avgSum += v;
            avgCount++;
          }
          break;
        default:
          if (acc instanceof CellError) break;
          if (v instanceof CellError) acc = v;
          else if (typeof v === "number")
            acc = kind === "min" ? Math.min(acc as number, v) : Math.max(acc as number, v);
      }
    }
    if (kind === "count") return count;
    if (kind === "average") return avgCount === 0 ? new CellError(ErrorType.DIV_BY_ZERO) : avgSum / avgCount;
    if ((kind === "min" || kind === "max") && typeof acc === "number" && !Number.isFinite(acc)) return 0;
    return acc;
  }

  private run(name: string, ast: ProcedureAst, state: State, fn: (...args: unknown[]) => unknown) {
    return this.runFunction(ast.args, state, this.metadata(name), fn as never);
  }

  sumif(ast: ProcedureAst, state: State) {
    return this.run("SUMIF", ast, state, (range, criterion, values) =>
      this.aggregate("sum", (values ?? range) as SimpleRangeValue, [range, criterion]),
    );
  }
  countif(ast: ProcedureAst, state: State) {
    return this.run("COUNTIF", ast, state, (range, criterion) =>
      this.aggregate("count", range as SimpleRangeValue, [range, criterion]),
    );
  }
  averageif(ast: ProcedureAst, state: State) {
    return this.run("AVERAGEIF", ast, state, (range, criterion, values) =>
      this.aggregate("average", (values ?? range) as SimpleRangeValue, [range, criterion]),
    );
  }
  sumifs(ast: ProcedureAst, state: State) {
    return this.run("SUMIFS", ast, state, (values, ...conds) =>
      this.aggregate("sum", values as SimpleRangeValue, conds),
    );
  }
  countifs(ast: ProcedureAst, state: State) {
    return this.run("COUNTIFS", ast, state, (...conds) => this.aggregate("count", conds[0] as SimpleRangeValue, conds));
  }
  minifs(ast: ProcedureAst, state: State) {
    return this.run("MINIFS", ast, state, (values, ...conds) =>
      this.aggregate("min", values as SimpleRangeValue, conds),
    );
  }
  maxifs(ast: ProcedureAst, state: State) {
    return this.run("MAXIFS", ast, state, (values, ...conds) =>
      this.aggregate("max", values as SimpleRangeValue, conds),
    );
  }
}
