/**
 * "Convert to table" (DOMAIN.md §2): turns a plain range's header and data rows into an Excel table, so
 * live formulas follow rows added later. Only with the user's consent (the Data pane asks first), and only
 * those rows: title lines above the header stay as they are. A small write of its own, kept apart so it
 * can move onto the shared write executor.
 */
import { cellText, CellValue, foldText } from "../core/cells";
import { ExcelRun, runWithRetry } from "./run";

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

/** `wanted`, or `wanted2`, `wanted3`… the first name no table has (table names are case-insensitive). */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Makes `address` on `sheet` (header row first) an Excel table named `wanted` (or the next free name),
 * after checking its headers; returns the table's name. Cell values are not changed.
 */
export async function convertToTable(run: ExcelRun, sheet: string, address: string, wanted: string): Promise<string> {
  return runWithRetry(run, async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const ws = context.workbook.worksheets.getItem(sheet);
    const header = ws.getRange(address).getRow(0);
    header.load("values");
    await context.sync();
    const cells = (header.values[0] ?? []) as CellValue[];
    const seen = new Set<string>();
    cells.forEach((h, i) => {
      const text = cellText(h);
      if (!text) throw new ConvertRefused("blankHeader", i + 1, "");
      if (seen.has(foldText(text))) throw new ConvertRefused("duplicateHeader", i + 1, text);
      seen.add(foldText(text));
    });
    const name = freeTableName(
      wanted,
      tables.items.map((t) => t.name),
    );
    const table = ws.tables.add(address, true);
    table.name = name;
    await context.sync();
    return name;
  });
}
