/**
 * A sheet plan: everything a report writes, as plain data (ARCHITECTURE.md). Builders in this folder
 * produce plans from core results; src/excel/ applies them in a fixed number of round trips. Plans
 * are JSON-serialisable so tests can inspect the layout without Excel.
 */
import { PlanKind, TableKind } from "../core/fields";

import type { ReportKind, ReportSummary } from "./registry";

export type { ReportKind, ReportSummary } from "./registry";

/** A literal cell. Strings are always written as text, never interpreted as formulas (see `formula`). */
export type PlanValue = string | number | boolean | null;

/** A cell whose content is a formula we generated; user text never goes here. */
export interface PlanFormula {
  formula: string;
}

export type PlanCell = PlanValue | PlanFormula;

export const isFormula = (c: PlanCell): c is PlanFormula => typeof c === "object" && c !== null;

/** A rectangle of cells written from its top-left corner, with optional formats for the same shape. */
export interface PlanBlock {
  /** Stable name of the block, so tests and the pane can find it ("matrix", "tierSummary", …). */
  id: string;
  /** A1 address of the top-left cell, e.g. "B4". */
  at: string;
  cells: PlanCell[][];
  /** One number format for the whole block, or one per column (applies to every row). */
  numberFormat?: string | string[];
}

export interface PlanFormat {
  /** A1 range on the report sheet, e.g. "B4:E4". */
  range: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  /** Thin border under the range (header rows). */
  borderBottom?: string;
  numberFormat?: string;
  /** Vertical placement in the cell, for rows taller than their text (the pack's contents sheet). */
  verticalAlignment?: "Top" | "Center" | "Bottom";
  /** Underlined, as Excel shows a link. */
  underline?: boolean;
}

export type PlanConditionalFormat =
  | {
      kind: "colorScale";
      range: string;
      /** Two or three colours from the lowest value to the highest. */
      colors: [string, string] | [string, string, string];
      /**
       * Fixed values the colours stand for (the midpoint halfway), so a score has the same colour in every
       * build; without it the colours run from the range's lowest value to its highest.
       */
      scale?: { min: number; max: number };
    }
  | {
      /** A formula relative to the range's top-left cell, TRUE where the format applies. */
      kind: "formula";
      range: string;
      formula: string;
      fill?: string;
      fontColor?: string;
    };

export interface PlanSeries {
  name: string;
  /** A1 ranges on the report sheet. */
  values: string;
  xValues?: string;
  color?: string;
  /** Scatter series: markers only, or a line without markers (cut lines). */
  style?: "markers" | "line";
  /** Markers: outline colour (default `color`) and size in points (default Excel's 7). */
  markerBorder?: string;
  markerSize?: number;
  /** Lines: dashed instead of solid. */
  dashed?: boolean;
  /** A data label with the series name at the series' first or last point, on that side of it (cut lines). */
  endLabel?: { at: "first" | "last"; position: "Right" | "Top" | "Left" | "Bottom" };
}

export interface PlanChart {
  id: string;
  type: "XYScatter" | "BarClustered" | "ColumnClustered" | "BarStacked";
  title: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  series: PlanSeries[];
  xAxis?: { title?: string; logScale?: boolean; min?: number; max?: number };
  yAxis?: { title?: string; logScale?: boolean; min?: number; max?: number };
  /** Bar charts: categories top-down in stage order, like a funnel. */
  reverseCategories?: boolean;
  legend?: "Right" | "Bottom" | "None";
}

export interface SheetPlan {
  kind: ReportKind;
  /** Wanted sheet name; the adapter adds " (2)" etc. when a user's sheet already has it. */
  sheetName: string;
  blocks: PlanBlock[];
  formats: PlanFormat[];
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Widths in characters, the unit of Excel's Column Width dialog; the adapter converts to points. */
  columnWidths: { column: string; width: number }[];
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /** One-line summary in English (logs, tests); the task pane words `summaryData` in the user's language. */
  summary: string;
  /** The numbers of the summary. */
  summaryData: ReportSummary;
  /**
   * Per source, the skipped rows (DOMAIN.md §2) that the live formulas' criteria match, and whether every
   * formula subtracts them (DOMAIN.md §6: warned of with their number per source).
   */
  liveSkipped?: LiveSkipped;
  /**
   * Live builds: source columns whose sums or cuts were written as values, because the core reads their
   * cells differently from Excel (DOMAIN.md §6 "Live and static agree"); warned of once per column.
   */
  staticColumns?: StaticColumn[];
  /** Print setup, filled for every report in one place (print.ts), not by the report builders. */
  print?: PlanPrint;
  /** Row heights in points (1-based rows), for a sheet laid out like a page rather than a grid. */
  rowHeights?: { row: number; height: number }[];
  /** False hides the sheet's gridlines, so it reads like a slide (ExcelApi 1.8). */
  showGridlines?: boolean;
}

/** How a report sheet prints: the page, the rows repeated on each page and the footer (Excel's format codes). */
export interface PlanPrint {
  orientation: "Landscape" | "Portrait";
  /** Pages across; the pages down are as many as needed. */
  fitToPagesWide: number;
  /** Whole rows repeated at the top of every printed page, e.g. "$1:$3". */
  titleRows?: string;
  /** Footer sections as Excel stores them: "&P" is the page number, "&&" a literal ampersand. */
  footer: { left: string; center: string; right: string };
}

export interface StaticColumn {
  table: TableKind;
  field: string;
}

/** Per source or ESP plan table; `sheet` names a plan table's sheet (a source's comes from its location). */
export type LiveSkipped = Partial<Record<TableKind | PlanKind, { rows: number[]; excluded: boolean; sheet?: string }>>;
