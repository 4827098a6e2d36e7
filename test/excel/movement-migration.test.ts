/**
 * Tier migration on the Nine-Grid sheet (DOMAIN.md §9): with a Previous Tier column, the from × to matrix
 * A–D with new and no-longer-tiered accounts, and the upgrade and downgrade lists. Approved manual tiers fix
 * the tier now, so every figure below is counted by hand from the table.
 */
import { parseCell } from "../../src/core/a1";
import { buildDataset } from "../../src/core/dataset";
import { parseTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { planReport } from "../../src/reports";
import { createHost, SeedCell } from "../host";
import { block, overlappingBlocks } from "../reports/plan-lookup";

// prettier-ignore
const ACCOUNTS: SeedCell[][] = [
  ["Account Name", "Contribution", "Potential", "Manual Tier", "Approver", "Previous Tier"],
  ["Alpha", 900, 900, "A", "Chen", "A"],   // stays A
  ["Bravo", 800, 100, "A", "Chen", "B"],   // B → A: upgrade
  ["Charlie", 700, 200, "B", "Chen", "D"], // D → B: upgrade by two
  ["Delta", 600, 300, "C", "Chen", "B"],   // B → C: downgrade
  ["Echo", 500, 400, "D", "Chen", "A"],    // A → D: downgrade by three
  ["Foxtrot", 400, 500, "D", "Chen", ""],  // new, now D
  ["Golf", 300, 600, "B", "Chen", "B"],    // stays B
  ["Hotel", 200, 700, "C", "Chen", "C"],   // stays C
];

async function nineGrid(cells: SeedCell[][]) {
  const host = createHost({
    workbook: { sheets: [{ name: "Accounts", cells, tables: [{ name: "Accounts", range: `A1:F${cells.length}` }] }] },
  });
  const selections = { accounts: { table: "Accounts" } };
  const result = await buildReport(host.run, "nineGrid", {
    model: defaultModel(),
    selections,
    live: true,
    asOf: 46100,
  });
  return { host, result };
}

const plan = (cells: SeedCell[][], language?: "zh") => {
  const values = cells.map((r) => r.map((v) => (v === null ? "" : v))) as (string | number)[][];
  const data = buildDataset({ accounts: parseTable("accounts", { sheet: "Accounts", values }) });
  return planReport({ kind: "nineGrid", data, model: defaultModel(), asOf: 46100, live: false, refs: () => null, language }); // prettier-ignore
};

function values(host: ReturnType<typeof createHost>, sheet: string, at: string, rows: number, cols: number) {
  const { row, col } = parseCell(at);
  const end = `${String.fromCharCode(65 + col + cols - 1)}${row + rows}`;
  return host.values(sheet, `${at}:${end}`);
}

describe("tier migration on the Nine-Grid sheet", () => {
  it("counts accounts by previous tier and tier now, new ones apart, with totals", async () => {
    const p = plan(ACCOUNTS);
    expect(overlappingBlocks(p)).toEqual([]);
    const { host } = await nineGrid(ACCOUNTS);
    expect(values(host, "Nine-Grid", block(p, "migration").at, 7, 7)).toEqual([
      ["Previous ↓ / now →", "A", "B", "C", "D", "No tier now", "Total"],
      ["A", 1, 0, 0, 1, 0, 2], // Alpha stays, Echo falls to D
      ["B", 1, 1, 1, 0, 0, 3], // Bravo up, Golf stays, Delta down
      ["C", 0, 0, 1, 0, 0, 1], // Hotel
      ["D", 0, 1, 0, 0, 0, 1], // Charlie up to B
      ["New (no previous tier)", 0, 0, 0, 1, "", 1], // Foxtrot
      ["Total", 2, 2, 2, 2, 0, 8],
    ]);
  });

  it("lists upgrades and downgrades, the largest moves first", async () => {
    const p = plan(ACCOUNTS);
    expect(block(p, "upgrades").cells).toEqual([
      ["Account", "Previous tier", "Tier now"],
      ["Charlie", "D", "B"],
      ["Bravo", "B", "A"],
    ]);
    expect(block(p, "downgrades").cells).toEqual([
      ["Account", "Previous tier", "Tier now"],
      ["Echo", "A", "D"],
      ["Delta", "B", "C"],
    ]);
  });

  it("is worded in Chinese on a Chinese sheet", () => {
    const p = plan(ACCOUNTS, "zh");
    expect(block(p, "migrationCaption").cells).toEqual([["客户分级变动：上期分级 → 本期分级"]]);
    expect(block(p, "migration").cells.map((r) => r[0])).toEqual([
      "上期 ↓ / 本期 →", "A", "B", "C", "D", "新增（上期无分级）", "合计",
    ]); // prettier-ignore
  });

  it("is left out without a previous tier", () => {
    const without = ACCOUNTS.map((r) => r.slice(0, 5));
    expect(plan(without).blocks.map((b) => b.id)).not.toContain("migration");
  });
});
