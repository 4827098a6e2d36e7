/**
 * The rerun of "Create or update plan tables" as a pure function (DOMAIN.md §10): from the key accounts
 * and the three tables as read, what to append and which Not key since cells to set or clear. It never
 * deletes a row, never changes a cell outside the computed column, never changes text there, and never
 * adds a row for an account that already has one: running it again after applying it changes nothing.
 */
import { cellText, CellValue, foldText, isBlank } from "./cells";
import { AREA_NAMES, Question, QUESTION_BANK, TableLanguage } from "./esp-questions";
import { ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN, PlanTableDef, planHeaders } from "./esp-tables";
import { PlanKind } from "./fields";
import { ColumnMapping, detectMapping } from "./headers";
import { Reason } from "./reasons";
import { Tier } from "./tiers";

/** A plan table as read: its header row and data body (no total row), cells as Excel gives them. */
export interface PlanTableState {
  headers: readonly CellValue[];
  rows: readonly (readonly CellValue[])[];
}

export interface MergeInput {
  /** The key accounts now (key-accounts.ts), in the order new rows are added. */
  keyAccounts: readonly { name: string; tier: Tier | null; owner: string | null }[];
  /** Each table as read; absent or null when the workbook has no such table yet. */
  tables: Partial<Record<PlanKind, PlanTableState | null>>;
  /** Report date (Excel serial), written as the Not key since date. */
  asOf: number;
  /** Language of new tables; rows added to an existing table follow its headers' language. */
  language: TableLanguage;
  /** Questions a new key account's status rows are made from (default: the bank). */
  questions?: readonly Question[];
}

/** One cell to write in an existing table: 0-based data row and column. `null` clears the cell. */
export interface CellUpdate {
  row: number;
  column: number;
  value: number | null;
}

export interface TableMerge {
  kind: PlanKind;
  /** The table does not exist: create it with `headers`, then append `append`. */
  create: boolean;
  /** Header row, as written (new table) or as read (existing one). */
  headers: string[];
  /** Rows to add below the data body, each as long as `headers`. */
  append: CellValue[][];
  /** Cells of the computed Not key since column to set or clear. */
  updates: CellUpdate[];
  /** Why nothing was merged (a key column is missing), or a note (no Not key since column). */
  problems: Reason[];
}

export type PlanMerge = Record<PlanKind, TableMerge>;

const DEFS: Record<PlanKind, PlanTableDef> = {
  accountPlans: ACCOUNT_PLANS,
  accountStatus: ACCOUNT_STATUS,
  actionPlan: ACTION_PLAN,
};

/** The language an existing table's headers are written in: the one more of its headers match. */
function languageOf(def: PlanTableDef, headers: readonly CellValue[], fallback: TableLanguage): TableLanguage {
  const folded = new Set(headers.map((h) => foldText(cellText(h))));
  const hits = (lang: TableLanguage) => def.columns.filter((c) => folded.has(foldText(c.header[lang]))).length;
  const zh = hits("zh");
  const en = hits("en");
  return zh === en ? fallback : zh > en ? "zh" : "en";
}

/** A row in the table's column order from field values; columns of no field (the user's own) stay blank. */
function rowFor(width: number, mapping: ColumnMapping, values: Record<string, CellValue>): CellValue[] {
  const row: CellValue[] = new Array<CellValue>(width).fill(null);
  for (const [key, value] of Object.entries(values)) {
    const col = mapping[key];
    if (col !== null && col !== undefined) row[col] = value;
  }
  return row;
}

interface Frame {
  def: PlanTableDef;
  merge: TableMerge;
  mapping: ColumnMapping;
  rows: readonly (readonly CellValue[])[];
  language: TableLanguage;
}

/** The table as it is, or as it will be created; a missing key column stops the merge of that table. */
function frame(kind: PlanKind, input: MergeInput): Frame {
  const def = DEFS[kind];
  const state = input.tables[kind] ?? null;
  const headers = state ? state.headers.map((h) => cellText(h)) : planHeaders(def, input.language);
  const language = state ? languageOf(def, state.headers, input.language) : input.language;
  const mapping = detectMapping(kind, headers);
  const merge: TableMerge = { kind, create: !state, headers, append: [], updates: [], problems: [] };
  for (const c of def.columns)
    if (c.role === "key" && mapping[c.key] === null)
      merge.problems.push({ code: "missingColumn", params: { field: c.key } });
  return { def, merge, mapping, rows: state?.rows ?? [], language };
}

/** Folded account names of the rows that have one. */
function accountsIn(f: Frame): Set<string> {
  const col = f.mapping.account;
  const out = new Set<string>();
  if (col === null || col === undefined) return out;
  for (const r of f.rows) if (!isBlank(r[col])) out.add(foldText(cellText(r[col])));
  return out;
}

/** Key accounts with no row in the table yet, each once (folded name). */
function newAccounts(f: Frame, input: MergeInput): MergeInput["keyAccounts"] {
  const present = accountsIn(f);
  return input.keyAccounts.filter((k) => {
    const key = foldText(k.name);
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
}

function mergePlans(input: MergeInput, keyNow: ReadonlySet<string>): TableMerge {
  const f = frame("accountPlans", input);
  if (f.merge.problems.length) return f.merge;
  const width = f.merge.headers.length;
  for (const k of newAccounts(f, input))
    f.merge.append.push(rowFor(width, f.mapping, { account: k.name, tier: k.tier, owner: k.owner }));
  const accountCol = f.mapping.account as number;
  const markCol = f.mapping.notKeySince;
  if (markCol === null || markCol === undefined) {
    f.merge.problems.push({ code: "missingColumn", params: { field: "notKeySince" } });
    return f.merge;
  }
  f.rows.forEach((r, row) => {
    if (isBlank(r[accountCol])) return;
    const key = keyNow.has(foldText(cellText(r[accountCol])));
    const mark = r[markCol];
    // Only blanks and dates are Ninegrid's: text typed in the column is the user's and stays.
    if (!key && isBlank(mark)) f.merge.updates.push({ row, column: markCol, value: input.asOf });
    else if (key && typeof mark === "number") f.merge.updates.push({ row, column: markCol, value: null });
  });
  return f.merge;
}

function mergeStatus(input: MergeInput): TableMerge {
  const f = frame("accountStatus", input);
  if (f.merge.problems.length) return f.merge;
  const questions = input.questions ?? QUESTION_BANK;
  for (const k of newAccounts(f, input))
    for (const q of questions)
      f.merge.append.push(
        rowFor(f.merge.headers.length, f.mapping, {
          account: k.name,
          questionId: q.id,
          area: AREA_NAMES[q.area][f.language],
          question: q.text[f.language],
          weight: q.weight,
        }),
      );
  return f.merge;
}

/**
 * Plans the rerun of "Create or update plan tables" (DOMAIN.md §10). A missing table is created. Account
 * Plans gets a row (account, tier, owner) for each key account with none; Account Status gets one row per
 * question for each key account with no row at all (so questions the user deleted stay deleted); Action
 * Plan gets no rows. A row whose account is no longer key gets the report date in Not key since when that
 * cell is blank; a key account's date there is cleared. Nothing else is ever written.
 */
export function planTablesMerge(input: MergeInput): PlanMerge {
  const keyNow = new Set(input.keyAccounts.map((k) => foldText(k.name)));
  const actions = frame("actionPlan", input).merge;
  return { accountPlans: mergePlans(input, keyNow), accountStatus: mergeStatus(input), actionPlan: actions };
}

/** The tables after a merge is applied: what the Excel layer writes, as plain data (for tests and previews). */
export function applyPlanMerge(tables: MergeInput["tables"], merge: PlanMerge): Record<PlanKind, PlanTableState> {
  const out = {} as Record<PlanKind, PlanTableState>;
  for (const kind of Object.keys(merge) as PlanKind[]) {
    const m = merge[kind];
    const before = tables[kind] ?? { headers: m.headers, rows: [] };
    const rows = before.rows.map((r) => [...r]);
    for (const u of m.updates) rows[u.row][u.column] = u.value;
    out[kind] = { headers: before.headers, rows: [...rows, ...m.append.map((r) => [...r])] };
  }
  return out;
}
