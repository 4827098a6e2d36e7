import { cellAddress, parseCell, rangeAddress } from "../core/a1";
import { maxOf } from "../core/stats";
import {
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanFormat,
  ReportKind,
  ReportSummary,
  SheetPlan,
} from "./plan";
import { HEADER_FILL, HEADER_FONT, TITLE_SIZE } from "./styles";

/** Where a block landed, so later blocks, formulas and charts can point at its cells. */
export interface Placed {
  id: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** A1 address of the cell at (r, c) inside the block, 0-based. */
  cell(r: number, c: number): string;
  /** A1 address of a rectangle inside the block. */
  range(r: number, c: number, rows: number, cols: number): string;
  /** The whole block's A1 range. */
  all: string;
}

/** How a block's cells are written: a header row in the house style, number formats. */
export interface BlockOptions {
  header?: boolean;
  numberFormat?: string | string[];
}

/**
 * Lays blocks out top to bottom with a row cursor and collects formats, so each report builder only
 * says what goes where. Blocks can also sit side by side (`beside`, then `below`). Every block gets a
 * bold header row in the house style when asked.
 */
export class PlanBuilder {
  private readonly plan: Omit<SheetPlan, "summary" | "summaryData">;
  /** 0-based row where the next block goes. */
  cursor = 0;

  constructor(kind: ReportKind, sheetName: string) {
    this.plan = {
      kind,
      sheetName,
      blocks: [],
      formats: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: [],
    };
  }

  title(text: string, subtitle: string): void {
    const t = this.block("title", "A1", [[text], [subtitle]]);
    this.format({ range: t.cell(0, 0), bold: true, fontSize: TITLE_SIZE });
    this.format({ range: t.cell(1, 0), italic: true, fontColor: "#595959" });
    this.cursor = 3;
  }

  /** Places a block at an explicit cell, or at column `col` of the cursor row (then moves the cursor below it). */
  block(
    id: string,
    at: string | { col: number; gap?: number },
    cells: PlanCell[][],
    options: BlockOptions = {},
  ): Placed {
    const { row, col } = typeof at === "string" ? parseCell(at) : { row: this.cursor, col: at.col };
    const rows = cells.length;
    const cols = maxOf(
      cells.map((r) => r.length),
      1,
    );
    const block: PlanBlock = { id, at: cellAddress(row, col), cells };
    if (options.numberFormat !== undefined) block.numberFormat = options.numberFormat;
    this.plan.blocks.push(block);
    const placed = placedAt(id, row, col, rows, cols);
    if (options.header && rows > 0)
      this.format({
        range: placed.range(0, 0, 1, cols),
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_FONT,
        wrap: true,
      });
    if (typeof at !== "string") this.cursor = row + rows + (at.gap ?? 1);
    return placed;
  }

  /**
   * Places a block to the right of `left`, top-aligned, with `gap` empty columns between them. The
   * cursor stays: call `below` once the row of side-by-side blocks is complete.
   */
  beside(left: Placed, id: string, cells: PlanCell[][], options: BlockOptions & { gap?: number } = {}): Placed {
    const { gap = 1, ...rest } = options;
    return this.block(id, cellAddress(left.row, left.col + left.cols + gap), cells, rest);
  }

  /**
   * Moves the cursor under the lowest of side-by-side blocks, leaving `gap` empty rows: wherever the
   * cursor was, the next block starts below all of them.
   */
  below(blocks: readonly Placed[], gap = 1): void {
    if (blocks.length) this.cursor = maxOf(blocks.map((p) => p.row + p.rows)) + gap;
  }

  /** Leaves `rows` empty rows at the cursor, e.g. to set a caption apart from the block above. */
  skip(rows = 1): void {
    this.cursor += rows;
  }

  /** A bold caption line at the cursor. */
  caption(id: string, text: string): Placed {
    const p = this.block(id, { col: 1, gap: 0 }, [[text]]);
    this.format({ range: p.cell(0, 0), bold: true, fontSize: 12 });
    return p;
  }

  /** Replaces one cell of a placed block, for formulas that point at blocks laid out after it. */
  setCell(p: Placed, r: number, c: number, value: PlanCell): void {
    const block = this.plan.blocks.find((x) => x.id === p.id);
    if (!block) throw new Error(`no block ${p.id}`);
    block.cells[r][c] = value;
  }

  format(f: PlanFormat): void {
    this.plan.formats.push(f);
  }

  conditional(cf: PlanConditionalFormat): void {
    this.plan.conditionalFormats.push(cf);
  }

  chart(c: PlanChart): void {
    this.plan.charts.push(c);
  }

  widths(widths: Record<string, number>): void {
    for (const [column, width] of Object.entries(widths)) this.plan.columnWidths.push({ column, width });
  }

  /** Height in points of the sheet row holding row `r` of `p` (0-based), for pictures made of cells. */
  rowHeight(p: Placed, r: number, height: number): void {
    (this.plan.rowHeights ??= []).push({ row: p.row + r + 1, height });
  }

  /** The plan, with the summary's numbers and their English line (the report's own `summarise`). */
  finish<S extends ReportSummary>(
    extra: Partial<Pick<SheetPlan, "freeze" | "tabColor" | "liveSkipped" | "staticColumns">> & { summary: S },
    summarise: (summary: S) => string,
  ): SheetPlan {
    const { summary, ...rest } = extra;
    return { ...this.plan, ...rest, summary: summarise(summary), summaryData: summary };
  }
}

export function placedAt(id: string, row: number, col: number, rows: number, cols: number): Placed {
  return {
    id, row, col, rows, cols,
    cell: (r, c) => cellAddress(row + r, col + c),
    range: (r, c, nr, nc) => rangeAddress(row + r, col + c, nr, nc),
    all: rangeAddress(row, col, rows, cols),
  }; // prettier-ignore
}
