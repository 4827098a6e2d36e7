/**
 * Live criteria that count the same rows as the core (DOMAIN.md §6 "Live and static agree"). The core
 * folds case, width and spacing; COUNTIFS only ignores case. So each criterion lists the spellings that
 * actually occur in the source, and rows the core skipped that a criterion would still match are
 * subtracted one by one (a single-cell COUNTIFS or SUMIFS per row), up to a limit.
 */
import { cellAddress, sheetRef } from "../core/a1";
import { CellValue, isBlank } from "../core/cells";
import { Dataset } from "../core/dataset";
import { TableKind } from "../core/fields";
import { LOST, OPEN, STATUS_NAMES, WON } from "../core/stages";
import { ColumnRefs, exactCriterion, SourceLocation } from "./sources";

/** One criterion pair of a COUNTIFS: the source column (by field) and the value a cell must equal. */
export interface Criterion {
  field: string;
  ref: string;
  value: string | number;
}

/** One COUNTIFS term: criteria that must all hold. A category is the sum of its terms (COUNTIFS has no OR). */
export type Term = readonly Criterion[];

/** A source row the core skipped (DOMAIN.md §2 bad input), with its cells as written and their addresses. */
export interface SkippedRow {
  /** 1-based worksheet row. */
  row: number;
  /** 1-based position in the source column (1 = first row below the header). */
  position: number;
  cells: Readonly<Record<string, CellValue>>;
  /** Field → absolute address of this row's cell, e.g. 'Accounts'!$D$7. */
  refs: Readonly<Record<string, string>>;
}

export type SkippedRows = Partial<Record<TableKind, readonly SkippedRow[]>>;

/** At most this many skipped rows are subtracted in one formula; beyond it they stay counted (and warned of). */
export const MAX_CORRECTIONS = 40;

/** What COUNTIFS tells apart: text regardless of case, and a number from text that reads as the same number. */
const criterionKey = (v: string | number) => (typeof v === "number" ? String(v) : v.toLowerCase());
const termKey = (t: Term) => JSON.stringify(t.map((c) => [c.ref, criterionKey(c.value)]));

/** Collects terms, each once as COUNTIFS sees them (two spellings differing in case would count a row twice). */
export class TermSet {
  private readonly byKey = new Map<string, Term>();
  add(term: Term): void {
    const key = termKey(term);
    if (!this.byKey.has(key)) this.byKey.set(key, term);
  }
  get terms(): Term[] {
    return [...this.byKey.values()];
  }
}

const criterionText = (c: Criterion, ref = c.ref) =>
  `${ref},${typeof c.value === "number" ? c.value : exactCriterion(c.value)}`;

/** Whether COUNTIFS would match `cell` against `value` (case-insensitive text, numbers also as text). */
export function criterionMatches(cell: CellValue, value: string | number): boolean {
  const blank = cell === null || cell === undefined || cell === "";
  if (value === "") return blank;
  if (blank || typeof cell === "boolean" || typeof cell === "object") return false;
  if (typeof value === "number" || typeof cell === "number")
    return String(cell).trim() !== "" && Number(cell) === Number(value);
  return cell.toLowerCase() === value.toLowerCase();
}

/** The first term a skipped row matches, or null. */
const matchedTerm = (row: SkippedRow, terms: readonly Term[]) =>
  terms.find((t) => t.every((c) => criterionMatches(row.cells[c.field], c.value))) ?? null;

export interface LiveSum {
  formula: string;
  /** Skipped rows the terms match: subtracted in `formula` unless `excluded` is false. */
  skipped: SkippedRow[];
  excluded: boolean;
}

/**
 * `=COUNTIFS(…)+…` (or SUMIFS of `sumField`) over the terms, minus the same over each skipped row the
 * terms match, so the formula counts the rows the core kept. "=0" without terms.
 */
export function liveSum(
  terms: readonly Term[],
  skipped: readonly SkippedRow[] = [],
  sum?: { field: string; ref: string },
): LiveSum {
  if (terms.length === 0) return { formula: "=0", skipped: [], excluded: true };
  const fn = (t: Term, at?: SkippedRow) => {
    const args = t.map((c) => criterionText(c, at ? at.refs[c.field] : c.ref)).join(",");
    return sum ? `SUMIFS(${at ? at.refs[sum.field] : sum.ref},${args})` : `COUNTIFS(${args})`;
  };
  const hits = skipped.flatMap((row) => {
    const t = matchedTerm(row, terms);
    return t ? [{ row, t }] : [];
  });
  const excluded = hits.length <= MAX_CORRECTIONS && hits.every((h) => h.t.every((c) => h.row.refs[c.field]));
  const minus = excluded ? hits.map((h) => `-${fn(h.t, h.row)}`).join("") : "";
  const body = `${terms.map((t) => fn(t)).join("+")}${minus}`;
  return { formula: `=${body}`, skipped: hits.map((h) => h.row), excluded };
}

/** The live categories of the opportunities table, each as the terms that select its rows. */
export interface OpportunityTerms {
  openAt: Term[][];
  lostAt: Term[][];
  won: Term[];
  lost: Term[];
}

/**
 * Whether live formulas select the latest snapshot of stacked opportunities by a criterion on the snapshot
 * column: only when every kept row's snapshot cell is a real date (a number). COUNTIFS would read a text
 * date criterion as a date and match both spellings, so with text dates the earlier snapshots' rows are
 * left to the skipped-row correction instead.
 */
export function snapshotByCriterion(data: Dataset): boolean {
  return !!data.opportunitySnapshot && data.opportunities.every((o) => typeof o.cells?.snapshot === "number");
}

/**
 * The terms selecting each pipeline category (DOMAIN.md §6), built from the spellings that occur: per
 * stage, the (stage cell, status cell) pairs of its open and of its lost rows; Won and Lost by their
 * status cell when it is filled (it alone decides), else by the pair. Null without a stage column.
 */
export function opportunityTerms(data: Dataset, refs: ColumnRefs, stageCount: number): OpportunityTerms | null {
  const stageRef = refs("opportunities", "stage");
  const statusRef = refs("opportunities", "status");
  if (stageRef === null) return null;
  // Stacked snapshots: every term also matches the latest snapshot's date, as the core reads only that one.
  const snapshotRef = snapshotByCriterion(data) ? refs("opportunities", "snapshot") : null;
  const openAt = Array.from({ length: stageCount }, () => new TermSet());
  const lostAt = Array.from({ length: stageCount }, () => new TermSet());
  const won = new TermSet();
  const lost = new TermSet();
  for (const o of data.opportunities) {
    // A record made without the parser has no cells as written: its stage number and status name stand in.
    const stage = o.cells?.stage ?? (o.stage >= 0 ? o.stage + 1 : "");
    const status = o.cells?.status ?? STATUS_NAMES[o.status];
    const statusTerm: Criterion[] = statusRef ? [{ field: "status", ref: statusRef, value: status }] : [];
    const snapshotTerm: Criterion[] = snapshotRef
      ? [
          {
            field: "snapshot",
            ref: snapshotRef,
            value: o.cells?.snapshot as number,
          },
        ]
      : [];
    const pair: Term = [{ field: "stage", ref: stageRef, value: stage }, ...statusTerm, ...snapshotTerm];
    const byStatus = statusRef && String(status).trim() !== "" ? [...statusTerm, ...snapshotTerm] : pair;
    if (o.status === OPEN && o.stage >= 0) openAt[o.stage].add(pair);
    if (o.status === LOST && o.stage >= 0) lostAt[o.stage].add(pair);
    if (o.status === WON) won.add(byStatus);
    if (o.status === LOST) lost.add(byStatus);
  }
  return {
    openAt: openAt.map((s) => s.terms),
    lostAt: lostAt.map((s) => s.terms),
    won: won.terms,
    lost: lost.terms,
  };
}

/** Adds a criterion to every term (e.g. the owner spellings of one rep): one term per combination. */
export function withCriterion(
  terms: readonly Term[],
  field: string,
  ref: string,
  values: readonly (string | number)[],
) {
  const out = new TermSet();
  for (const t of terms) for (const value of values) out.add([...t, { field, ref, value }]);
  return out.terms;
}

/** The skipped rows of one source that some live formula matched, for the plan's `liveSkipped`. */
export function skippedOf(sums: readonly LiveSum[]): { rows: number[]; excluded: boolean } | undefined {
  const rows = new Set<number>();
  let excluded = true;
  for (const s of sums) {
    for (const r of s.skipped) rows.add(r.row);
    if (s.skipped.length && !s.excluded) excluded = false;
  }
  return rows.size ? { rows: [...rows].sort((a, b) => a - b), excluded } : undefined;
}

/**
 * The rows of a source the core did not keep (bad rows, duplicates, rows whose account is unknown), with
 * their mapped cells as written and the address of each: `values` is the source as read, header first.
 */
export function skippedRowsOf(
  location: SourceLocation,
  values: readonly (readonly CellValue[])[],
  kept: ReadonlySet<number>,
): SkippedRow[] {
  const { parsed, headerRow } = location;
  const fields = Object.entries(parsed.mapping).filter((e): e is [string, number] => e[1] !== null);
  const out: SkippedRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = headerRow + i;
    if (kept.has(row) || values[i].every(isBlank)) continue;
    const cells: Record<string, CellValue> = {};
    const refs: Record<string, string> = {};
    for (const [field, col] of fields) {
      cells[field] = values[i][col];
      refs[field] = sheetRef(parsed.sheet, cellAddress(row - 1, parsed.firstColumn + col));
    }
    out.push({ row, position: i, cells, refs });
  }
  return out;
}
