/**
 * "Convert to table" (DOMAIN.md §2): turns a plain range's header and data rows into an Excel table, so
 * live formulas follow rows added later. Only with the user's consent (the Data pane asks first), and only
 * those rows: title lines above the header stay as they are. Written through the one write executor.
 */
import { cellText, CellValue, foldText } from "../core/cells";
import { freeTableName } from "./names";
import { ExcelRun } from "./run";
import { executeWrite, WriteOptions } from "./write-executor";

/** Why a range was not converted: Excel would rename a blank or repeated header ("Column1"), changing user cells. */
export class ConvertRefused extends Error {
  constructor(
    readonly reason: "blankHeader" | "duplicateHeader",
    readonly column: number,
    readonly header: string,
  ) {
    super(
      reason === "blankHeader"
        ? `Column ${column} of the header row is blank; give it a name before converting to a table.`
        : `The header "${header}" appears twice; rename one before converting to a table.`,
    );
    this.name = "ConvertRefused";
  }
}

/**
 * Makes `address` on `sheet` (header row first) an Excel table named `wanted` (or the next name no table or
 * defined name has), after checking its headers; returns the table's name. Cell values are not changed. Goes
 * through the one write path: one read, then the table is added in the executor's commit request.
 */
export async function convertToTable(
  run: ExcelRun,
  sheet: string,
  address: string,
  wanted: string,
  options: WriteOptions = {},
): Promise<string> {
  const { result } = await executeWrite(run, options, async (session) => {
    const { workbook } = session.context;
    const tables = workbook.tables;
    const names = workbook.names;
    tables.load("items/name");
    names.load("items/name");
    const ws = workbook.worksheets.getItem(sheet);
    const header = ws.getRange(address).getRow(0);
    header.load("values");
    await session.read();
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- session.read() above is the sync
    checkHeaders((header.values[0] ?? []) as CellValue[]);
    // Table names and defined names share one namespace.
    const taken = new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase()));
    const name = freeTableName(wanted, taken);
    // The table is the user's list, not Ninegrid's output: nothing to record as owned.
    await session.commit(
      () => {
        ws.tables.add(address, true).name = name;
      },
      () => undefined,
    );
    return name;
  });
  return result;
}

/** Refuses a header Excel would rename on conversion (a blank or repeated name), so no user cell changes. */
function checkHeaders(cells: readonly CellValue[]): void {
  const seen = new Set<string>();
  cells.forEach((h, i) => {
    const text = cellText(h);
    if (!text) throw new ConvertRefused("blankHeader", i + 1, "");
    if (seen.has(foldText(text))) throw new ConvertRefused("duplicateHeader", i + 1, text);
    seen.add(foldText(text));
  });
}
