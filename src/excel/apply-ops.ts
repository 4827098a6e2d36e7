/**
 * A plan's cells as payload writes: each block cut into row slices under the request budget, values (or
 * formulas) first, number formats after, user text quoted so it stays text.
 */
import { maxOf } from "../core/stats";
import { parseCell, rangeAddress } from "../core/a1";
import { isFormula, PlanBlock, PlanCell } from "../reports/plan";
import { jsonBytes, sliceRows } from "./chunks";
import { asLiteralText } from "./user-text";
import { WriteOp } from "./write-executor";

/** A payload write not yet bound to its sheet (the build sheet exists only once the session made it). */
export type PlanOp = Omit<WriteOp, "sheet">;

/** A plan cell as it is assigned to Excel: user text is quoted so it stays text (see user-text.ts). */
function toExcel(c: PlanCell): string | number | boolean {
  if (c === null) return "";
  if (isFormula(c)) return c.formula;
  return typeof c === "string" ? asLiteralText(c) : c;
}

/** Cuts each block into row slices of at most `budget` bytes: values first, number formats after. */
export function writeOps(blocks: readonly PlanBlock[], budget: number): PlanOp[] {
  const values: PlanOp[] = [];
  const formats: PlanOp[] = [];
  for (const b of blocks) {
    if (b.cells.length === 0) continue;
    const { row, col } = parseCell(b.at);
    const width = maxOf(b.cells.map((r) => r.length));
    const rows = b.cells.map((r) => {
      const out = r.map(toExcel);
      while (out.length < width) out.push("");
      return out;
    });
    const property = b.cells.some((r) => r.some(isFormula)) ? "formulas" : "values";
    for (const s of sliceRows(
      rows.map((r) => jsonBytes(r) + 1),
      budget,
    ))
      values.push({
        address: rangeAddress(row + s.start, col, s.count, width),
        payload: rows.slice(s.start, s.start + s.count),
        property,
        bytes: s.bytes,
      });
    if (b.numberFormat !== undefined) {
      const fmtRow =
        typeof b.numberFormat === "string"
          ? new Array<string>(width).fill(b.numberFormat)
          : b.numberFormat.slice(0, width);
      while (fmtRow.length < width) fmtRow.push("General");
      const perRow = jsonBytes(fmtRow) + 1;
      for (const s of sliceRows(new Array<number>(rows.length).fill(perRow), budget))
        formats.push({
          address: rangeAddress(row + s.start, col, s.count, width),
          payload: new Array(s.count).fill(fmtRow),
          property: "numberFormat",
          bytes: s.bytes,
        });
    }
  }
  return [...values, ...formats];
}
