import { CellValue } from "../core/cells";
import { TableSource } from "../core/parse-table";
import { parseCell, quoteSheet, rangeAddress, unquote } from "../core/a1";
import { PLAN_KINDS, PlanKind, TableKind } from "../core/fields";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../core/headers";
import { DEFAULT_BUDGET_BYTES, jsonBytes } from "./chunks";
import { Date1904Error, probeDate1904 } from "./date-system";
import { PLAN_TAG, resolvePlanTables } from "./plan-tables-find";
import { ExcelRun, officeErrorCode, runWithRetry } from "./run";
import { readSheetTag } from "./write-executor";

/** A table (ListObject) the user can pick as a source in the Data pane. */
export interface TableInfo {
  name: string;
  sheet: string;
  /** A1 address of the header row and data, without the sheet (a table's total row is not included). */
  address: string;
  /** Data rows: a table's data body (never its total row), or a range's rows below its header. */
  rows: number;
  headers: string[];
  /** A plain range (not an Excel table): `name` is then its sheet-qualified address. */
  range?: boolean;
  /** The ESP plan table this table is (DOMAIN.md §10), found as the Key Accounts review finds it. */
  plan?: PlanKind;
}

const stripSheet = (address: string) => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/**
 * Lists the workbook's tables with their headers, in two round trips. The row count is the data body's:
 * a total row is not a row of the list (DOMAIN.md §2).
 */
export async function listTables(run: ExcelRun): Promise<TableInfo[]> {
  return runWithRetry(run, async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const info = tables.items.map((t) => {
      const header = t.getHeaderRowRange();
      const body = t.getDataBodyRange();
      const sheet = t.worksheet;
      // The plan-sheet tag rides along, so the list says which tables are the ESP plan tables.
      const tag = sheet.customProperties.getItemOrNullObject(PLAN_TAG);
      header.load("address,values");
      body.load("address,rowCount");
      sheet.load("name");
      tag.load("value");
      return { t, header, body, sheet, tag };
    });
    await context.sync();
    const plans = resolvePlanTables(
      info.map(({ sheet, tag }) => ({ name: sheet.name, tag: readSheetTag(tag) })),
      info.map(({ t, sheet }) => ({ name: t.name, sheet: sheet.name })),
    ).found;
    const planOf = (name: string) => PLAN_KINDS.find((k) => plans[k] === name);
    return info.map(({ t, header, body, sheet }) => ({
      name: t.name,
      sheet: sheet.name,
      address: `${stripSheet(header.address).split(":")[0]}:${stripSheet(body.address).split(":").pop()}`,
      rows: body.rowCount,
      headers: (header.values[0] ?? []).map((h) => String(h)),
      ...(planOf(t.name) ? { plan: planOf(t.name) } : {}),
    }));
  });
}

/** Rows and columns of a sheet area, 0-based, as Excel.Range reports them. */
interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadOptions {
  budgetBytes?: number;
  signal?: AbortSignal;
  /** Counts round trips: `syncs` in all, of which `chunks` carried cell data; `halvings`: chunks refused as too large. */
  stats?: { syncs: number; chunks: number; halvings?: number };
  /**
   * Given the header row, the columns whose number formats the parser needs (its date columns); formats
   * of the other columns are not sent after the first chunk. Default: every column.
   */
  formatColumns?: (header: readonly CellValue[]) => readonly number[];
}

/** Rows of the first chunk, whose measured bytes size the next; any chunk found too large is halved. */
const FIRST_CHUNK_ROWS = 200;

/** Excel on the web's error for a response over 5 MB (the request was fine; nothing was changed). */
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** Runs of adjacent column indexes, so formats of neighbouring columns come as one range. */
function spans(columns: readonly number[], width: number): { start: number; cols: number }[] {
  const sorted = [...new Set(columns)].filter((c) => c >= 0 && c < width).sort((a, b) => a - b);
  const out: { start: number; cols: number }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.start + last.cols === c) last.cols++;
    else out.push({ start: c, cols: 1 });
  }
  return out;
}

/**
 * Reads a whole range's values and number formats (so dates are recognised) in responses under the
 * byte budget (Excel on the web also rejects a response over 5 MB): one sync per chunk carries both.
 * The first chunk brings every column's formats; later ones only those `formatColumns` asks for.
 * Only reads: the source is never written to. In a 1904-date-system workbook a source with date columns
 * is refused (date-system.ts).
 */
async function readSource(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  range: Area,
  options: ReadOptions,
  date1904: boolean,
): Promise<TableSource> {
  const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols } = range;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  let formatSpans: { start: number; cols: number }[] | null = null; // null until the header row is read
  let formatBytesPerRow = 0;
  let next = top;
  let perChunk = Math.min(rows, FIRST_CHUNK_ROWS);
  while (next < top + rows) {
    if (options.signal?.aborted) throw new Error("Reading cancelled.");
    const count = Math.min(perChunk, top + rows - next);
    const r = sheet.getRange(rangeAddress(next, left, count, cols));
    // The first chunk brings every column's formats; the header row in it decides which later chunks bring.
    if (formatSpans === null) r.load("values,numberFormat");
    else r.load("values");
    const parts = (formatSpans ?? []).map((s) => {
      const part = sheet.getRange(rangeAddress(next, left + s.start, count, s.cols));
      part.load("numberFormat");
      return { ...s, part };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response per chunk is the point: each must stay under 5 MB
      await context.sync();
    } catch (e) {
      // Rows further down can weigh more than any measured so far (a notes column filled only later):
      // Excel refuses the response and nothing is lost, so the same rows are asked for again in halves.
      if (officeErrorCode(e) !== RESPONSE_TOO_LARGE) throw e;
      if (options.stats) options.stats.syncs++;
      if (count === 1) throw new Error(`Row ${next + 1} of ${sheetName} is larger than Excel's 5 MB response limit.`);
      perChunk = Math.ceil(count / 2);
      if (options.stats) options.stats.halvings = (options.stats.halvings ?? 0) + 1;
      continue;
    }
    if (options.stats) {
      options.stats.syncs++;
      options.stats.chunks++;
    }
    values.push(...(r.values as CellValue[][]));
    let formatBytes = 0;
    if (formatSpans === null) {
      formats.push(...(r.numberFormat as string[][]));
      const dateColumns = options.formatColumns?.(values[0] ?? []);
      if (date1904 && dateColumns?.length) throw new Date1904Error(sheetName);
      const wanted = dateColumns ?? Array.from({ length: cols }, (_, c) => c);
      formatSpans = spans(wanted, cols);
      // Later chunks carry only these columns' formats: size them on those.
      for (const s of formatSpans)
        formatBytes += jsonBytes((r.numberFormat as string[][]).map((row) => row.slice(s.start, s.start + s.cols)));
      formatBytesPerRow = formatBytes / count;
    } else {
      // Formats repeat down a column: the first chunk's weight per row sizes the rest (no re-serialising).
      formatBytes = formatBytesPerRow * count;
      for (let i = 0; i < count; i++) {
        // Columns whose formats were not read stay unknown (undefined), which the parser treats leniently.
        const row = new Array<string | undefined>(cols);
        for (const p of parts) for (let j = 0; j < p.cols; j++) row[p.start + j] = p.part.numberFormat[i][j] as string;
        formats.push(row);
      }
    }
    // Size the next chunk from the measured bytes of this one, with a margin for uneven rows; a heavier
    // region further down is caught by the halving above.
    const perRow = Math.max(1, (jsonBytes(r.values) + formatBytes) / count);
    perChunk = Math.max(1, Math.floor((budget * 0.8) / perRow));
    next += count;
  }
  return { sheet: sheetName, values, numberFormats: formats, headerRow: top + 1, firstColumn: left };
}

/**
 * Reads a table as a TableSource for the core parser: its header row, then its data body. The total row
 * is never read (DOMAIN.md §2: a "Total" summing the list must not become an account).
 */
export async function readTable(run: ExcelRun, tableName: string, options: ReadOptions = {}): Promise<TableSource> {
  return runWithRetry(run, async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const header = table.getHeaderRowRange();
    const body = table.getDataBodyRange();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property (a proxy), not a loaded value
    const sheet = table.worksheet;
    header.load("rowIndex,columnIndex,columnCount");
    body.load("rowIndex,rowCount");
    sheet.load("name");
    const date1904 = probeDate1904(context);
    await context.sync();
    if (options.stats) options.stats.syncs++;
    // The header row sits right above the data body; the total row, if shown, right below it.
    const area = {
      rowIndex: header.rowIndex,
      columnIndex: header.columnIndex,
      columnCount: header.columnCount,
      rowCount: body.rowIndex + body.rowCount - header.rowIndex,
    };
    return readSource(context, sheet, sheet.name, area, options, date1904());
  });
}

/**
 * Where a plain range's list is: its rows from the header down (title lines above the header left out,
 * DOMAIN.md §2), found from the first 10 rows in one round trip after locating the range.
 */
async function locateHeader(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: Area,
  kinds: readonly TableKind[] | undefined,
  options: ReadOptions,
): Promise<{ area: Area; header: string[] }> {
  const top = sheet.getRange(
    rangeAddress(range.rowIndex, range.columnIndex, Math.min(range.rowCount, HEADER_SEARCH_ROWS), range.columnCount),
  );
  top.load("values");
  await context.sync();
  if (options.stats) options.stats.syncs++;
  const rows = top.values as CellValue[][];
  const skip = findHeaderRow(rows, kinds);
  const area = { ...range, rowIndex: range.rowIndex + skip, rowCount: range.rowCount - skip };
  return { area, header: (rows[skip] ?? []).map((h) => String(h ?? "")) };
}

/** Finds a plain range: the address given, or the sheet's used range (values only). */
async function plainRange(context: Excel.RequestContext, sheet: Excel.Worksheet, address?: string): Promise<Area> {
  const range = address ? sheet.getRange(address) : sheet.getUsedRange(true);
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  // A plain object: an async function must not resolve to a proxy (its `then` would be looked up).
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return { rowIndex, columnIndex, rowCount, columnCount };
}

/**
 * Reads a plain range with a header row (a sheet's used range, or an address on it). The header is the
 * first of the top 10 rows that names two fields of `kind` (any list when absent); rows above it are titles.
 */
export async function readRange(
  run: ExcelRun,
  sheetName: string,
  address?: string,
  options: ReadOptions & { kind?: TableKind } = {},
): Promise<TableSource> {
  return runWithRetry(run, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const date1904 = probeDate1904(context); // answered by plainRange's round trip
    const range = await plainRange(context, sheet, address);
    if (options.stats) options.stats.syncs++;
    const { area } = await locateHeader(context, sheet, range, options.kind && [options.kind], options);
    return readSource(context, sheet, sheetName, area, options, date1904());
  });
}

/**
 * Describes a plain range for the Data pane's "Use a range": the selection when it spans more than one
 * row, else the active sheet's used range, from its header row down (DOMAIN.md §2 title lines).
 */
export async function describeRange(run: ExcelRun, useSelection = true): Promise<TableInfo> {
  return runWithRetry(run, async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,rowCount");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const sheetName = selected.address.includes("!") ? unquote(selected.address) : active.name;
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const range = await plainRange(
      context,
      sheet,
      useSelection && selected.rowCount > 1 ? stripSheet(selected.address) : undefined,
    );
    const { area, header } = await locateHeader(context, sheet, range, undefined, {});
    const address = rangeAddress(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount);
    return {
      name: `${quoteSheet(sheetName)}!${address}`,
      sheet: sheetName,
      address,
      rows: Math.max(0, area.rowCount - 1),
      headers: header,
      range: true,
    };
  });
}

/** Selects a cell, e.g. the source of a validation error the user clicked. */
export async function selectCell(run: ExcelRun, sheetName: string, address: string): Promise<void> {
  parseCell(address); // refuse anything that is not a plain cell address
  await runWithRetry(run, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
