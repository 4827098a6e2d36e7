/**
 * Which cells the live Score / Tier / Key account block needs, and which of them hold something that
 * is not ours. Pure functions: write-columns.ts loads the cells they name and asks them for a verdict.
 *
 * Why not `getUsedRange` of the block: Excel's used range of a range is the sheet's whole used area
 * clipped to it, so one user cell right of or below the block makes an empty block look used.
 */
import { cellAddress, parseCell } from "../core/a1";

/** A rectangle of cells, 0-based. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The live block Ninegrid wrote before: a header row over one row of spilling anchors. */
export interface PreviousBlock {
  row: number;
  col: number;
  /** Per column: the anchor still holds our formula, so its header and anchor cells are ours. */
  owned: boolean[];
  /** Per column: the anchor spills (it does not show #SPILL!), so the cells under it hold its results. */
  spilling: boolean[];
}

// Score, tier (with or without the approved-override IF around it) and key-account anchors, in block order.
const ANCHORS = [/^=(IF\(.*)?KAM\.SCORE\(/i, /^=(IF\(.*)?KAM\.TIER\(/i, /^=KAM\.TOPPCT\(/i];

/** Reads the previous block from its loaded cells (`address` is sheet-less, e.g. "L1:N2"). */
export function previousBlock(
  address: string,
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
): PreviousBlock {
  const { row, col } = parseCell(address.split(":")[0]);
  const owned = ANCHORS.map((pattern, k) => pattern.test(String(formulas[1]?.[k] ?? "")));
  // An anchor blocked by a cell in its way spills nothing: every value under it is someone else's.
  const spilling = owned.map((own, k) => own && values[1]?.[k] !== "#SPILL!");
  return { row, col, owned, spilling };
}

/**
 * The parts of `target` whose contents must be looked at: all of it, except what the previous block
 * proves ours (in each of its columns the header, the anchor and, when it spills, the `spillRows`
 * results from the anchor down). One rectangle per column and run of rows, at most two per column.
 */
export function cellsToCheck(target: CellRect, previous: PreviousBlock | null, spillRows: number): CellRect[] {
  const parts: CellRect[] = [];
  const last = target.row + target.rows - 1;
  for (let col = target.col; col < target.col + target.cols; col++) {
    const k = previous ? col - previous.col : -1;
    if (!previous || k < 0 || k >= previous.owned.length || !previous.owned[k]) {
      parts.push({ row: target.row, col, rows: target.rows, cols: 1 });
      continue;
    }
    const oursFrom = previous.row;
    const oursTo = previous.row + (previous.spilling[k] ? Math.max(spillRows, 1) : 1);
    if (target.row < oursFrom)
      parts.push({ row: target.row, col, rows: Math.min(last, oursFrom - 1) - target.row + 1, cols: 1 });
    if (last > oursTo) {
      const from = Math.max(target.row, oursTo + 1);
      parts.push({ row: from, col, rows: last - from + 1, cols: 1 });
    }
  }
  return parts;
}

/** A loaded part: the used cells of one rectangle from cellsToCheck (top-left and formulas). */
export interface LoadedPart {
  rowIndex: number;
  columnIndex: number;
  formulas: readonly (readonly unknown[])[];
}

/**
 * The non-empty cells among the loaded parts: how many, and the first in reading order (A1). A
 * formula counts even when it shows "", and so does another formula's spilled result.
 */
export function occupiedCells(parts: readonly LoadedPart[]): { first: string; count: number } | null {
  let count = 0;
  let best: { row: number; col: number } | null = null;
  for (const p of parts)
    p.formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        if (f === "" || f === null || f === undefined) return;
        count++;
        const at = { row: p.rowIndex + i, col: p.columnIndex + j };
        if (!best || at.row < best.row || (at.row === best.row && at.col < best.col)) best = at;
      }),
    );
  const first = best as { row: number; col: number } | null;
  return first ? { first: cellAddress(first.row, first.col), count } : null;
}
