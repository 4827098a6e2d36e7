/**
 * Conditional formats as the grid shows them, for the rules the reports write: colour scales (two or three
 * colours, lowest/highest/number/percent/percentile points) and custom rules whose formula compares one
 * cell with a constant (`=$D5="At risk"`, `=I5>0`). Other formulas are not evaluated (no effect).
 */
import { columnIndex, Rect } from "../host/a1";
import { ErrorValue, Scalar } from "../host/cells";
import type { CfModel, ColorScaleCriterion } from "../host/model";

/** What a conditional format changes on one cell. */
export interface CfEffect {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

type CellReader = (row: number, col: number) => Scalar | undefined;

// ------------------------------------------------------------------ colours

export function parseHex(color: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

const hex2 = (n: number) =>
  Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .toUpperCase()
    .padStart(2, "0");

/** The colour `t` (0–1) of the way from `a` to `b`. */
export function mixColor(a: string, b: string, t: number): string {
  const p = parseHex(a);
  const q = parseHex(b);
  if (!p || !q) return t < 0.5 ? a : b;
  return `#${hex2(p[0] + (q[0] - p[0]) * t)}${hex2(p[1] + (q[1] - p[1]) * t)}${hex2(p[2] + (q[2] - p[2]) * t)}`;
}

/** True for a dark colour, on which Excel users expect white text to read. */
export function isDark(color: string): boolean {
  const p = parseHex(color);
  return p ? 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2] < 110 : false;
}

// ------------------------------------------------------------------ colour scales

function percentileInc(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const k = Math.max(0, Math.min(1, p)) * (sorted.length - 1);
  const lo = Math.floor(k);
  const hi = Math.ceil(k);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
}

function criterionValue(c: ColorScaleCriterion, sorted: number[]): number {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const n = Number(String(c.formula ?? "").replace(/^=/, ""));
  switch (c.type) {
    case "LowestValue":
      return min;
    case "HighestValue":
      return max;
    case "Percent":
      return min + ((Number.isFinite(n) ? n : 50) / 100) * (max - min);
    case "Percentile":
      return percentileInc(sorted, (Number.isFinite(n) ? n : 50) / 100);
    default:
      return Number.isFinite(n) ? n : (min + max) / 2;
  }
}

/** A colour scale's stops over the numbers in its range, or null when the range holds no number. */
export function colorScaleStops(cf: CfModel, read: CellReader): { value: number; color: string }[] | null {
  const scale = cf.colorScale;
  if (!scale) return null;
  const nums: number[] = [];
  for (let i = 0; i < cf.rect.rows; i++)
    for (let j = 0; j < cf.rect.cols; j++) {
      const v = read(cf.rect.row + i, cf.rect.col + j);
      if (typeof v === "number" && Number.isFinite(v)) nums.push(v);
    }
  if (!nums.length) return null;
  nums.sort((a, b) => a - b);
  const stops: { value: number; color: string }[] = [];
  for (const c of [scale.minimum, scale.midpoint, scale.maximum])
    if (c?.color) stops.push({ value: criterionValue(c, nums), color: c.color });
  return stops.length ? stops : null;
}

/** The colour of `v` on a scale's stops (below the first: its colour; above the last: its colour). */
export function scaleColor(stops: { value: number; color: string }[], v: number): string {
  if (v <= stops[0].value) return stops[0].color;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (v <= b.value)
      return b.value === a.value ? b.color : mixColor(a.color, b.color, (v - a.value) / (b.value - a.value));
  }
  return stops[stops.length - 1].color;
}

// ------------------------------------------------------------------ custom rules

export interface CellComparison {
  /** Reference as written: column and row, each absolute or relative. */
  col: number;
  colAbsolute: boolean;
  row: number;
  rowAbsolute: boolean;
  op: "=" | "<>" | ">" | "<" | ">=" | "<=";
  value: string | number | boolean;
}

const COMPARISON = /^=\s*(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})\s*(<>|>=|<=|=|>|<)\s*(.+?)\s*$/;

/** Parses `=$D5="At risk"`, `=I5>0`, `=B2<>TRUE`; null for anything else. */
export function parseComparison(formula: string): CellComparison | null {
  const m = COMPARISON.exec(formula.trim());
  if (!m) return null;
  const literal = m[6];
  let value: string | number | boolean;
  if (/^"(?:[^"]|"")*"$/.test(literal)) value = literal.slice(1, -1).replace(/""/g, '"');
  else if (/^(TRUE|FALSE)$/i.test(literal)) value = literal.toUpperCase() === "TRUE";
  else if (literal !== "" && Number.isFinite(Number(literal))) value = Number(literal);
  else return null;
  return {
    col: columnIndex(m[2]),
    colAbsolute: m[1] === "$",
    row: Number(m[4]) - 1,
    rowAbsolute: m[3] === "$",
    op: m[5] as CellComparison["op"],
    value,
  };
}

/** Excel's comparison of a cell with a constant: numbers < text < booleans, text case-insensitively. */
function compare(a: Scalar | undefined, b: string | number | boolean): number | null {
  if (a instanceof ErrorValue) return null;
  const left: string | number | boolean =
    a === undefined ? (typeof b === "string" ? "" : typeof b === "number" ? 0 : false) : a;
  const rank = (x: unknown) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(left) !== rank(b)) return rank(left) - rank(b);
  if (typeof left === "string") return left.toLowerCase().localeCompare(String(b).toLowerCase());
  return Number(left) - Number(b);
}

/** Whether a custom rule holds for cell (row, col) of its range `rect`. */
export function comparisonHolds(cmp: CellComparison, rect: Rect, row: number, col: number, read: CellReader): boolean {
  const r = cmp.rowAbsolute ? cmp.row : cmp.row + (row - rect.row);
  const c = cmp.colAbsolute ? cmp.col : cmp.col + (col - rect.col);
  if (r < 0 || c < 0) return false;
  const d = compare(read(r, c), cmp.value);
  if (d === null) return false;
  switch (cmp.op) {
    case "=":
      return d === 0;
    case "<>":
      return d !== 0;
    case ">":
      return d > 0;
    case "<":
      return d < 0;
    case ">=":
      return d >= 0;
    default:
      return d <= 0;
  }
}

// ------------------------------------------------------------------ a sheet's rules

interface PreparedRule {
  cf: CfModel;
  stops: { value: number; color: string }[] | null;
  comparison: CellComparison | null;
}

/** A sheet's conditional formats, prepared once per render: `effect(row, col)` is what they do to a cell. */
export class ConditionalFormats {
  private readonly rules: PreparedRule[];

  constructor(
    cfs: readonly CfModel[],
    private readonly read: CellReader,
  ) {
    this.rules = [...cfs]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({
        cf,
        stops: cf.type === "ColorScale" ? colorScaleStops(cf, read) : null,
        comparison: cf.type === "Custom" && cf.custom ? parseComparison(cf.custom.formula) : null,
      }));
  }

  get size(): number {
    return this.rules.length;
  }

  effect(row: number, col: number): CfEffect | null {
    let out: CfEffect | null = null;
    for (const rule of this.rules) {
      const { rect } = rule.cf;
      if (row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
      let hit: CfEffect | null = null;
      if (rule.stops) {
        const v = this.read(row, col);
        if (typeof v === "number" && Number.isFinite(v)) hit = { fill: scaleColor(rule.stops, v) };
      } else if (rule.comparison && rule.cf.custom && comparisonHolds(rule.comparison, rect, row, col, this.read)) {
        const c = rule.cf.custom;
        hit = {};
        if (c.fill) hit.fill = c.fill;
        if (c.fontColor) hit.fontColor = c.fontColor;
        if (c.bold !== null) hit.bold = c.bold;
        if (c.italic !== null) hit.italic = c.italic;
      }
      if (!hit) continue;
      // Higher-priority rules (earlier) win where two rules set the same property.
      out = { ...hit, ...(out ?? {}) };
      if (rule.cf.stopIfTrue) break;
    }
    return out;
  }
}
