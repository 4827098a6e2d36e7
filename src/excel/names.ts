/**
 * Names Ninegrid gives the sheets, tables and table columns it creates: the wanted name when it is free,
 * else the first free numbered variant, so a user's sheet, table or column is never taken over.
 */
import { foldText } from "../core/cells";

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** The first `n` UTF-16 units of `text`, one fewer when the cut would split an emoji's surrogate pair. */
function cutUnits(text: string, n: number): string {
  const cut = text.slice(0, n);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Excel refuses a sheet named "History" (it keeps the name for change tracking). */
const isReservedSheetName = (name: string): boolean => name.toLowerCase() === "history";

/** "Accounts", "Accounts (2)", … : the first name no sheet has yet (`taken` lower-cased; 31 characters at most). */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cutUnits(wanted, SHEET_NAME_MAX);
  if (!taken.has(base.toLowerCase()) && !isReservedSheetName(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = cutUnits(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
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

/** "Score", then "Score (2)", … : the first header no other column of the table has (`taken` folded with foldText). */
export function freeHeader(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(foldText(wanted))) return wanted;
  for (let i = 2; ; i++) if (!taken.has(foldText(`${wanted} (${i})`))) return `${wanted} (${i})`;
}
