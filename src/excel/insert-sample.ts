import { rangeAddress } from "../core/a1";
import { localizeHeaders, SampleCell, SampleTable, SampleWorkbook } from "../sample";
import { DEFAULT_BUDGET_BYTES, jsonBytes, sliceRows } from "./chunks";
import { ExcelRun, runWithRetry } from "./run";
import { asLiteralText } from "./user-text";

export type SampleLanguage = "en-US" | "zh-CN";

export interface InsertSampleOptions {
  /** Header language: Chinese headers are DOMAIN.md §2 synonyms, so detection works the same. Default en-US. */
  language?: SampleLanguage;
  budgetBytes?: number;
}

export interface InsertSampleResult {
  /** Sheet names actually used, in the order Accounts, Opportunities, Assignments, Quotas. */
  sheets: string[];
  /** Table names actually used, same order. */
  tables: string[];
  /** Every context.sync() made. */
  roundTrips: number;
}

const KINDS = ["accounts", "opportunities", "assignments", "quotas"] as const;

/** Chinese sheet names; table names stay ASCII so formulas and docs read the same in both languages. */
const SHEET_ZH: Record<(typeof KINDS)[number], string> = {
  accounts: "客户",
  opportunities: "商机",
  assignments: "客户覆盖",
  quotas: "指标",
};

/** "Accounts", "Accounts (2)", … : the first name no sheet has yet (case-insensitive, 31 characters). */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Table names cannot hold spaces or parentheses, so a clash gives "Accounts2", as Excel's own "Table2" does.
 * `taken` holds existing table names and defined names (they share one namespace), lower-cased.
 */
export function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}${i}`.toLowerCase())) return `${wanted}${i}`;
}

const toExcel = (c: SampleCell): string | number | boolean =>
  c === null ? "" : typeof c === "string" ? asLiteralText(c) : c;

interface Op {
  sheet: number;
  address: string;
  property: "values" | "numberFormat";
  payload: (string | number | boolean)[][];
  bytes: number;
}

/** Header row and data rows as values, then one number format per column for the data rows. */
function tableOps(index: number, t: SampleTable, budget: number): { values: Op[]; formats: Op[] } {
  const width = t.headers.length;
  const rows = [
    t.headers.map((h) => asLiteralText(h)),
    ...t.rows.map((r) => t.headers.map((_, j) => toExcel(r[j] ?? null))),
  ];
  const values = sliceRows(
    rows.map((r) => jsonBytes(r) + 1),
    budget,
  ).map((s) => ({
    sheet: index,
    address: rangeAddress(s.start, 0, s.count, width),
    property: "values" as const,
    payload: rows.slice(s.start, s.start + s.count),
    bytes: s.bytes,
  }));
  const formats: Op[] = [];
  const fmtRow = t.headers.map((h) => t.numberFormats?.[h] ?? "General");
  if (t.rows.length && fmtRow.some((f) => f !== "General")) {
    const perRow = jsonBytes(fmtRow) + 1;
    for (const s of sliceRows(new Array<number>(t.rows.length).fill(perRow), budget))
      formats.push({
        sheet: index,
        address: rangeAddress(1 + s.start, 0, s.count, width),
        property: "numberFormat",
        payload: new Array(s.count).fill(fmtRow),
        bytes: s.bytes,
      });
  }
  return { values, formats };
}

/** Groups ops into requests under the budget, in order. */
function pack(ops: readonly Op[], budget: number): Op[][] {
  const requests: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) requests.push(current);
  return requests;
}

/**
 * Writes the sample workbook's four tables as Excel tables, each on a new sheet, in one round trip to
 * learn the names in use plus one per payload chunk (under the byte budget): sheets are created with
 * the first chunk, values first and number formats (dates as yyyy-mm-dd) after, and the tables are made
 * with the last chunk. A name in use gets " (2)" (sheets) or "2" (tables); no existing sheet is touched.
 * Sample text such as "=HYPERLINK(…)" is written so it stays text.
 */
export async function insertSampleWorkbook(
  run: ExcelRun,
  wb: SampleWorkbook,
  options: InsertSampleOptions = {},
): Promise<InsertSampleResult> {
  const language = options.language ?? "en-US";
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const tables = KINDS.map((k) => localizeHeaders(wb[k], language));
  const ops = tables.map((t, i) => tableOps(i, t, budget));
  // Values first, number formats after, packed together: a small sample is one request.
  const requests = pack([...ops.flatMap((o) => o.values), ...ops.flatMap((o) => o.formats)], budget);

  return runWithRetry(run, async (context) => {
    let roundTrips = 0;
    const sheets = context.workbook.worksheets;
    const existingTables = context.workbook.tables;
    const names = context.workbook.names;
    sheets.load("items/name");
    existingTables.load("items/name");
    names.load("items/name");
    await context.sync();
    roundTrips++;

    const takenSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    // Table names and defined names share one namespace: a name "Accounts" makes the table "Accounts2".
    const takenTables = new Set([...existingTables.items, ...names.items].map((t) => t.name.toLowerCase()));
    const sheetNames: string[] = [];
    const tableNames: string[] = [];
    KINDS.forEach((kind, i) => {
      const sheetName = freeSheetName(language === "zh-CN" ? SHEET_ZH[kind] : tables[i].name, takenSheets);
      takenSheets.add(sheetName.toLowerCase());
      sheetNames.push(sheetName);
      const tableName = freeTableName(tables[i].name, takenTables);
      takenTables.add(tableName.toLowerCase());
      tableNames.push(tableName);
    });

    // The sheets are created in the same request as the first chunk of values.
    const targets = sheetNames.map((name) => sheets.add(name));
    for (let r = 0; r < requests.length; r++) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const op of requests[r]) targets[op.sheet].getRange(op.address)[op.property] = op.payload;
      if (r === requests.length - 1) {
        tables.forEach((t, i) => {
          const range = rangeAddress(0, 0, Math.max(2, t.rows.length + 1), t.headers.length);
          const table = targets[i].tables.add(range, true);
          table.name = tableNames[i];
          targets[i].getRange(rangeAddress(0, 0, 1, t.headers.length)).format.autofitColumns();
        });
        targets[0].activate();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk is the point: each must stay under 5 MB
      await context.sync();
      roundTrips++;
    }
    return { sheets: sheetNames, tables: tableNames, roundTrips };
  });
}
