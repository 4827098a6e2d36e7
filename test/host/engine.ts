/**
 * One HyperFormula instance that mirrors every sheet. It is built, and changes reach it, only when something
 * needs a formula's value (a load of `values`, a host helper, the used range of a sheet with spills): until
 * then writes are only recorded, so a workbook without formulas, or a report whose results nobody reads
 * (a round-trip count at 300,000 rows), never pays for it. Formulas reach it translated (structured
 * references → A1, bare TRUE/FALSE → TRUE()/FALSE()); text with a leading apostrophe so it is never
 * re-parsed; the KAM.* custom functions are a function plugin (kam-plugin.ts).
 */
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { useExcelNumberText } from "./number-text";
import { Rect } from "./a1";
import { ErrorValue, Scalar } from "./cells";
import { mayNeedTranslation, TableShape, translateFormula } from "./formula";
import { FastIfsPlugin, newEvaluationPass } from "./fast-ifs";
import { registerKamPlugin } from "./kam-plugin";
import type { Row, SheetModel, TableModel, WorkbookModel } from "./model";

/** HyperFormula settings closest to Excel 365 (dynamic arrays, Excel's date system and grid size). */
export const HF_CONFIG = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  smartRounding: false,
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  precisionRounding: 15,
} as const;

interface RangeLike {
  start: { sheet: number; row: number; col: number };
  end: { sheet: number; row: number; col: number };
  withStart(start: { sheet: number; row: number; col: number }): RangeLike;
}
interface RangeVertexLike {
  bruteForce: boolean;
}
interface RangeMappingInternals {
  findSmallerRange(r: RangeLike): { smallerRangeVertex?: RangeVertexLike; restRange: RangeLike };
  getRangeVertex(start: RangeLike["start"], end: RangeLike["end"]): RangeVertexLike | undefined;
}
interface DependencyGraphInternals {
  processCellDependencies(deps: unknown, vertex: unknown): void;
}

/**
 * HyperFormula links every cell of a range to the range's vertex each time a formula refers to the range,
 * even when that vertex already exists: 6,000 SUMIFS over three 90,000-row columns took minutes just to
 * enter. For a range already linked cell by cell, the links are there; this skips re-adding them (only
 * while a formula's references are processed; HyperFormula 3.5 internals, checked to exist first).
 */
function shareRangeDependencies(hf: HyperFormula): void {
  const rm = hf.rangeMapping as unknown as Partial<RangeMappingInternals>;
  const dg = hf.dependencyGraph as unknown as Partial<DependencyGraphInternals>;
  if (
    typeof rm.findSmallerRange !== "function" ||
    typeof rm.getRangeVertex !== "function" ||
    typeof dg.processCellDependencies !== "function"
  )
    return;
  const mapping = rm as RangeMappingInternals;
  const graph = dg as DependencyGraphInternals;
  const find = mapping.findSmallerRange.bind(mapping);
  const processDependencies = graph.processCellDependencies.bind(graph);
  let linking = false;
  graph.processCellDependencies = (deps, vertex) => {
    linking = true;
    try {
      processDependencies(deps, vertex);
    } finally {
      linking = false;
    }
  };
  mapping.findSmallerRange = (range) => {
    // A range vertex already linked cell by cell (bruteForce) needs no new links; a new one is not yet
    // marked, and SUM's use of findSmallerRange (outside linking) is left alone.
    if (linking && mapping.getRangeVertex(range.start, range.end)?.bruteForce)
      return { smallerRangeVertex: undefined, restRange: range.withStart({ ...range.start, row: range.end.row + 1 }) };
    return find(range);
  };
}

/** Above this many rows a block is sent row by row, skipping rows the host never stored. */
const BLOCK_ROWS = 200_000;

const cellKey = (sheet: SheetModel, r: number, c: number): string => `${sheet.id}\u0000${r}\u0000${c}`;

export class FormulaEngine {
  private hf: HyperFormula | null = null;
  /** True once the workbook has held a formula: the engine is then built at the next read. */
  private wanted = false;
  /** Rectangles written since HyperFormula last heard from the model, per sheet. */
  private pending = new Map<SheetModel, Rect[]>();
  private namesDirty = false;
  /** Formula cells that mention each table (lower-case name), so they can be re-translated when it changes. */
  private tableRefs = new Map<string, Map<string, { sheet: SheetModel; r: number; c: number }>>();
  /** Sheets where a cell was emptied: a blocked spill may now fit (HyperFormula does not retry by itself). */
  private spillCheck = new Set<SheetModel>();
  private suspended = false;
  /** How many times the engine was built (tests check it stays lazy). */
  builds = 0;

  constructor(private readonly wb: WorkbookModel) {}

  get built(): boolean {
    return this.hf !== null;
  }

  /** The HyperFormula instance, brought up to date, for tests that want to look inside. */
  instance(): HyperFormula {
    this.wanted = true;
    this.flush();
    return this.hf as HyperFormula;
  }

  private build(): HyperFormula {
    registerKamPlugin();
    this.builds++;
    // buildFromSheets (about twice as fast as adding sheets one by one) gets the constants; formulas are
    // added with evaluation suspended and computed once, at the end of flush().
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.wb.liveSheets()) sheets[sheet.name] = this.constants(sheet);
    const hf = HyperFormula.buildFromSheets(sheets, {
      ...HF_CONFIG,
      // Every registered function (KAM.* included), with the *IFS family replaced by the shared-match version.
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), FastIfsPlugin],
      context: { functionPayloadLimitBytes: this.wb.functionPayloadLimitBytes },
      // The 1904 date system: serial 0 is 1904-01-01 and there is no phantom 1900-02-29.
      ...(this.wb.date1904 ? { nullDate: { year: 1904, month: 1, day: 1 }, leapYear1900: false } : {}),
    });
    this.hf = hf;
    shareRangeDependencies(hf);
    useExcelNumberText(hf);
    for (const sheet of this.wb.liveSheets()) sheet.hfId = hf.getSheetId(sheet.name);
    this.suspend();
    this.syncNames();
    for (const sheet of this.wb.liveSheets()) {
      const id = sheet.hfId as number;
      sheet.rows.forEach((row, r) => {
        const f = row?.f;
        if (!f) return;
        // Runs of adjacent formula cells go in one call.
        for (let c = 0; c < f.length; c++) {
          if (f[c] === undefined) continue;
          const line: RawCellContent[] = [];
          const start = c;
          for (; c < f.length && f[c] !== undefined; c++) line.push(this.translate(sheet, r, c, f[c] as string));
          hf.setCellContents({ sheet: id, row: r, col: start }, [line]);
        }
      });
    }
    this.pending.clear();
    return hf;
  }

  /** Builds the engine if the workbook needs one, and sends it every change recorded since. No evaluation. */
  private ensure(): HyperFormula | null {
    if (!this.hf) {
      if (!this.wanted) return null;
      return this.build();
    }
    const hf = this.hf;
    if (this.pending.size > 0) {
      this.suspend();
      const pending = this.pending;
      this.pending = new Map();
      pending.forEach((rects, sheet) => {
        if (!sheet.deleted) for (const rect of rects) this.push(hf, sheet, rect);
      });
    }
    if (this.namesDirty) this.syncNames();
    return hf;
  }

  // ------------------------------------------------------------ model → HyperFormula

  /** A sheet's constants (formula cells left empty), as buildFromSheets takes them. */
  private constants(sheet: SheetModel): RawCellContent[][] {
    const out: RawCellContent[][] = [];
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      const width = row.v.length;
      const line: RawCellContent[] = new Array(width).fill(null);
      for (let c = 0; c < width; c++) line[c] = row.f?.[c] !== undefined ? null : this.content(sheet, row, r, c);
      out[r] = line;
    });
    for (let r = 0; r < out.length; r++) if (!out[r]) out[r] = [];
    return out;
  }

  private content(sheet: SheetModel, row: Row | undefined, r: number, c: number): RawCellContent {
    if (!row) return null;
    const f = row.f?.[c];
    if (f !== undefined) return this.translate(sheet, r, c, f);
    const v = row.v[c];
    if (v === undefined) return null;
    if (typeof v === "string") return `'${v}`;
    if (v instanceof ErrorValue) return v.code;
    return v;
  }

  private translate(sheet: SheetModel, r: number, c: number, formula: string): string {
    if (!mayNeedTranslation(formula)) return formula;
    const shape = (t: TableModel | undefined): TableShape | undefined =>
      t && {
        name: t.name,
        sheetName: t.sheet.name,
        row: t.rect.row,
        col: t.rect.col,
        rows: t.rect.rows,
        cols: t.rect.cols,
        columns: t.columns,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
      };
    const result = translateFormula(formula, {
      findTable: (name) => shape(this.wb.findTable(name)),
      tableAtFormula: () => shape(this.wb.tableAt(sheet, r, c)),
      row: r,
    });
    for (const name of result.tables) {
      let refs = this.tableRefs.get(name);
      if (!refs) this.tableRefs.set(name, (refs = new Map()));
      refs.set(cellKey(sheet, r, c), { sheet, r, c });
    }
    return result.text;
  }

  /** Records that cells in `rect` changed; HyperFormula hears of it at the next read. */
  cellsChanged(sheet: SheetModel, rect: Rect, emptied: boolean, wroteFormula: boolean): void {
    if (wroteFormula) this.wanted = true;
    if (emptied && sheet.formulaCount > 0) this.spillCheck.add(sheet);
    if (!this.hf) return; // build() reads the whole model
    let list = this.pending.get(sheet);
    if (!list) this.pending.set(sheet, (list = []));
    list.push({ ...rect });
  }

  /** Sends the model's content of `rect` to HyperFormula. */
  private push(hf: HyperFormula, sheet: SheetModel, rect: Rect): void {
    if (sheet.hfId === undefined) return;
    const id = sheet.hfId;
    const lastRow = Math.min(rect.row + rect.rows, sheet.rows.length) - 1;
    if (rect.rows <= BLOCK_ROWS) {
      const block: RawCellContent[][] = [];
      for (let r = rect.row; r <= rect.row + rect.rows - 1; r++) {
        const row = sheet.rows[r];
        const line: RawCellContent[] = new Array(rect.cols);
        for (let j = 0; j < rect.cols; j++) line[j] = this.content(sheet, row, r, rect.col + j);
        block.push(line);
      }
      hf.setCellContents({ sheet: id, row: rect.row, col: rect.col }, block);
      return;
    }
    sheet.forEachRow(rect.row, lastRow, (row, r) => {
      const line: RawCellContent[] = new Array(rect.cols);
      for (let j = 0; j < rect.cols; j++) line[j] = this.content(sheet, row, r, rect.col + j);
      hf.setCellContents({ sheet: id, row: r, col: rect.col }, [line]);
    });
  }

  sheetAdded(sheet: SheetModel): void {
    if (!this.hf) return;
    this.hf.addSheet(sheet.name);
    sheet.hfId = this.hf.getSheetId(sheet.name);
  }

  sheetRemoved(sheet: SheetModel): void {
    this.pending.delete(sheet);
    this.spillCheck.delete(sheet);
    if (!this.hf || sheet.hfId === undefined) return;
    this.suspend();
    this.hf.removeSheet(sheet.hfId);
    sheet.hfId = undefined;
  }

  sheetRenamed(sheet: SheetModel): void {
    if (!this.hf || sheet.hfId === undefined) return;
    this.hf.renameSheet(sheet.hfId, sheet.name);
    // Structured references were translated with the old sheet name; HyperFormula tracks sheets by id,
    // but re-translating keeps the stored text honest.
    this.tablesChanged(this.wb.liveTables(sheet).map((t) => t.name));
  }

  /** Re-translates every formula that mentions these tables (created, renamed, resized or deleted). */
  tablesChanged(names: string[]): void {
    if (!this.hf) return;
    for (const name of names) {
      const refs = this.tableRefs.get(name.toLowerCase());
      if (!refs) continue;
      this.tableRefs.delete(name.toLowerCase());
      for (const { sheet, r, c } of refs.values())
        if (!sheet.deleted && sheet.formulaAt(r, c) !== undefined)
          this.cellsChanged(sheet, { row: r, col: c, rows: 1, cols: 1 }, false, false);
    }
  }

  /** Mirrors workbook names as HyperFormula named expressions (only the ones it accepts). */
  namesChanged(): void {
    this.namesDirty = true;
  }

  private syncNames(): void {
    const hf = this.hf;
    if (!hf) return;
    this.namesDirty = false;
    this.suspend();
    for (const ne of hf.listNamedExpressions()) hf.removeNamedExpression(ne);
    for (const nm of this.wb.names) {
      if (nm.deleted) continue;
      try {
        hf.addNamedExpression(nm.name, nm.formula);
      } catch {
        // HyperFormula rejects some names Excel accepts; formulas using them evaluate to #NAME?.
      }
    }
  }

  // ------------------------------------------------------------ evaluation

  /** Batches changes until the next read (HyperFormula recomputes once instead of per block). */
  private suspend(): void {
    if (this.hf && !this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Brings computed values up to date. */
  flush(): void {
    const hf = this.ensure();
    if (!hf) return;
    if (this.suspended) {
      this.suspended = false;
      newEvaluationPass();
      hf.resumeEvaluation();
    }
    if (this.spillCheck.size > 0) {
      const sheets = [...this.spillCheck];
      this.spillCheck.clear();
      let redo = false;
      for (const sheet of sheets) {
        if (sheet.hfId === undefined) continue;
        for (const v of hf.arrayMapping.arrayMapping.values()) {
          const a = v.leftCorner;
          if (a.sheet !== sheet.hfId) continue;
          const value = hf.getCellValue(a);
          if (value instanceof DetailedCellError && value.type === "SPILL") {
            const f = sheet.formulaAt(a.row, a.col);
            if (f === undefined) continue;
            if (!redo) hf.suspendEvaluation();
            redo = true;
            hf.setCellContents(a, [[this.translate(sheet, a.row, a.col, f)]]);
          }
        }
      }
      if (redo) {
        newEvaluationPass();
        hf.resumeEvaluation();
      }
    }
  }

  value(sheet: SheetModel, r: number, c: number): Scalar | undefined {
    this.flush();
    const hf = this.hf;
    if (!hf || sheet.hfId === undefined) return undefined;
    const v = hf.getCellValue({ sheet: sheet.hfId, row: r, col: c });
    if (v === null || v === undefined) return sheet.formulaAt(r, c) !== undefined ? 0 : undefined;
    if (v instanceof DetailedCellError) return new ErrorValue(v.value);
    return v;
  }

  /**
   * Rectangles that spilled results cover on a sheet (for the used range). HyperFormula sizes a spill
   * when it parses the formula, so this needs no evaluation.
   */
  spillRects(sheet: SheetModel): Rect[] {
    const hf = this.ensure();
    if (!hf || sheet.hfId === undefined) return [];
    const out: Rect[] = [];
    for (const v of hf.arrayMapping.arrayMapping.values()) {
      const a = v.leftCorner;
      if (a.sheet !== sheet.hfId || !(v.width > 0) || !(v.height > 0)) continue;
      out.push({ row: a.row, col: a.col, rows: v.height, cols: v.width });
    }
    return out;
  }
}
