/**
 * What the playground's grid shows for one sheet, read from the in-memory host's model: the extent to draw,
 * column widths and row heights in pixels (Excel's points × 4/3, rows auto-fitted to large fonts and
 * wrapped text as Excel does for rows without a set height), and each cell's text and look (its own format
 * over the table style, then conditional formats).
 */
import { cellAddress, parseRect, Rect, splitSheet } from "../host/a1";
import { ErrorValue, Scalar } from "../host/cells";
import { formatValue } from "../host/format";
import type { SheetModel, TableModel, WorkbookModel } from "../host/model";
import { DEFAULT_ROW_HEIGHT, Style, STYLE_DEFAULTS } from "../host/styles";
import { ConditionalFormats, isDark, mixColor } from "./conditional";

/** Full-width characters (CJK), about twice a Latin character's width. */
const FULL_WIDTH = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;

export const PX_PER_PT = 4 / 3;
/** Blank rows and columns drawn past the used range (and charts), as Excel shows an endless grid. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 6;
const MIN_ROWS = 60;
const MIN_COLS = 26;
/** Enough columns to fill a wide window (narrow report columns would otherwise leave it half empty). */
const MIN_WIDTH_PX = 1800;

export type CellKind = "empty" | "number" | "text" | "boolean" | "error";

export interface CellLook {
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points. */
  fontSize: number;
  fontName: string;
  /** "left" | "center" | "right" | "justify", after resolving General by the value's type. */
  align: "left" | "center" | "right" | "justify";
  valign: "top" | "center" | "bottom";
  wrap: boolean;
  indent: number;
  borders: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface CellView {
  row: number;
  col: number;
  address: string;
  kind: CellKind;
  text: string;
  look: CellLook;
}

function kindOf(v: Scalar | undefined): CellKind {
  if (v === undefined || v === "") return "empty";
  if (v instanceof ErrorValue) return "error";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  return "text";
}

// ------------------------------------------------------------------ table styles

/** Office theme accents, in the order Excel's table styles use them (1 = dark grey, 2–7 = accents 1–6). */
const ACCENTS = ["#000000", "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

interface TableLook {
  header: Partial<CellLook>;
  band: string | null;
  line: string | null;
}

/** An approximation of Excel's built-in table styles (Light 1–21, Medium 1–28, Dark 1–11). */
export function tableLook(style: string): TableLook | null {
  const m = /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(style);
  if (!m) return null;
  const n = Number(m[2]);
  const accent = ACCENTS[(n - 1) % 7];
  const tint = (t: number) =>
    accent === "#000000" ? mixColor("#000000", "#FFFFFF", 0.85) : mixColor(accent, "#FFFFFF", t);
  if (m[1] === "Light") {
    if (n >= 8 && n <= 14)
      return { header: { fill: accent, fontColor: "#FFFFFF", bold: true }, band: null, line: accent };
    return { header: { bold: true }, band: tint(0.8), line: accent };
  }
  if (m[1] === "Medium")
    return { header: { fill: accent, fontColor: "#FFFFFF", bold: true }, band: tint(0.8), line: null };
  return { header: { fill: "#000000", fontColor: "#FFFFFF", bold: true }, band: tint(0.6), line: null };
}

// ------------------------------------------------------------------ the view

export interface ChartBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

const lowerBound = (arr: readonly number[], x: number): number => {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (arr[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Left edge of each column in px from column A, and the right edge of the last (length colCount + 1). */
  readonly colLefts: number[];
  /** Top edge of each row in px from row 1, and the bottom of the last (length rowCount + 1). */
  readonly rowTops: number[];
  readonly frozenRows: number;
  readonly frozenCols: number;
  readonly showGridlines: boolean;
  readonly tabColor: string;
  private readonly tables: { table: TableModel; look: TableLook }[];
  private readonly cfs: ConditionalFormats;
  private readonly read: (row: number, col: number) => Scalar | undefined;
  private readonly rowCache = new Map<number, CellView[]>();

  constructor(
    model: WorkbookModel,
    private readonly sheet: SheetModel,
  ) {
    this.name = sheet.name;
    this.frozenRows = sheet.frozen.rows;
    this.frozenCols = sheet.frozen.columns;
    this.showGridlines = sheet.showGridlines;
    this.tabColor = sheet.tabColor;
    this.read = (row, col) => model.cellValue(sheet, row, col);
    this.tables = model
      .liveTables(sheet)
      .map((table) => ({ table, look: tableLook(table.style) }))
      .filter((t): t is { table: TableModel; look: TableLook } => t.look !== null);
    this.cfs = new ConditionalFormats(model.liveCfs(sheet), this.read);

    const used = model.usedRect(sheet, false);
    let lastRow = used ? used.row + used.rows - 1 : 0;
    let lastCol = used ? used.col + used.cols - 1 : 0;
    for (const c of model.liveCharts(sheet)) {
      const end = c.position?.end?.rect ?? c.position?.start.rect;
      if (end) {
        lastRow = Math.max(lastRow, end.row + end.rows - 1);
        lastCol = Math.max(lastCol, end.col + end.cols - 1);
      }
    }
    lastRow = Math.max(lastRow, this.frozenRows - 1);
    lastCol = Math.max(lastCol, this.frozenCols - 1);
    this.rowCount = Math.max(MIN_ROWS, lastRow + 1 + EXTRA_ROWS);
    const wanted = Math.max(MIN_COLS, lastCol + 1 + EXTRA_COLS);
    this.colLefts = [0];
    let cols = 0;
    while (cols < wanted || (this.colLefts[cols] < MIN_WIDTH_PX && cols < 200)) {
      this.colLefts.push(this.colLefts[cols] + Math.round(sheet.columnWidth(cols) * PX_PER_PT));
      cols++;
    }
    this.colCount = cols;
    this.rowTops = [0];
    for (let r = 0; r < this.rowCount; r++)
      this.rowTops.push(this.rowTops[r] + Math.round(this.rowHeightPt(r) * PX_PER_PT));
  }

  /** A row's height in points: its own, else fitted to its largest font and wrapped text. */
  private rowHeightPt(r: number): number {
    const own = this.sheet.rowHeights.get(r);
    if (own !== undefined) return own;
    const row = this.sheet.row(r);
    if (!row?.s) return DEFAULT_ROW_HEIGHT;
    let height = DEFAULT_ROW_HEIGHT;
    row.s.forEach((s, c) => {
      if (!s) return;
      const size = s.fontSize ?? STYLE_DEFAULTS.fontSize;
      const line = Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(size * 1.33));
      let lines = 1;
      if (s.wrapText) {
        const text = formatValue(this.read(r, c), this.sheet.numberFormatAt(r, c));
        // Calibri averages about half an em per character; 7 px of padding.
        const perLine = Math.max(
          1,
          Math.floor((this.sheet.columnWidth(c) * PX_PER_PT - 7) / (size * PX_PER_PT * 0.52)),
        );
        // Chinese, Japanese and Korean characters are full-width: about two Latin characters each.
        const ems = (part: string) => [...part].reduce((w, ch) => w + (FULL_WIDTH.test(ch) ? 1.9 : 1), 0);
        lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(ems(part) / perLine)), 0);
      }
      height = Math.max(height, line * Math.min(lines, 8));
    });
    return height;
  }

  get width(): number {
    return this.colLefts[this.colCount];
  }

  get height(): number {
    return this.rowTops[this.rowCount];
  }

  /** The row whose band contains `y` px (clamped). */
  rowAt(y: number): number {
    return Math.min(this.rowCount - 1, lowerBound(this.rowTops, Math.max(0, y)));
  }

  colAt(x: number): number {
    return Math.min(this.colCount - 1, lowerBound(this.colLefts, Math.max(0, x)));
  }

  /** The pixel box of a rectangle of cells. */
  box(rect: Rect): ChartBox {
    const r1 = Math.min(rect.row + rect.rows, this.rowCount);
    const c1 = Math.min(rect.col + rect.cols, this.colCount);
    const top = this.rowTops[Math.min(rect.row, this.rowCount)];
    const left = this.colLefts[Math.min(rect.col, this.colCount)];
    return { top, left, width: this.colLefts[c1] - left, height: this.rowTops[r1] - top };
  }

  /** Where a chart sits: from its start cell to the far corner of its end cell, or its stored points. */
  chartBox(position: {
    top: number;
    left: number;
    width: number;
    height: number;
    startCell: string | null;
    endCell: string | null;
  }): ChartBox {
    if (position.startCell) {
      const start = parseRect(splitSheet(position.startCell).local);
      const s = this.box(start);
      if (position.endCell) {
        const end = parseRect(splitSheet(position.endCell).local);
        const e = this.box(end);
        return { top: s.top, left: s.left, width: e.left + e.width - s.left, height: e.top + e.height - s.top };
      }
      return { top: s.top, left: s.left, width: position.width * PX_PER_PT, height: position.height * PX_PER_PT };
    }
    return {
      top: position.top * PX_PER_PT,
      left: position.left * PX_PER_PT,
      width: position.width * PX_PER_PT,
      height: position.height * PX_PER_PT,
    };
  }

  value(row: number, col: number): Scalar | undefined {
    return this.read(row, col);
  }

  /** True when the cell shows nothing (so text from its left may run over it). */
  isBlank(row: number, col: number): boolean {
    const v = this.read(row, col);
    return v === undefined || v === "";
  }

  cell(row: number, col: number): CellView {
    const sheet = this.sheet;
    const v = this.read(row, col);
    const kind = kindOf(v);
    const text = kind === "empty" ? "" : formatValue(v, sheet.numberFormatAt(row, col));
    const style: Style = sheet.styleAt(row, col) ?? {};

    // Table style under the cell's own format.
    let fill: string | null = null;
    let fontColor: string | undefined;
    let bold: boolean | undefined;
    const borders: CellLook["borders"] = {};
    for (const { table, look } of this.tables) {
      const t = table.rect;
      if (row < t.row || row >= t.row + t.rows || col < t.col || col >= t.col + t.cols) continue;
      const isHeader = table.showHeaders && row === t.row;
      const isTotals = table.showTotals && row === t.row + t.rows - 1;
      if (isHeader) {
        fill = look.header.fill ?? null;
        fontColor = look.header.fontColor;
        bold = look.header.bold;
        if (look.line) borders.bottom = look.line;
      } else if (isTotals) {
        bold = true;
        if (look.line) borders.top = look.line;
      } else {
        const index = row - table.dataRect.row;
        if (table.showBandedRows && look.band && index % 2 === 0) fill = look.band;
        if (look.line && row === t.row + t.rows - 1) borders.bottom = look.line;
      }
      if (fill && isDark(fill) && fontColor === undefined) fontColor = "#FFFFFF";
      break;
    }

    const look: CellLook = {
      fill: style.fill ?? fill,
      fontColor: style.fontColor ?? fontColor ?? STYLE_DEFAULTS.fontColor,
      bold: style.bold ?? bold ?? false,
      italic: style.italic ?? false,
      underline: (style.underline ?? "None") !== "None",
      fontSize: style.fontSize ?? STYLE_DEFAULTS.fontSize,
      fontName: style.fontName ?? STYLE_DEFAULTS.fontName,
      align: "left",
      valign: style.verticalAlignment === "Top" ? "top" : style.verticalAlignment === "Center" ? "center" : "bottom",
      wrap: style.wrapText ?? false,
      indent: style.indentLevel ?? 0,
      borders,
    };
    // The cell's own borders (Excel's "EdgeBottom" of a range lands on each cell's bottom).
    for (const [edge, line] of Object.entries(style.borders ?? {}))
      if (line && line.style !== "None" && (edge === "top" || edge === "bottom" || edge === "left" || edge === "right"))
        borders[edge] = line.color || "#000000";

    switch (style.horizontalAlignment ?? "General") {
      case "Center":
      case "CenterAcrossSelection":
      case "Distributed":
        look.align = "center";
        break;
      case "Right":
        look.align = "right";
        break;
      case "Justify":
        look.align = "justify";
        break;
      case "Left":
      case "Fill":
        look.align = "left";
        break;
      default:
        look.align = kind === "number" ? "right" : kind === "boolean" || kind === "error" ? "center" : "left";
    }

    const effect = this.cfs.size ? this.cfs.effect(row, col) : null;
    if (effect) {
      if (effect.fill) look.fill = effect.fill;
      if (effect.fontColor) look.fontColor = effect.fontColor;
      if (effect.bold !== undefined) look.bold = effect.bold;
      if (effect.italic !== undefined) look.italic = effect.italic;
    }
    return { row, col, address: cellAddress(row, col), kind, text, look };
  }

  /** Every drawn cell of a row (computed once per view: scrolling back does not recompute). */
  rowCells(row: number): CellView[] {
    let cells = this.rowCache.get(row);
    if (!cells) {
      cells = [];
      for (let c = 0; c < this.colCount; c++) cells.push(this.cell(row, c));
      if (this.rowCache.size > 2000) this.rowCache.clear();
      this.rowCache.set(row, cells);
    }
    return cells;
  }

  /** What the formula bar shows for a cell: its formula, else its value as typed. */
  formulaBar(row: number, col: number): string {
    const f = this.sheet.formulaAt(row, col);
    if (f !== undefined) return f;
    const v = this.read(row, col);
    if (v === undefined) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof ErrorValue) return v.code;
    if (typeof v === "number") {
      const nf = this.sheet.numberFormatAt(row, col) ?? "General";
      // Dates show as dates, percentages as percentages, other numbers in full.
      if (/[yd]/i.test(nf.replace(/"[^"]*"/g, ""))) return formatValue(v, "yyyy-mm-dd");
      if (nf.includes("%")) return `${+(v * 100).toPrecision(15)}%`;
      return String(+v.toPrecision(15));
    }
    return v;
  }
}

/** A view of `sheetName`, or null when the workbook has no such sheet. */
export function sheetView(model: WorkbookModel, sheetName: string): SheetView | null {
  const sheet = model.findSheet(sheetName);
  return sheet ? new SheetView(model, sheet) : null;
}
