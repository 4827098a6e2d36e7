/**
 * Finding the ESP plan tables (DOMAIN.md §10) in a workbook: a sheet Ninegrid created carries a tag
 * (worksheet custom property `NinegridPlan`, JSON `{ kind, state, table }`); failing that, a table with the
 * plan table's own name (AccountPlans, …) is taken as the user's copy of it. Two round trips, no writes.
 */
import { PLAN_TABLES } from "../core/esp-tables";
import { PLAN_KINDS, PlanKind } from "../core/fields";
import { ExcelRun, runWithRetry } from "./run";
import { readSheetTag } from "./write-executor";

/** Worksheet custom property marking a plan sheet Ninegrid created. */
export const PLAN_TAG = "NinegridPlan";

export interface PlanTag {
  kind: PlanKind;
  state: "building" | "ready";
  table: string;
}

export interface FoundPlanTables {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
  /** Each plan table already in the workbook. */
  found: Partial<Record<PlanKind, Excel.Table>>;
  /** Sheets a run that died left tagged "building": Ninegrid's, half written. */
  stale: Excel.Worksheet[];
}

const isPlanKind = (k: unknown): k is PlanKind => PLAN_KINDS.includes(k as PlanKind);

/**
 * Which table is each plan table, from the sheets' tags and the tables (pure): a sheet tagged "ready" gives
 * its tagged table (or its first); failing that, a table with the plan table's own name, unless it is on a
 * sheet a dead run left tagged "building" (`stale`).
 */
export function resolvePlanTables(
  sheets: readonly { name: string; tag: unknown }[],
  tables: readonly { name: string; sheet: string }[],
): { found: Partial<Record<PlanKind, string>>; stale: string[] } {
  const found: Partial<Record<PlanKind, string>> = {};
  const stale: string[] = [];
  for (const ws of sheets) {
    const tag = (ws.tag ?? {}) as Partial<PlanTag>;
    if (!isPlanKind(tag.kind)) continue;
    if (tag.state !== "ready") {
      stale.push(ws.name);
      continue;
    }
    const onSheet = tables.filter((t) => t.sheet === ws.name);
    const table = onSheet.find((t) => t.name === tag.table) ?? onSheet[0];
    if (table && !found[tag.kind]) found[tag.kind] = table.name;
  }
  for (const def of PLAN_TABLES) {
    if (found[def.kind]) continue;
    const named = tables.find((t) => t.name.toLowerCase() === def.tableName.toLowerCase());
    if (named && !stale.includes(named.sheet)) found[def.kind] = named.name;
  }
  return { found, stale };
}

/** Loads sheets, tables, names and tags (`read` is the one sync) and finds the plan tables. */
export async function findPlanTables(
  context: Excel.RequestContext,
  read: () => Promise<void>,
): Promise<FoundPlanTables> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  const tables = workbook.tables;
  const names = workbook.names;
  sheets.load("items/name");
  tables.load("items/name,items/worksheet/name");
  names.load("items/name");
  await read();
  const tags = sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(PLAN_TAG));
  tags.forEach((t) => t.load("value"));
  await read();

  const resolved = resolvePlanTables(
    sheets.items.map((ws, i) => ({ name: ws.name, tag: readSheetTag(tags[i]) })),
    tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  );
  const found: Partial<Record<PlanKind, Excel.Table>> = {};
  for (const [kind, name] of Object.entries(resolved.found) as [PlanKind, string][])
    found[kind] = tables.items.find((t) => t.name === name) as Excel.Table;
  const stale = sheets.items.filter((ws) => resolved.stale.includes(ws.name));
  return { sheets, tables, names, found, stale };
}

/**
 * The name of each plan table the workbook has (no writes), for the readers and the Data pane's list.
 * `onSync` counts the round trips (a build counts them as reads).
 */
export async function findPlanTableNames(
  run: ExcelRun,
  onSync?: () => void,
): Promise<Partial<Record<PlanKind, string>>> {
  return runWithRetry(run, async (context) => {
    const { found } = await findPlanTables(context, () => {
      onSync?.();
      return context.sync();
    });
    // Plain strings: the proxies do not outlive this batch.
    return Object.fromEntries(
      PLAN_KINDS.filter((k) => found[k]).map((k) => [k, (found[k] as Excel.Table).name]),
    ) as Partial<Record<PlanKind, string>>;
  });
}
