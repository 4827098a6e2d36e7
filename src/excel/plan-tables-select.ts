/**
 * The Key accounts pane's "Go to plan row": the accounts of the Account Plans table (DOMAIN.md §10), and
 * selecting one account's row there. Reads and a selection only; no cell is written.
 */
import { cellText, CellValue, foldText, isBlank } from "../core/cells";
import { detectMapping } from "../core/headers";
import { findPlanTables } from "./plan-tables-find";
import { ExcelRun, runWithRetry } from "./run";

/** The Account Plans table's header and account column, or null when the workbook has none. */
async function readPlans(context: Excel.RequestContext) {
  const { found } = await findPlanTables(context, () => context.sync());
  const table = found.accountPlans;
  if (!table) return null;
  const header = table.getHeaderRowRange();
  const body = table.getDataBodyRange();
  header.load("values");
  body.load("values");
  await context.sync();
  const col = detectMapping("accountPlans", header.values[0] as CellValue[]).account;
  if (col === null || col === undefined) return null;
  return { table, body, accounts: (body.values as CellValue[][]).map((r) => r[col]) };
}

/** Account names of the Account Plans table, in row order, each once; empty without the table. */
export async function planAccounts(run: ExcelRun): Promise<string[]> {
  return runWithRetry(run, async (context) => {
    const plans = await readPlans(context);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const v of plans?.accounts ?? []) {
      if (isBlank(v)) continue;
      const key = foldText(cellText(v));
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(cellText(v));
    }
    return out;
  });
}

/** Selects `account`'s row of the Account Plans table (its sheet activated); false when there is none. */
export async function selectPlanRow(run: ExcelRun, account: string): Promise<boolean> {
  return runWithRetry(run, async (context) => {
    const plans = await readPlans(context);
    if (!plans) return false;
    const index = plans.accounts.findIndex((v) => !isBlank(v) && foldText(cellText(v)) === foldText(account));
    if (index < 0) return false;
    plans.table.worksheet.activate();
    plans.body.getRow(index).select();
    await context.sync();
    return true;
  });
}
