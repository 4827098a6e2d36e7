/**
 * Deliberate bad and hostile cells for tests (DOMAIN.md §2 "Bad input"): each planted
 * cell is listed with what a correct reader should do with it.
 */
import type { Rng } from "./random";
import type { SampleCell, SampleTable, SampleWorkbook } from "./generate";

export type DirtyKind =
  | "textNumber" // "1,234": thousands separators, accepted
  | "currencyText" // "¥2,000", "$ 3,500.50": currency sign, accepted
  | "ambiguousNumber" // "3.5M", "about 2000": bad cell
  | "negativeNumber" // negative amount: bad cell
  | "unknownStage" // stage name or number not in the stage table: bad cell
  | "errorValue" // "#N/A": an Excel error value, bad cell
  | "blankRequired" // blank required field: bad row
  | "duplicateId" // second occurrence of an account ID: bad row
  | "formulaLike" // text starting with = + @ that must stay text when written back
  | "longText" // a 5,000-character name
  | "emoji" // astral-plane characters
  | "rtl"; // Arabic / Hebrew text

export interface DirtyCell {
  table: "Accounts" | "Opportunities" | "Assignments" | "Quotas";
  /** 0-based index into the table's `rows` (the sheet row is `row + 2` for a table at A1). */
  row: number;
  /** English header of the column. */
  column: string;
  kind: DirtyKind;
  /** The planted value. */
  value: SampleCell;
  /**
   * What a correct reader does: `accept` (parse to `parsed`), `reject` (report the
   * row as bad with this column), or `text` (valid text that must stay text verbatim).
   */
  expect: "accept" | "reject" | "text";
  /** For `accept`: the number the cell must parse to. */
  parsed?: number;
}

/** A 5,000-character name mixing scripts (exactly 5,000 UTF-16 code units, no surrogates). */
export const LONG_NAME: string = "超长名称 Very Long Account Name ".repeat(200).slice(0, 5000);

/** Formula-like names: written as values they would become formulas unless escaped. */
export const FORMULA_NAMES = ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)"] as const;
export const EMOJI_NAME = "🚀 火箭数科有限公司 🎉";
export const RTL_NAMES = ["شركة النور للتجارة", 'חברת אור בע"מ'] as const;

function pickDistinct(rng: Rng, n: number, k: number): number[] {
  const set = new Set<number>();
  while (set.size < k) set.add(rng.int(n));
  return [...set];
}

function colIndex(table: SampleTable, column: string): number {
  const i = table.headers.indexOf(column);
  if (i < 0) throw new Error(`no column ${column} in ${table.name}`);
  return i;
}

/** Plants the dirty cells into `wb` in place and returns their list. */
export function plantDirtyCells(wb: SampleWorkbook, rng: Rng): DirtyCell[] {
  const need: [SampleTable, number][] = [
    [wb.accounts, 14],
    [wb.opportunities, 6],
    [wb.assignments, 1],
    [wb.quotas, 1],
  ];
  for (const [t, k] of need) {
    if (t.rows.length < k) throw new RangeError(`dirty: ${t.name} needs at least ${k} rows, has ${t.rows.length}`);
  }
  const out: DirtyCell[] = [];
  const plant = (
    table: SampleTable,
    row: number,
    column: string,
    kind: DirtyKind,
    value: SampleCell,
    expect: DirtyCell["expect"],
    parsed?: number,
  ): void => {
    table.rows[row][colIndex(table, column)] = value;
    const cell: DirtyCell = { table: table.name as DirtyCell["table"], row, column, kind, value, expect };
    if (parsed !== undefined) cell.parsed = parsed;
    out.push(cell);
  };

  const acc = wb.accounts;
  const a = pickDistinct(rng, acc.rows.length, 14);
  plant(acc, a[0], "Contribution", "textNumber", "1,234", "accept", 1234);
  plant(acc, a[1], "Potential", "currencyText", "¥2,000", "accept", 2000);
  plant(acc, a[2], "Contribution", "errorValue", "#N/A", "reject");
  plant(acc, a[3], "Account Name", "blankRequired", null, "reject");
  // Duplicate ID: the later of two rows takes the earlier one's ID; the later row is the bad one.
  const [first, second] = a[4] < a[5] ? [a[4], a[5]] : [a[5], a[4]];
  plant(acc, second, "Account ID", "duplicateId", acc.rows[first][colIndex(acc, "Account ID")], "reject");
  FORMULA_NAMES.forEach((name, k) => plant(acc, a[6 + k], "Account Name", "formulaLike", name, "text"));
  plant(acc, a[9], "Account Name", "longText", LONG_NAME, "text");
  plant(acc, a[10], "Account Name", "emoji", EMOJI_NAME, "text");
  plant(acc, a[11], "Account Name", "rtl", RTL_NAMES[0], "text");
  plant(acc, a[12], "Account Name", "rtl", RTL_NAMES[1], "text");
  plant(acc, a[13], "Reference Value", "ambiguousNumber", "about 7", "reject");

  const opp = wb.opportunities;
  const o = pickDistinct(rng, opp.rows.length, 6);
  plant(opp, o[0], "Amount", "currencyText", "$ 3,500.50", "accept", 3500.5);
  plant(opp, o[1], "Amount", "ambiguousNumber", "3.5M", "reject");
  plant(opp, o[2], "Amount", "negativeNumber", -12_000, "reject");
  plant(opp, o[3], "Stage", "unknownStage", "Closed-ish", "reject");
  plant(opp, o[4], "Stage", "unknownStage", 9, "reject");
  plant(opp, o[5], "Amount", "ambiguousNumber", "about 2000", "reject");

  plant(wb.assignments, rng.int(wb.assignments.rows.length), "Rep", "blankRequired", null, "reject");
  plant(wb.quotas, rng.int(wb.quotas.rows.length), "Quota", "currencyText", "¥1,200,000", "accept", 1_200_000);
  return out;
}
