/**
 * `createHost()`: an in-memory Excel for tests and the playground. `host.run` behaves like `Excel.run`
 * (proxies, queued actions, one round trip per sync, 5 MB payload limits); the other members read and
 * seed the workbook directly, without syncs, for assertions and fixtures.
 */
import { cellAddress, parseRect, Rect, rectAddress, sheetAddress, splitSheet } from "./a1";
import { describeChart } from "./api/chart";
import { HostRequestContext } from "./api/workbook";
import { outwardValue } from "./cells";
import { HostCore, HostStats, newStats } from "./client";
import { formatValue } from "./format";
import { defaultPageLayout, SheetModel, WorkbookModel } from "./model";
import { DEFAULT_TYPED_INPUT, InputLocale, TypedInputOptions } from "./typed-input";
import { DEFAULT_COLUMN_WIDTH, STYLE_DEFAULTS } from "./styles";

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export type SeedCell = string | number | boolean | null;

/** A workbook to seed with `createHost({ workbook })` or `host.loadWorkbook(...)`. */
export interface WorkbookSpec {
  sheets: {
    name: string;
    /** Rows of cells from A1 (or `at`). Strings are stored as text ("=…" as formulas, "#N/A" etc. as errors). */
    cells?: SeedCell[][];
    /** Top-left cell of `cells` (default "A1"). */
    at?: string;
    /** Number formats in the same shape as `cells` (null for General). */
    numberFormats?: (string | null)[][];
    /**
     * Tables over parts of the cells, e.g. `{ name: "Accounts", range: "A1:K401" }` (header row first). With
     * `showTotals` the range's last row is the table's total row (its cells as given, e.g. "=SUBTOTAL(109,…)").
     */
    tables?: { name: string; range: string; style?: string; showTotals?: boolean }[];
  }[];
  /** Sheet to make active (default the first). */
  activeSheet?: string;
  /** The workbook uses the 1904 date system (File > Options > Advanced). */
  date1904?: boolean;
  /** Workbook-scoped defined names, e.g. `{ name: "Accounts", formula: "=Sheet1!$A$1:$A$9" }`. */
  names?: { name: string; formula: string }[];
}

export interface HostOptions {
  /** Seed workbook; without one the host starts with a single empty "Sheet1", like a new workbook. */
  workbook?: WorkbookSpec;
  /** Request size limit in bytes (default 5 MB). */
  requestLimitBytes?: number;
  /** Response size limit in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** The user's display language, which decides how written text is parsed (default "en-US"). */
  locale?: InputLocale;
  /** The current year, for dates typed without one (default this year). */
  year?: number;
  /** Custom-function argument and result payload limit in bytes (default 5 MB). */
  functionPayloadLimitBytes?: number;
  /**
   * The highest version of each requirement set this host supports, e.g. `{ ExcelApi: "1.8" }` for an Excel
   * without page layout; sets not named keep the defaults (DEFAULT_API_SETS). APIs of a newer version fail
   * their sync with ApiNotFound, and `host.isSetSupported` answers as Office.context.requirements does.
   */
  apiSets?: Record<string, string>;
}

/** What a default host supports: a current Microsoft 365 Excel. */
export const DEFAULT_API_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
};

/** "1.9" < "1.12": requirement-set versions compare part by part as numbers. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export interface CellInfo {
  address: string;
  /** What `Range.values` returns: the constant, or the formula's (or spill's) computed value; "" when empty. */
  value: string | number | boolean;
  /** The formula text, or null for a constant or empty cell. */
  formula: string | null;
  numberFormat: string;
  text: string;
  /** Fill colour, or null when the cell has no fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  horizontalAlignment: string;
  wrapText: boolean;
  borders: Record<string, { style: string; color: string; weight: string }>;
}

export interface Host {
  /** `Excel.run` for this workbook. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The workbook model itself (for advanced assertions). */
  readonly model: WorkbookModel;
  /** `Office.context.requirements.isSetSupported(set, version)` for this host (HostOptions.apiSets). */
  isSetSupported(set: string, version?: string): boolean;
  /** Round trips and payload sizes since creation or the last `resetStats()`. */
  readonly stats: HostStats;
  resetStats(): void;
  /** Makes the next `n` syncs reject with `code` (default "InvalidOperationInCellEditMode") and apply nothing. */
  failNextSyncs(n: number, code?: string, message?: string): void;
  /**
   * Makes the k-th round trip from now (1 = the next) fail with `code`. Cell-edit mode, request payload and
   * GeneralException apply nothing; ResponsePayloadSizeLimitExceeded applies the request and loses the reply.
   * With `applied`, the first `applied` actions of that request run before it fails (a fault part-way through).
   */
  failSyncAt(k: number, code: string, message?: string, applied?: number): void;
  /** Runs `fn` right after the k-th round trip from now succeeds: a user's cancel arriving between syncs. */
  afterSync(k: number, fn: () => void): void;
  /** Round trips made so far by every context (never reset; `failSyncAt` counts from here). */
  readonly syncSerial: number;
  /**
   * Deterministic JSON of the whole workbook: sheets in order (with visibility, cells, formulas, formats,
   * styles, sizes, panes, conditional formats, tables, charts, custom properties), the active sheet, defined
   * names and settings. Formula cells carry their text only, so taking it never builds HyperFormula.
   */
  workbookSnapshot(): string;
  /** Replaces the workbook with `spec` (direct, no syncs counted). */
  loadWorkbook(spec: WorkbookSpec): void;
  sheetNames(): string[];
  activeSheet(): string | null;
  /** Address of the selection, e.g. "Report!B4". */
  selection(): string | null;
  cell(sheet: string, address: string): CellInfo;
  values(sheet: string, address: string): (string | number | boolean)[][];
  formulas(sheet: string, address: string): (string | number | boolean)[][];
  text(sheet: string, address: string): string[][];
  numberFormats(sheet: string, address: string): string[][];
  /** A user edit: typed input rules (as in the Excel grid), then dependents recalculate. */
  setCell(sheet: string, address: string, value: SeedCell): void;
  /** Same for a block starting at `address`. */
  setCells(sheet: string, address: string, values: SeedCell[][]): void;
  usedRange(sheet: string, valuesOnly?: boolean): string | null;
  frozen(sheet: string): { rows: number; columns: number } | null;
  sheetInfo(sheet: string): {
    name: string;
    position: number;
    visibility: string;
    tabColor: string;
    showGridlines: boolean;
    columnWidths: Record<string, number>;
    rowHeights: Record<number, number>;
  };
  charts(sheet: string): ReturnType<typeof describeChart>[];
  /** A sheet's print setup: orientation, zoom, title rows ("$1:$3" or null), header and footer sections. */
  pageLayout(sheet: string): ReturnType<typeof pageLayoutOf>;
  conditionalFormats(sheet: string): {
    id: string;
    type: string;
    address: string;
    priority: number;
    stopIfTrue: boolean;
    colorScale: unknown;
    custom: unknown;
  }[];
  tables(): {
    name: string;
    sheet: string;
    address: string;
    dataAddress: string;
    columns: string[];
    rows: number;
    style: string;
    showTotals: boolean;
  }[];
  names(): { name: string; formula: string; type: string; value: unknown; comment: string }[];
  settings(): Record<string, unknown>;
  customProperties(sheet: string): Record<string, string>;
  /** Deterministic JSON of a sheet: every stored cell (value, formula, format, style), sizes, panes, CFs, tables, charts. */
  snapshot(sheet: string): string;
  /** True once HyperFormula has been built (the first formula). */
  engineBuilt(): boolean;
}

/** A sheet's page layout as tests read it: title rows as whole-row addresses ("$1:$3"). */
function pageLayoutOf(sheet: SheetModel) {
  const { printTitleRows: t, ...rest } = sheet.pageLayout;
  return {
    ...rest,
    zoom: { ...rest.zoom },
    header: { ...rest.header },
    footer: { ...rest.footer },
    printTitleRows: t ? `$${t.row + 1}:$${t.row + t.rows}` : null,
  };
}

function freshModel(typedInput: TypedInputOptions, functionPayloadLimitBytes: number): WorkbookModel {
  const m = new WorkbookModel();
  m.typedInput = typedInput;
  m.functionPayloadLimitBytes = functionPayloadLimitBytes;
  m.addSheet("Sheet1");
  return m;
}

export function createHost(options: HostOptions = {}): Host {
  const functionPayloadLimit = options.functionPayloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const typedInput: TypedInputOptions = {
    locale: options.locale ?? DEFAULT_TYPED_INPUT.locale,
    year: options.year ?? DEFAULT_TYPED_INPUT.year,
  };
  const core: HostCore = {
    model: freshModel(typedInput, functionPayloadLimit),
    stats: newStats(),
    requestLimitBytes: options.requestLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    responseLimitBytes: options.responseLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    failures: [],
    syncSerial: 0,
    scheduled: new Map(),
    isSetSupported: (set, version) => {
      const have = { ...DEFAULT_API_SETS, ...options.apiSets }[set];
      return have !== undefined && versionAtLeast(have, version);
    },
  };

  const sheetOf = (name: string): SheetModel => core.model.sheetOrThrow(name);
  const rectOf = (address: string): Rect => parseRect(splitSheet(address).local);

  const loadWorkbook = (spec: WorkbookSpec): void => {
    const m = new WorkbookModel();
    m.date1904 = spec.date1904 ?? false;
    m.typedInput = { ...typedInput, date1904: m.date1904 };
    m.functionPayloadLimitBytes = functionPayloadLimit;
    for (const s of spec.sheets) m.addSheet(s.name);
    for (const s of spec.sheets) {
      const sheet = m.sheetOrThrow(s.name);
      const at = parseRect(s.at ?? "A1");
      if (s.numberFormats?.length)
        m.writeNumberFormat(
          sheet,
          { row: at.row, col: at.col, rows: s.numberFormats.length, cols: s.numberFormats[0].length },
          s.numberFormats,
        );
      const cells = s.cells;
      if (cells?.length) {
        let width = 0;
        for (const r of cells) width = Math.max(width, r.length);
        // Rows may be ragged; a missing cell stays empty.
        if (width > 0)
          m.writeGrid(
            sheet,
            { row: at.row, col: at.col, rows: cells.length, cols: width },
            (i, j) => cells[i][j],
            true,
          );
      }
    }
    for (const s of spec.sheets)
      for (const t of s.tables ?? []) {
        const ref = m.resolveAddress(t.range, m.sheetOrThrow(s.name));
        const table = m.addTable(ref.sheet, ref.rect, true);
        m.renameTable(table, t.name);
        if (t.style) table.style = t.style;
        if (t.showTotals) table.showTotals = true; // the range already holds the total row
      }
    for (const n of spec.names ?? []) m.addName(n.name, n.formula, "");
    m.active = spec.activeSheet ? m.sheetOrThrow(spec.activeSheet) : (m.liveSheets()[0] ?? null);
    core.model = m;
  };
  if (options.workbook) loadWorkbook(options.workbook);

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new HostRequestContext(core);
    try {
      const result = await batch(ctx.excel);
      // Excel.run sends whatever is still queued when the batch's promise resolves.
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  const cell = (sheetName: string, address: string): CellInfo => {
    const m = core.model;
    const sheet = sheetOf(sheetName);
    const r = rectOf(address);
    const style = sheet.styleAt(r.row, r.col);
    const v = m.cellValue(sheet, r.row, r.col);
    const nf = sheet.numberFormatAt(r.row, r.col);
    const borders: CellInfo["borders"] = {};
    for (const [edge, line] of Object.entries(style?.borders ?? {})) if (line) borders[edge] = { ...line };
    return {
      address: sheetAddress(sheet.name, { row: r.row, col: r.col, rows: 1, cols: 1 }),
      value: outwardValue(v),
      formula: sheet.formulaAt(r.row, r.col) ?? null,
      numberFormat: nf ?? "General",
      text: formatValue(v, nf),
      fill: style?.fill ?? null,
      fontColor: style?.fontColor ?? STYLE_DEFAULTS.fontColor,
      bold: style?.bold ?? false,
      italic: style?.italic ?? false,
      fontSize: style?.fontSize ?? STYLE_DEFAULTS.fontSize,
      fontName: style?.fontName ?? STYLE_DEFAULTS.fontName,
      horizontalAlignment: style?.horizontalAlignment ?? STYLE_DEFAULTS.horizontalAlignment,
      wrapText: style?.wrapText ?? false,
      borders,
    };
  };

  const snapshot = (sheetName: string, formulaValues = true): string => {
    const m = core.model;
    const sheet = sheetOf(sheetName);
    const cells: [string, Record<string, unknown>][] = [];
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0, row.s?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const entry: Record<string, unknown> = {};
        const f = row.f?.[c];
        if (f !== undefined) {
          entry.f = f;
          if (formulaValues) entry.v = outwardValue(m.cellValue(sheet, r, c));
        } else if (row.v[c] !== undefined) entry.v = outwardValue(row.v[c]);
        if (row.nf?.[c] !== undefined) entry.nf = row.nf[c];
        const s = row.s?.[c];
        if (s) entry.s = Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b)));
        if (Object.keys(entry).length) cells.push([cellAddress(r, c), entry]);
      }
    });
    const sortedMap = (mp: Map<number, number>) => [...mp.entries()].sort((a, b) => a[0] - b[0]);
    return JSON.stringify({
      name: sheet.name,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
      frozen: sheet.frozen,
      columnWidths: sortedMap(sheet.colWidths),
      rowHeights: sortedMap(sheet.rowHeights),
      columnFormats: [...new Set([...sheet.colStyles.keys(), ...sheet.colNumberFormats.keys()])]
        .sort((a, b) => a - b)
        .map((c) => [c, sheet.colNumberFormats.get(c) ?? null, sheet.colStyles.get(c) ?? null]),
      cells,
      conditionalFormats: m
        .liveCfs(sheet)
        .map((c) => ({ type: c.type, address: rectAddress(c.rect), colorScale: c.colorScale, custom: c.custom })),
      tables: m.liveTables(sheet).map((t) => ({ name: t.name, address: rectAddress(t.rect), style: t.style })),
      // Without formula values, chart data is left out too (it would evaluate the formulas it shows).
      charts: m.liveCharts(sheet).map((c) => describeChart(formulaValues ? m : { readValues: () => [] }, c)),
      customProperties: [...sheet.customProps.values()],
      // Only a sheet with data validation carries it, so other sheets' snapshots stay as they were.
      ...(sheet.validations.length
        ? {
            dataValidations: sheet.validations.map((v) => ({
              address: rectAddress(v.rect),
              type: v.type,
              rule: v.rule,
              ignoreBlanks: v.ignoreBlanks,
            })),
          }
        : {}),
      // Only a sheet whose print setup was changed carries it, so other sheets' snapshots stay as they were.
      ...(JSON.stringify(sheet.pageLayout) === JSON.stringify(defaultPageLayout())
        ? {}
        : { pageLayout: pageLayoutOf(sheet) }),
    });
  };

  const host: Host = {
    run,
    isSetSupported: (set, version = "1.1") => core.isSetSupported(set, version),
    get model() {
      return core.model;
    },
    get stats() {
      return core.stats;
    },
    resetStats: () => {
      core.stats = newStats();
    },
    failSyncAt: (k, code, message, applied) => {
      core.scheduled.set(core.syncSerial + k, { code, message, applied });
    },
    afterSync: (k, fn) => {
      core.scheduled.set(core.syncSerial + k, { after: fn });
    },
    get syncSerial() {
      return core.syncSerial;
    },
    workbookSnapshot: () => {
      const m = core.model;
      return JSON.stringify({
        sheets: m.liveSheets().map((s) => JSON.parse(snapshot(s.name, false)) as unknown),
        active: m.active?.name ?? null,
        names: m.names
          .filter((n) => !n.deleted)
          .map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        settings: [...m.settings.entries()].sort(([a], [b]) => a.localeCompare(b)),
      });
    },
    failNextSyncs: (n, code = "InvalidOperationInCellEditMode", message) => {
      for (let i = 0; i < n; i++) core.failures.push({ code, message });
    },
    loadWorkbook,
    sheetNames: () => core.model.liveSheets().map((s) => s.name),
    activeSheet: () => core.model.active?.name ?? null,
    selection: () => {
      const sel = core.model.selection;
      if (sel && !sel.sheet.deleted) return sheetAddress(sel.sheet.name, sel.rect);
      const a = core.model.active;
      return a ? sheetAddress(a.name, { row: 0, col: 0, rows: 1, cols: 1 }) : null;
    },
    cell,
    values: (s, a) => core.model.readValues(sheetOf(s), rectOf(a)),
    formulas: (s, a) => core.model.readFormulas(sheetOf(s), rectOf(a)),
    text: (s, a) => core.model.readText(sheetOf(s), rectOf(a)),
    numberFormats: (s, a) => core.model.readNumberFormats(sheetOf(s), rectOf(a)),
    setCell: (s, a, value) => {
      const r = rectOf(a);
      core.model.writeContent(sheetOf(s), { row: r.row, col: r.col, rows: 1, cols: 1 }, [
        [value === null ? "" : value],
      ]);
    },
    setCells: (s, a, values) => {
      const r = rectOf(a);
      core.model.writeContent(
        sheetOf(s),
        { row: r.row, col: r.col, rows: values.length, cols: values[0]?.length ?? 0 },
        values,
      );
    },
    usedRange: (s, valuesOnly = false) => {
      const sheet = sheetOf(s);
      const r = core.model.usedRect(sheet, valuesOnly);
      return r ? sheetAddress(sheet.name, r) : null;
    },
    frozen: (s) => {
      const f = sheetOf(s).frozen;
      return f.rows === 0 && f.columns === 0 ? null : { ...f };
    },
    sheetInfo: (s) => {
      const sheet = sheetOf(s);
      const widths: Record<string, number> = {};
      for (const [c, w] of [...sheet.colWidths.entries()].sort((a, b) => a[0] - b[0]))
        if (w !== DEFAULT_COLUMN_WIDTH)
          widths[rectAddress({ row: 0, col: c, rows: 1, cols: 1 }).replace(/\d+/, "")] = w;
      return {
        name: sheet.name,
        position: core.model.position(sheet),
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        columnWidths: widths,
        rowHeights: Object.fromEntries([...sheet.rowHeights.entries()].map(([r, h]) => [r + 1, h])),
      };
    },
    pageLayout: (s) => pageLayoutOf(sheetOf(s)),
    charts: (s) => core.model.liveCharts(sheetOf(s)).map((c) => describeChart(core.model, c)),
    conditionalFormats: (s) => {
      const sheet = sheetOf(s);
      return core.model
        .liveCfs(sheet)
        .sort((a, b) => a.priority - b.priority)
        .map((c) => ({
          id: c.id,
          type: c.type,
          address: sheetAddress(sheet.name, c.rect),
          priority: c.priority,
          stopIfTrue: c.stopIfTrue,
          colorScale: c.colorScale ? JSON.parse(JSON.stringify(c.colorScale)) : null,
          custom: c.custom ? { ...c.custom } : null,
        }));
    },
    tables: () =>
      core.model.liveTables().map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: sheetAddress(t.sheet.name, t.rect),
        dataAddress: sheetAddress(t.sheet.name, t.dataRect),
        columns: [...t.columns],
        rows: t.dataRect.rows,
        style: t.style,
        showTotals: t.showTotals,
      })),
    names: () =>
      core.model.names
        .filter((n) => !n.deleted)
        .map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, ...core.model.nameValue(n) })),
    settings: () => Object.fromEntries(JSON.parse(JSON.stringify([...core.model.settings.entries()]))),
    customProperties: (s) => Object.fromEntries([...sheetOf(s).customProps.values()].map((p) => [p.key, p.value])),
    snapshot,
    engineBuilt: () => core.model.engine.built,
  };
  return host;
}
