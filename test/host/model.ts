/**
 * The workbook the host keeps: sheets with sparse rows of cells, tables, charts, conditional formats, names,
 * settings and custom properties. Everything here is applied directly (no queue); the proxies in api/ call
 * into it when a sync runs, and the test helpers read it. Formula values come from the FormulaEngine.
 */
import { checkRect, columnIndex, contains, intersects, MAX_ROWS, parseRect, Rect, splitSheet } from "./a1";
import { ErrorValue, interpretInput, outwardValue, Scalar, valueType } from "./cells";
import { DEFAULT_TYPED_INPUT, TypedInputOptions } from "./typed-input";
import type { ValidationModel } from "./api/data-validation";
import { FormulaEngine } from "./engine";
import { hostError } from "./errors";
import { formatValue } from "./format";
import { renameSheetInFormula } from "./formula";
import {
  BorderLine,
  CellEdge,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  intern,
  normalizeColor,
  Style,
  STYLE_DEFAULTS,
  StyleKey,
} from "./styles";

/** One row's cells, as parallel sparse arrays indexed by column. */
export interface Row {
  v: (Scalar | undefined)[];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
  s?: (Style | undefined)[];
}

/** A rectangle on a sheet. */
export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** A header or footer: its left, center and right sections, with Excel's format codes (&P, &N, &&…). */
export interface HeaderFooterSections {
  left: string;
  center: string;
  right: string;
}

/** What `worksheet.pageLayout` holds in the host (the subset of Excel.PageLayout the host emulates). */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** Either a percentage `scale` or pages to fit across and down (0 = as many as needed). */
  zoom: { scale: number | null; horizontalFitToPages: number | null; verticalFitToPages: number | null };
  /** Whole rows repeated at the top of each printed page (0-based first row and count), or none. */
  printTitleRows: { row: number; rows: number } | null;
  /** `headersFooters.defaultForAllPages`. */
  header: HeaderFooterSections;
  footer: HeaderFooterSections;
}

/** Excel's page setup for a new sheet: portrait at 100%, no title rows, empty header and footer. */
export const defaultPageLayout = (): PageLayoutModel => ({
  orientation: "Portrait",
  zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
  printTitleRows: null,
  header: { left: "", center: "", right: "" },
  footer: { left: "", center: "", right: "" },
});

let idCounter = 0;
const guid = (kind: number): string => {
  idCounter++;
  const n = idCounter.toString(16).toUpperCase().padStart(12, "0");
  return `{${kind.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-${n}}`;
};

export class SheetModel {
  readonly id = guid(1);
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  rows: (Row | undefined)[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Formats given to whole columns (A:C): the fallback for cells without their own. */
  colStyles = new Map<number, Style>();
  colNumberFormats = new Map<number, string>();
  frozen = { rows: 0, columns: 0 };
  /** Print settings (worksheet.pageLayout, ExcelApi 1.9): a new sheet's are Excel's defaults. */
  pageLayout: PageLayoutModel = defaultPageLayout();
  customProps = new Map<string, { key: string; value: string }>();
  charts: ChartModel[] = [];
  cfs: CfModel[] = [];
  /** Data validation blocks (api/data-validation.ts), none overlapping. */
  validations: ValidationModel[] = [];
  formulaCount = 0;
  deleted = false;
  hfId: number | undefined;
  chartCounter = 0;

  constructor(public name: string) {}

  row(r: number): Row | undefined {
    return this.rows[r];
  }

  ensureRow(r: number): Row {
    let row = this.rows[r];
    if (!row) {
      row = { v: [] };
      this.rows[r] = row;
    }
    return row;
  }

  /** Calls `fn` for each existing row in [r0, r1], in order, without walking empty stretches. */
  forEachRow(r0: number, r1: number, fn: (row: Row, r: number) => void): void {
    const last = Math.min(r1, this.rows.length - 1);
    if (last - r0 <= 4 * 65_536) {
      for (let r = r0; r <= last; r++) {
        const row = this.rows[r];
        if (row) fn(row, r);
      }
      return;
    }
    this.rows.forEach((row, r) => {
      if (row && r >= r0 && r <= last) fn(row, r);
    });
  }

  /** A cell's style: its own, else its column's. */
  styleAt(r: number, c: number): Style | undefined {
    return this.rows[r]?.s?.[c] ?? this.colStyles.get(c);
  }

  /** A cell's number format (undefined = General): its own, else its column's. */
  numberFormatAt(r: number, c: number): string | undefined {
    return this.rows[r]?.nf?.[c] ?? this.colNumberFormats.get(c);
  }

  formulaAt(r: number, c: number): string | undefined {
    return this.rows[r]?.f?.[c];
  }

  columnWidth(c: number): number {
    return this.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }
}

export class TableModel {
  readonly id = String(++idCounter);
  style = "TableStyleMedium2";
  showTotals = false;
  showHeaders = true;
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  deleted = false;
  columnIds: number[] = [];

  constructor(
    public name: string,
    public sheet: SheetModel,
    public rect: Rect,
    public columns: string[],
  ) {
    this.columnIds = columns.map((_, i) => i + 1);
  }

  get dataRect(): Rect {
    const top = this.rect.row + (this.showHeaders ? 1 : 0);
    const bottom = this.rect.row + this.rect.rows - 1 - (this.showTotals ? 1 : 0);
    return { row: top, col: this.rect.col, rows: Math.max(1, bottom - top + 1), cols: this.rect.cols };
  }

  get headerRect(): Rect {
    return { row: this.rect.row, col: this.rect.col, rows: 1, cols: this.rect.cols };
  }

  get totalsRect(): Rect {
    return { row: this.rect.row + this.rect.rows - 1, col: this.rect.col, rows: 1, cols: this.rect.cols };
  }
}

/** A chart point's data label. */
export interface PointLabelModel {
  showSeriesName: boolean;
  showValue: boolean;
  position: string;
}

export interface SeriesModel {
  id: number;
  chart: ChartModel;
  name: string;
  chartType: string | null;
  values: RangeRef | null;
  xValues: RangeRef | null;
  markerStyle: string;
  markerBackgroundColor: string;
  markerForegroundColor: string;
  markerSize: number;
  fill: string | null;
  lineColor: string | null;
  lineStyle: string;
  lineWeight: number;
  smooth: boolean;
  hasDataLabels: boolean;
  /** Data labels of single points, by point index (series.points.getItemAt(i).hasDataLabel). */
  pointLabels: Map<number, PointLabelModel>;
  axisGroup: string;
  gapWidth: number;
  deleted: boolean;
}

/** A new chart's axis as Excel creates it: linear, automatic bounds, untitled. */
export function defaultAxis(type: AxisModel["type"]): AxisModel {
  return {
    type,
    group: "Primary",
    title: { text: "", visible: false },
    minimum: null,
    maximum: null,
    majorUnit: null,
    scaleType: "Linear",
    logBase: 10,
    reversePlotOrder: false,
    numberFormat: "General",
    visible: true,
    displayUnit: "None",
  };
}

export interface AxisModel {
  type: "Category" | "Value" | "Series";
  group: "Primary" | "Secondary";
  title: { text: string; visible: boolean };
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  scaleType: string;
  logBase: number;
  reversePlotOrder: boolean;
  numberFormat: string;
  visible: boolean;
  displayUnit: string;
}

export class ChartModel {
  readonly id = guid(3);
  title = { text: "", visible: false };
  legend = { position: "Right", visible: true };
  axes: AxisModel[] = [];
  series: SeriesModel[] = [];
  position: { start: RangeRef; end: RangeRef | null } | null = null;
  top = 0;
  left = 0;
  width = 360;
  height = 216;
  style = 2;
  deleted = false;
  seriesCounter = 0;

  constructor(
    public name: string,
    public sheet: SheetModel,
    public chartType: string,
    public source: RangeRef | null,
  ) {
    this.axes = [defaultAxis("Category"), defaultAxis("Value")];
  }

  axis(type: string, group = "Primary"): AxisModel {
    const found = this.axes.find((a) => a.type === type && a.group === group);
    if (found) return found;
    if (type !== "Category" && type !== "Value" && type !== "Series") throw hostError("InvalidArgument");
    const created: AxisModel = {
      ...this.axes[0],
      type,
      group: group as AxisModel["group"],
      title: { text: "", visible: false },
    };
    this.axes.push(created);
    return created;
  }

  newSeries(name: string): SeriesModel {
    this.seriesCounter++;
    return {
      id: this.seriesCounter,
      chart: this,
      name,
      chartType: null,
      values: null,
      xValues: null,
      markerStyle: "Automatic",
      markerBackgroundColor: "",
      markerForegroundColor: "",
      markerSize: 7,
      fill: null,
      lineColor: null,
      lineStyle: "Automatic",
      lineWeight: 0.75,
      smooth: false,
      hasDataLabels: false,
      pointLabels: new Map(),
      axisGroup: "Primary",
      gapWidth: 150,
      deleted: false,
    };
  }

  liveSeries(): SeriesModel[] {
    return this.series.filter((s) => !s.deleted);
  }
}

export interface ColorScaleCriterion {
  formula?: string;
  type: string;
  color?: string;
}

export class CfModel {
  readonly id = String(++idCounter);
  priority = 0;
  stopIfTrue = false;
  deleted = false;
  colorScale: { minimum?: ColorScaleCriterion; midpoint?: ColorScaleCriterion; maximum?: ColorScaleCriterion } | null =
    null;
  custom: {
    formula: string;
    fill: string | null;
    fontColor: string | null;
    bold: boolean | null;
    italic: boolean | null;
    numberFormat: string | null;
  } | null = null;

  constructor(
    public type: string,
    public sheet: SheetModel,
    public rect: Rect,
  ) {
    if (type === "ColorScale")
      this.colorScale = {
        minimum: { formula: undefined, type: "LowestValue", color: "#F8696B" },
        midpoint: undefined,
        maximum: { formula: undefined, type: "HighestValue", color: "#63BE7B" },
      };
    if (type === "Custom")
      this.custom = { formula: "", fill: null, fontColor: null, bold: null, italic: null, numberFormat: null };
  }
}

export class NameModel {
  deleted = false;
  visible = true;
  constructor(
    public name: string,
    public formula: string,
    public comment: string,
  ) {}
}

/** What a write of `values`, `formulas` or `numberFormat` receives: a 2-D array or one value for every cell. */
export type Input = unknown;

/** True for a rectangle of whole columns ("A:C"). */
const isWholeColumns = (rect: Rect): boolean => rect.row === 0 && rect.rows === MAX_ROWS;

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Returns a reader (r, c) → element for a 2-D array of the rect's shape, or for a scalar broadcast. */
function shapeInput(input: Input, rect: Rect): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows) throw hostError("InvalidArgument", SHAPE_MESSAGE);
  for (const row of input)
    if (!Array.isArray(row) || row.length !== rect.cols) throw hostError("InvalidArgument", SHAPE_MESSAGE);
  const grid = input as unknown[][];
  return (r, c) => grid[r][c];
}

/** Largest number of cells a single read may materialise (Excel on the web gives up around 5 M cells). */
export const MAX_READ_CELLS = 5_000_000;

function checkReadSize(rect: Rect): void {
  if (rect.rows * rect.cols > MAX_READ_CELLS)
    throw hostError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size has exceeded the limit. (${rect.rows * rect.cols} cells)`,
    );
}

/** A rect's cells, row by row, as `cell(row, column)` gives them (absolute indexes), within the read limit. */
function readGrid<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  checkReadSize(rect);
  const out: T[][] = new Array(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const line: T[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) line[j] = cell(rect.row + i, rect.col + j);
    out[i] = line;
  }
  return out;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  settings = new Map<string, unknown>();
  active: SheetModel | null = null;
  selection: RangeRef | null = null;
  calculationMode = "Automatic";
  /** How written text is parsed: the user's locale and the year for dates typed without one. */
  typedInput: TypedInputOptions = DEFAULT_TYPED_INPUT;
  /** The workbook's date system: serial 0 is 1904-01-01 instead of 1900-01-00 (README [date-system]). */
  date1904 = false;
  /** Arguments or result of one custom-function call above this many bytes do not arrive (Excel on the web). */
  functionPayloadLimitBytes = 5 * 1024 * 1024;
  readonly engine: FormulaEngine;

  constructor() {
    this.engine = new FormulaEngine(this);
  }

  // ---------------------------------------------------------------- sheets

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === key);
  }

  sheetOrThrow(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw hostError("ItemNotFound", `The requested resource doesn't exist. (worksheet "${name}")`);
    return s;
  }

  /** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe. */
  validateSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name))
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (sheet name "${String(name)}")`,
      );
    // A lone surrogate (half an emoji, from a careless cut) is no valid name either.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name);
    if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history" || loneSurrogate)
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (sheet name "${name}")`,
      );
    const clash = this.findSheet(name);
    if (clash && clash !== except)
      throw hostError("ItemAlreadyExists", `The resource being created already exists. (worksheet "${name}")`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined || n === null) {
      let i = this.liveSheets().length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    const sheet = new SheetModel(this.validateSheetName(n));
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    this.engine.sheetAdded(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    // Excel rewrites every formula that names the sheet.
    for (const s of this.liveSheets())
      s.forEachRow(0, MAX_ROWS - 1, (row) => {
        if (!row.f) return;
        row.f.forEach((f, c) => {
          if (f && row.f) row.f[c] = renameSheetInFormula(f, old, name);
        });
      });
    for (const nm of this.names) nm.formula = renameSheetInFormula(nm.formula, old, name);
    this.engine.sheetRenamed(sheet);
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.liveSheets().filter((s) => s.visibility === "Visible");
    if (visible.length <= 1 && sheet.visibility === "Visible")
      throw hostError(
        "InvalidOperation",
        "The requested operation is invalid. (a workbook must contain at least one visible worksheet)",
      );
    const index = this.liveSheets().indexOf(sheet);
    for (const t of this.tables) if (t.sheet === sheet && !t.deleted) this.deleteTable(t, false);
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) {
      const live = this.liveSheets().filter((s) => s.visibility === "Visible");
      this.active = live[Math.min(index, live.length - 1)] ?? null;
    }
    if (this.selection?.sheet === sheet) this.selection = null;
    this.engine.sheetRemoved(sheet);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const live = this.liveSheets();
    if (!Number.isInteger(position) || position < 0 || position >= live.length) throw hostError("InvalidArgument");
    this.sheets = live.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  position(sheet: SheetModel): number {
    return this.liveSheets().indexOf(sheet);
  }

  // ---------------------------------------------------------------- addresses

  /** Resolves "B4:E9" on `sheet`, or "Other!B4" anywhere (names of ranges are not resolved here). */
  resolveAddress(address: string, sheet: SheetModel | null): RangeRef {
    const { sheet: sheetName, local } = splitSheet(address);
    const target = sheetName !== null ? this.sheetOrThrow(sheetName) : sheet;
    if (!target)
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (address "${address}")`,
      );
    if (sheetName !== null && sheet && target !== sheet)
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (address "${address}" is on another sheet)`,
      );
    return { sheet: target, rect: parseRect(local) };
  }

  // ---------------------------------------------------------------- cells: write

  /** Applies a `values` / `formulas` assignment (see cells.ts for the rules). */
  writeContent(sheet: SheetModel, rect: Rect, input: Input, literal = false): void {
    this.writeGrid(sheet, rect, shapeInput(input, rect), literal);
  }

  /** Writes `at(i, j)` into each cell of `rect` (undefined or null leaves a cell unchanged). */
  writeGrid(sheet: SheetModel, rect: Rect, at: (i: number, j: number) => unknown, literal = false): void {
    let wroteFormula = false;
    let emptied = false;
    for (let i = 0; i < rect.rows; i++) {
      const r = rect.row + i;
      const row = sheet.ensureRow(r);
      for (let j = 0; j < rect.cols; j++) {
        const c = rect.col + j;
        const x = at(i, j);
        if (typeof x === "number" && Number.isFinite(x) && !row.f?.[c]) {
          row.v[c] = x; // the common case, kept cheap
          continue;
        }
        const w = interpretInput(x, (row.nf?.[c] ?? sheet.colNumberFormats.get(c)) === "@", literal, this.typedInput);
        if (w.kind === "skip") continue;
        const hadFormula = row.f?.[c] !== undefined;
        if (w.kind === "formula") {
          if (!row.f) row.f = [];
          row.f[c] = w.formula;
          row.v[c] = undefined;
          if (!hadFormula) sheet.formulaCount++;
          wroteFormula = true;
          continue;
        }
        if (hadFormula && row.f) {
          row.f[c] = undefined;
          sheet.formulaCount--;
        }
        if (w.kind === "empty") {
          row.v[c] = undefined;
          emptied = true;
        } else {
          row.v[c] = w.value;
          if (w.numberFormat && !row.nf?.[c] && !sheet.colNumberFormats.has(c)) {
            if (!row.nf) row.nf = [];
            row.nf[c] = w.numberFormat;
          }
        }
      }
    }
    this.afterContentChange(sheet, rect, wroteFormula, emptied);
  }

  /** Tells the engine and the tables that cells in `rect` changed. */
  afterContentChange(sheet: SheetModel, rect: Rect, wroteFormula: boolean, emptied: boolean): void {
    this.engine.cellsChanged(sheet, rect, emptied, wroteFormula);
    for (const t of this.tables)
      if (!t.deleted && t.sheet === sheet && t.showHeaders && intersects(t.headerRect, rect))
        this.refreshTableColumns(t);
  }

  writeNumberFormat(sheet: SheetModel, rect: Rect, input: Input): void {
    const at = shapeInput(input, rect);
    if (isWholeColumns(rect) && !Array.isArray(input)) {
      // A whole-column format is kept per column (and applied to the cells that have their own).
      if (input === null || input === undefined) return;
      const f = String(input);
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (f === "" || f === "General") sheet.colNumberFormats.delete(c);
        else sheet.colNumberFormats.set(c, f);
      }
      sheet.forEachRow(0, MAX_ROWS - 1, (row) => {
        if (row.nf) for (let c = rect.col; c < rect.col + rect.cols; c++) row.nf[c] = undefined;
      });
      return;
    }
    for (let i = 0; i < rect.rows; i++) {
      const row = sheet.ensureRow(rect.row + i);
      for (let j = 0; j < rect.cols; j++) {
        const x = at(i, j);
        if (x === null || x === undefined) continue;
        if (typeof x !== "string" && typeof x !== "number")
          throw hostError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format. (numberFormat)",
          );
        const f = String(x);
        if (!row.nf) row.nf = [];
        row.nf[rect.col + j] = f === "" || f === "General" ? undefined : f;
      }
    }
  }

  /** Merges `patch` into the style of every cell in `rect`. */
  patchStyle(sheet: SheetModel, rect: Rect, patch: Partial<Record<StyleKey, unknown>>): void {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) {
      if ((k === "fill" || k === "fontColor") && typeof v === "string") {
        const color = normalizeColor(v);
        if (!/^#[0-9A-F]{6}$/.test(color))
          throw hostError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format. (color "${v}")`,
          );
        clean[k] = color;
      } else clean[k] = v;
    }
    this.mapStyles(sheet, rect, (old) => ({ ...old, ...clean }));
  }

  /** Sets one border side of a range: edges go on the outer cells, inside lines between cells. */
  setBorder(sheet: SheetModel, rect: Rect, side: string, line: Partial<BorderLine> | null): void {
    const apply = (r: Rect, edge: CellEdge): void =>
      this.mapStyles(sheet, r, (old) => {
        const borders = { ...(old.borders ?? {}) };
        if (line === null || line.style === "None") delete borders[edge];
        else {
          const prev = borders[edge] ?? { style: "Continuous", color: "#000000", weight: "Thin" };
          borders[edge] = {
            style: line.style ?? prev.style,
            color: line.color !== undefined ? normalizeColor(line.color) : prev.color,
            weight: line.weight ?? prev.weight,
          };
        }
        return { ...old, borders };
      });
    const last = (n: number) => n - 1;
    switch (side) {
      case "EdgeTop":
        return apply({ ...rect, rows: 1 }, "top");
      case "EdgeBottom":
        return apply({ ...rect, row: rect.row + last(rect.rows), rows: 1 }, "bottom");
      case "EdgeLeft":
        return apply({ ...rect, cols: 1 }, "left");
      case "EdgeRight":
        return apply({ ...rect, col: rect.col + last(rect.cols), cols: 1 }, "right");
      case "InsideHorizontal":
        if (rect.rows > 1) apply({ ...rect, rows: rect.rows - 1 }, "bottom");
        return;
      case "InsideVertical":
        if (rect.cols > 1) apply({ ...rect, cols: rect.cols - 1 }, "right");
        return;
      case "DiagonalDown":
        return apply(rect, "diagDown");
      case "DiagonalUp":
        return apply(rect, "diagUp");
      default:
        throw hostError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format. (border "${side}")`,
        );
    }
  }

  /** Reads one border side: the common line of the cells it covers, or nulls when they differ. */
  readBorder(
    sheet: SheetModel,
    rect: Rect,
    side: string,
  ): { style: string | null; color: string | null; weight: string | null } {
    const edgeCells: Record<string, [Rect, CellEdge] | null> = {
      EdgeTop: [{ ...rect, rows: 1 }, "top"],
      EdgeBottom: [{ ...rect, row: rect.row + rect.rows - 1, rows: 1 }, "bottom"],
      EdgeLeft: [{ ...rect, cols: 1 }, "left"],
      EdgeRight: [{ ...rect, col: rect.col + rect.cols - 1, cols: 1 }, "right"],
      InsideHorizontal: rect.rows > 1 ? [{ ...rect, rows: rect.rows - 1 }, "bottom"] : null,
      InsideVertical: rect.cols > 1 ? [{ ...rect, cols: rect.cols - 1 }, "right"] : null,
      DiagonalDown: [rect, "diagDown"],
      DiagonalUp: [rect, "diagUp"],
    };
    const spec = edgeCells[side];
    if (spec === undefined) throw hostError("InvalidArgument");
    if (spec === null) return { style: "None", color: "#000000", weight: "Thin" };
    const [r, edge] = spec;
    const pick = (k: keyof BorderLine, dflt: string) =>
      this.common(sheet, r, (s) => s?.borders?.[edge]?.[k] ?? dflt) as string | null;
    return { style: pick("style", "None"), color: pick("color", "#000000"), weight: pick("weight", "Thin") };
  }

  private mapStyles(sheet: SheetModel, rect: Rect, fn: (old: Style) => Style): void {
    if (isWholeColumns(rect)) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const next = intern(fn(sheet.colStyles.get(c) ?? {}));
        if (next) sheet.colStyles.set(c, next);
        else sheet.colStyles.delete(c);
      }
      sheet.forEachRow(0, MAX_ROWS - 1, (row) => {
        if (!row.s) return;
        for (let c = rect.col; c < rect.col + rect.cols; c++) if (row.s[c]) row.s[c] = intern(fn(row.s[c] as Style));
      });
      return;
    }
    for (let i = 0; i < rect.rows; i++) {
      const row = sheet.ensureRow(rect.row + i);
      if (!row.s) row.s = [];
      for (let j = 0; j < rect.cols; j++) {
        const c = rect.col + j;
        row.s[c] = intern(fn(row.s[c] ?? sheet.colStyles.get(c) ?? {}));
      }
    }
  }

  /** The value `get` gives for every cell in `rect`, or null when cells differ (as Office.js reports mixed formats). */
  common(sheet: SheetModel, rect: Rect, get: (s: Style | undefined, nf: string | undefined) => unknown): unknown {
    let first: unknown = undefined;
    let seen = false;
    let mixed = false;
    const take = (v: unknown): void => {
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) mixed = true;
    };
    const c1 = Math.min(rect.col + rect.cols, rect.col + 16_384);
    let existing = 0;
    sheet.forEachRow(rect.row, rect.row + rect.rows - 1, (row) => {
      if (mixed) return;
      existing++;
      for (let c = rect.col; c < c1 && !mixed; c++)
        take(get(row.s?.[c] ?? sheet.colStyles.get(c), row.nf?.[c] ?? sheet.colNumberFormats.get(c)));
    });
    // Rows the host never stored hold their columns' formats.
    if (existing < rect.rows)
      for (let c = rect.col; c < c1 && !mixed; c++) take(get(sheet.colStyles.get(c), sheet.colNumberFormats.get(c)));
    return mixed ? null : first;
  }

  styleValue(sheet: SheetModel, rect: Rect, key: StyleKey): unknown {
    return this.common(sheet, rect, (s) => s?.[key] ?? STYLE_DEFAULTS[key]);
  }

  /** `Range.clear(applyTo)`. */
  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    let touched = false;
    if (formats && isWholeColumns(rect))
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        sheet.colStyles.delete(c);
        sheet.colNumberFormats.delete(c);
      }
    sheet.forEachRow(rect.row, rect.row + rect.rows - 1, (row) => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (contents) {
          if (row.v[c] !== undefined) {
            row.v[c] = undefined;
            touched = true;
          }
          if (row.f?.[c] !== undefined) {
            row.f[c] = undefined;
            sheet.formulaCount--;
            touched = true;
          }
        }
        if (formats) {
          if (row.nf) row.nf[c] = undefined;
          if (row.s) row.s[c] = undefined;
        }
      }
    });
    if (contents && touched) this.afterContentChange(sheet, rect, false, true);
  }

  // ---------------------------------------------------------------- cells: read

  /** The value a cell shows: its constant, or its formula's (or a spill's) computed value. */
  cellValue(sheet: SheetModel, r: number, c: number): Scalar | undefined {
    const row = sheet.rows[r];
    if (row) {
      if (row.f?.[c] !== undefined) return this.engine.value(sheet, r, c);
      const v = row.v[c];
      if (v !== undefined) return v;
    }
    // An empty cell may hold a spilled result.
    if (sheet.formulaCount > 0) return this.engine.value(sheet, r, c);
    return undefined;
  }

  readValues(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
    return readGrid(rect, (r, c) => outwardValue(this.cellValue(sheet, r, c)));
  }

  readFormulas(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
    return readGrid(rect, (r, c) => sheet.formulaAt(r, c) ?? outwardValue(this.cellValue(sheet, r, c)));
  }

  readNumberFormats(sheet: SheetModel, rect: Rect): string[][] {
    return readGrid(rect, (r, c) => sheet.numberFormatAt(r, c) ?? "General");
  }

  readText(sheet: SheetModel, rect: Rect): string[][] {
    return readGrid(rect, (r, c) => formatValue(this.cellValue(sheet, r, c), sheet.numberFormatAt(r, c)));
  }

  readValueTypes(sheet: SheetModel, rect: Rect): string[][] {
    return readGrid(rect, (r, c) => valueType(this.cellValue(sheet, r, c)));
  }

  /**
   * The used range: the bounding box of cells with a value or formula (and, unless valuesOnly, any format),
   * including spilled results; null for an empty sheet.
   */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const take = (r: number, c: number) => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      const scan = (arr: unknown[] | undefined) => {
        if (!arr) return;
        for (let c = 0; c < arr.length; c++) if (arr[c] !== undefined) take(r, c);
      };
      scan(row.v);
      scan(row.f);
      if (!valuesOnly) {
        scan(row.nf);
        scan(row.s);
      }
    });
    if (sheet.formulaCount > 0)
      for (const s of this.engine.spillRects(sheet)) {
        take(s.row, s.col);
        take(s.row + s.rows - 1, s.col + s.cols - 1);
      }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  // ---------------------------------------------------------------- tables

  findTable(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => !t.deleted && t.name.toLowerCase() === key);
  }

  tableOrThrow(name: string): TableModel {
    const t = this.findTable(name);
    if (!t) throw hostError("ItemNotFound", `The requested resource doesn't exist. (table "${name}")`);
    return t;
  }

  liveTables(sheet?: SheetModel): TableModel[] {
    return this.tables.filter((t) => !t.deleted && (!sheet || t.sheet === sheet));
  }

  private validateTableName(name: unknown, except?: TableModel): string {
    if (
      typeof name !== "string" ||
      !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]$/.test(name)
    )
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (table name "${String(name)}")`,
      );
    const clash = this.findTable(name);
    if ((clash && clash !== except) || this.findName(name))
      throw hostError("ItemAlreadyExists", `The resource being created already exists. (table name "${name}")`);
    return name;
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    if (!hasHeaders)
      throw hostError("NotImplemented", "host: tables.add(address, false) is not implemented; write the headers first");
    if (rect.rows < 2)
      throw hostError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format. (a table needs a header row and a data row)",
      );
    for (const t of this.liveTables(sheet))
      if (intersects(t.rect, rect))
        throw hostError("InvalidOperation", `The requested operation is invalid. (range overlaps table "${t.name}")`);
    let n = 1;
    // Tables and defined names share one namespace (README [names]).
    while (this.findTable(`Table${n}`) || this.findName(`Table${n}`)) n++;
    const table = new TableModel(`Table${n}`, sheet, { ...rect }, []);
    this.tables.push(table);
    this.refreshTableColumns(table, true);
    this.engine.tablesChanged([table.name]);
    return table;
  }

  /** Reads the header row into column names; blank or duplicate headers get Excel's "Column1" / "Name2". */
  refreshTableColumns(t: TableModel, writeBack = false): void {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let j = 0; j < t.rect.cols; j++) {
      // Header cells hold constants (Excel turns a header formula into its text).
      const v = t.sheet.rows[t.rect.row]?.v[t.rect.col + j];
      let name = v === undefined || v === "" ? `Column${j + 1}` : String(outwardValue(v));
      if (seen.has(name.toLowerCase())) {
        let k = 2;
        while (seen.has(`${name}${k}`.toLowerCase())) k++;
        name = `${name}${k}`;
      }
      seen.add(name.toLowerCase());
      names.push(name);
    }
    const changed = names.join("\u0000") !== t.columns.join("\u0000");
    t.columns = names;
    if (t.columnIds.length !== names.length) t.columnIds = names.map((_, i) => i + 1);
    if (writeBack) {
      // Header cells of a table always hold text.
      const row = t.sheet.ensureRow(t.rect.row);
      let formulaRemoved = false;
      names.forEach((nm, j) => {
        const c = t.rect.col + j;
        if (row.f?.[c] !== undefined) {
          row.f[c] = undefined;
          t.sheet.formulaCount--;
          formulaRemoved = true;
        }
        row.v[c] = nm;
      });
      this.engine.cellsChanged(t.sheet, t.headerRect, formulaRemoved, false);
    }
    if (changed && !writeBack) this.engine.tablesChanged([t.name]);
  }

  renameTable(t: TableModel, name: string): void {
    if (t.name === name) return;
    this.validateTableName(name, t);
    const old = t.name;
    t.name = name;
    this.engine.tablesChanged([old, name]);
  }

  /** `Table.delete()`: the table and its cells go. */
  deleteTable(t: TableModel, clearCells = true): void {
    t.deleted = true;
    if (clearCells) this.clear(t.sheet, t.rect, "All");
    this.engine.tablesChanged([t.name]);
  }

  /** Moves the table's range (rows added at the end, totals shown, `resize`). */
  resizeTable(t: TableModel, rect: Rect): void {
    if (rect.row !== t.rect.row || rect.col !== t.rect.col)
      throw hostError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format. (host: a table keeps its top-left cell)",
      );
    checkRect(rect);
    if (rect.rows < 2) throw hostError("InvalidArgument");
    for (const other of this.liveTables(t.sheet))
      if (other !== t && intersects(other.rect, rect))
        throw hostError(
          "InvalidOperation",
          `The requested operation is invalid. (range overlaps table "${other.name}")`,
        );
    t.rect = { ...rect };
    this.refreshTableColumns(t, true);
    this.engine.tablesChanged([t.name]);
  }

  tableAt(sheet: SheetModel, r: number, c: number): TableModel | undefined {
    return this.liveTables(sheet).find((t) => contains(t.rect, { row: r, col: c, rows: 1, cols: 1 }));
  }

  // ---------------------------------------------------------------- names

  findName(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => !n.deleted && n.name.toLowerCase() === key);
  }

  addName(name: string, formula: string, comment: string): NameModel {
    if (
      !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]$/.test(name)
    )
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (name "${name}")`,
      );
    if (this.findName(name) || this.findTable(name))
      throw hostError("ItemAlreadyExists", `The resource being created already exists. (name "${name}")`);
    const item = new NameModel(name, formula.startsWith("=") ? formula : `=${formula}`, comment);
    this.names.push(item);
    this.engine.namesChanged();
    return item;
  }

  deleteName(item: NameModel): void {
    item.deleted = true;
    this.engine.namesChanged();
  }

  /** The range a name refers to, or null when its formula is not a single range reference. */
  nameRange(item: NameModel): RangeRef | null {
    const body = item.formula.replace(/^=/, "").trim();
    if (!body.includes("!")) return null;
    try {
      return this.resolveAddress(body, null);
    } catch {
      return null;
    }
  }

  /** NamedItem.type / value. */
  nameValue(item: NameModel): { type: string; value: unknown } {
    const ref = this.nameRange(item);
    if (ref) return { type: "Range", value: item.formula.replace(/^=/, "") };
    const body = item.formula.replace(/^=/, "").trim();
    if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
    if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
    if (body !== "" && !Number.isNaN(Number(body)))
      return { type: Number.isInteger(Number(body)) ? "Integer" : "Double", value: Number(body) };
    return { type: "Error", value: "#NAME?" };
  }

  // ---------------------------------------------------------------- charts

  addChart(sheet: SheetModel, type: string, source: RangeRef | null, seriesBy: string): ChartModel {
    let n = sheet.chartCounter + 1;
    while (sheet.charts.some((c) => !c.deleted && c.name === `Chart ${n}`)) n++;
    sheet.chartCounter = n;
    const chart = new ChartModel(`Chart ${n}`, sheet, type, null);
    chart.top = 0;
    chart.left = 0;
    if (source) this.setChartData(chart, source, seriesBy);
    sheet.charts.push(chart);
    return chart;
  }

  /**
   * Creates series from a source range the way Excel does: series by columns when the range is at least as
   * tall as it is wide (or as asked), the first row as series names when it holds text, and the first column
   * as categories (X values for scatter charts) when it holds text or the chart is a scatter.
   */
  setChartData(chart: ChartModel, src: RangeRef, seriesBy: string): void {
    chart.source = src;
    chart.series.forEach((s) => (s.deleted = true));
    const { rect, sheet } = src;
    const byCols = seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rows >= rect.cols);
    const n = byCols ? rect.rows : rect.cols;
    const m = byCols ? rect.cols : rect.rows;
    // Only constants decide headers and categories: a formula counts as a number, so adding a chart does
    // not force every formula in the workbook to be evaluated.
    const at = (i: number, j: number) => sheet.rows[rect.row + (byCols ? i : j)]?.v[rect.col + (byCols ? j : i)];
    const isText = (v: Scalar | undefined) => typeof v === "string" && v !== "";
    let header = false;
    for (let j = 0; j < m && n > 1; j++) if (isText(at(0, j))) header = true;
    const scatter = chart.chartType.startsWith("XYScatter") || chart.chartType.startsWith("Bubble");
    let categories = false;
    if (m > 1) {
      if (scatter) categories = true;
      else for (let i = header ? 1 : 0; i < n; i++) if (isText(at(i, 0))) categories = true;
      if (header && at(0, 0) === undefined) categories = true;
    }
    const start = header ? 1 : 0;
    const strip = (j: number): RangeRef => ({
      sheet,
      rect: byCols
        ? { row: rect.row + start, col: rect.col + j, rows: Math.max(1, n - start), cols: 1 }
        : { row: rect.row + j, col: rect.col + start, rows: 1, cols: Math.max(1, n - start) },
    });
    for (let j = categories ? 1 : 0; j < m; j++) {
      const s = chart.newSeries(header ? String(outwardValue(at(0, j))) : `Series${chart.liveSeries().length + 1}`);
      s.values = strip(j);
      s.xValues = categories ? strip(0) : null;
      chart.series.push(s);
    }
  }

  liveCharts(sheet: SheetModel): ChartModel[] {
    return sheet.charts.filter((c) => !c.deleted);
  }

  liveCfs(sheet: SheetModel): CfModel[] {
    return sheet.cfs.filter((c) => !c.deleted);
  }

  /** Column index from letters, for the host helpers. */
  static column(letters: string): number {
    return columnIndex(letters);
  }
}

export { ErrorValue };
