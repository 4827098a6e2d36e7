/**
 * Live formulas of the nine-grid matrices (DOMAIN.md §4, §6): COUNTIFS/SUMIFS over the source columns
 * against the cut cells, per segment over each spelling of it, minus the rows the core skipped.
 */
import { criterionMatches, SkippedRow, TermSet } from "./live-criteria";
import { Band, NineGridContext } from "./nine-grid-context";
import { Placed } from "./plan-builder";
import { exactCriterion } from "./sources";

/** The formula of one matrix cell, by its contribution and potential band. */
export type CellFormula = (cb: Band, pb: Band) => string;

/** A segment criterion: the segment column (or one row's cell of it) and one spelling. */
interface SegmentTerm {
  ref: string;
  value: string | number;
}

/** COUNTIFS criteria pairs selecting one band of one axis, given the cells holding its two cuts. */
function bandCriteria(ref: string, band: Band, c1: string, c2: string): string {
  if (band === "L") return `${ref},"<"&${c1}`;
  if (band === "M") return `${ref},">="&${c1},${ref},"<"&${c2}`;
  return `${ref},">="&${c2}`;
}

/**
 * The live formula of each cell of a matrix: counts or contribution sums, overall (`segment` null) or
 * of one display segment, whose cuts are its row of the cuts block when cuts differ by segment.
 */
export function liveBandFormula(
  ctx: NineGridContext,
  cuts: Placed,
  kind: "count" | "sum",
  segment: number | null,
): CellFormula {
  const r = segment !== null && ctx.segmented ? ctx.cutRows.findIndex((s) => s.code === segment) + 1 : 1;
  const spellings = segment !== null && ctx.refs.segment ? spellingsOf(ctx, segment) : null;
  const c = ctx.refs.contribution as string;
  const p = ctx.refs.potential as string;
  return (cb, pb) => {
    const fn = (cRef: string, pRef: string, sg?: SegmentTerm) => {
      const criteria = [
        bandCriteria(cRef, cb, cuts.cell(r, 1), cuts.cell(r, 2)),
        bandCriteria(pRef, pb, cuts.cell(r, 3), cuts.cell(r, 4)),
      ];
      if (sg) criteria.push(`${sg.ref},${typeof sg.value === "number" ? sg.value : exactCriterion(sg.value)}`);
      return kind === "count" ? `COUNTIFS(${criteria.join(",")})` : `SUMIFS(${cRef},${criteria.join(",")})`;
    };
    const segRef = ctx.refs.segment as string;
    const terms = spellings ? spellings.map((value) => fn(c, p, { ref: segRef, value })) : [fn(c, p)];
    if (!terms.length) return "=0";
    const minus = ctx.bandsExcluded ? ctx.inBands.map((x) => skippedTerm(ctx, x, spellings, fn)).join("") : "";
    return `=${terms.join("+")}${minus}`;
  };
}

/**
 * Each skipped row with numbers in both columns is subtracted where it falls (COUNTIFS of its own
 * cells); in a segment matrix only when its segment cell is one of the segment's spellings.
 */
function skippedTerm(
  ctx: NineGridContext,
  x: SkippedRow,
  spellings: (string | number)[] | null,
  fn: (cRef: string, pRef: string, sg?: SegmentTerm) => string,
): string {
  if (!spellings) return `-${fn(x.refs.contribution, x.refs.potential)}`;
  const field = ctx.segField as string;
  const value = spellings.find((v) => criterionMatches(x.cells[field], v));
  return value === undefined || !x.refs[field]
    ? ""
    : `-${fn(x.refs.contribution, x.refs.potential, { ref: x.refs[field], value })}`;
}

/** The segment cells as written, per segment code: the core folds them, COUNTIFS only ignores case (DOMAIN.md §6). */
function spellingsOf(ctx: NineGridContext, code: number): (string | number)[] {
  const out = new TermSet();
  const field = ctx.segField;
  ctx.accounts.forEach((a, i) => {
    if (ctx.display.codes[i] !== code || !field) return;
    out.add([{ field, ref: "", value: a.cells?.[field] ?? a[field] ?? "" }]);
  });
  return out.terms.map((t) => t[0].value);
}
