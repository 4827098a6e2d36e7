/**
 * The movement inputs as sources (DOMAIN.md §9): the history and leads tables are picked by name or by
 * header in the Data pane, read through the adapter (a plain range with a title line too) and land in the
 * dataset as the history model and the leads.
 */
import { serialFromYmd } from "../../src/core/dates";
import { SOURCE_KINDS } from "../../src/core/fields";
import { defaultModel } from "../../src/core/schemas";
import { loadSources } from "../../src/excel/build-report";
import { bestKindFor, suggestSources } from "../../src/taskpane/sources";
import { TableInfo } from "../../src/excel/read-source";
import { stringsFor } from "../../src/taskpane/i18n";
import { createHost, SeedCell } from "../host";
import { STACKED } from "../core/movement-fixture";

const LEADS: SeedCell[][] = [
  ["Lead ID", "Lead Source", "Lead Owner", "Created", "Lead Status", "Converted Opportunity ID", "Converted Date"],
  ["L1", "Web", "Wang", "2026-03-02", "New", "", ""],
  ["L2", "Event", "Li", "2026-03-10", "已转化", "O1", "2026-03-18"],
  ["L2", "Event", "Li", "2026-03-11", "Working", "", ""], // duplicate ID: skipped with a located error
];
const OPPS_HEADERS = ["Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount", "Stage Entered", "Close Date"];
const info = (name: string, headers: readonly SeedCell[]): TableInfo => ({
  name,
  sheet: name,
  address: "A1:H10",
  headers: headers.map(String),
  rows: 9,
});

describe("history and leads as sources", () => {
  it("are source kinds the Data pane names in both languages", () => {
    expect(SOURCE_KINDS).toEqual(expect.arrayContaining(["history", "leads"]));
    expect(stringsFor("en-US").kinds.history).toBe("Opportunity history");
    expect(stringsFor("zh-CN").kinds.history).toBe("商机历史");
    expect(stringsFor("zh-CN").kinds.leads).toBe("线索");
  });

  it("are suggested by header, and an opportunities table is never taken for history or leads", () => {
    expect(bestKindFor(info("Table1", STACKED[0]))).toBe("history");
    expect(bestKindFor(info("Table2", LEADS[0]))).toBe("leads");
    expect(bestKindFor(info("Table3", ["Opportunity ID", "Stage", "Date Entered"]))).toBe("history");
    const picks = suggestSources([info("Table4", OPPS_HEADERS), info("Table5", STACKED[0]), info("Table6", LEADS[0])]);
    expect(picks).toMatchObject({ opportunities: "Table4", history: "Table5", leads: "Table6" });
    // Stage and Status alone (required) do not make a table history or leads.
    expect(suggestSources([info("Table7", ["Account", "Stage", "Status"])]).history).toBeUndefined();
    expect(suggestSources([info("Table7", ["Account", "Stage", "Status"])]).leads).toBeUndefined();
    expect(bestKindFor(info("OpportunityHistory", ["x", "y"]))).toBe("history"); // by name
  });

  it("load into the dataset as the history model and the leads, from a table and from a range under a title", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          { name: "Opp History", cells: STACKED, tables: [{ name: "History", range: `A1:H${STACKED.length}` }] },
          { name: "Leads", cells: [["Weekly leads export"], [], ...LEADS] },
        ],
      },
    });
    const before = [host.snapshot("Opp History"), host.snapshot("Leads")];
    const { dataset } = await loadSources(
      host.run,
      { history: { table: "History" }, leads: { sheet: "Leads" } },
      defaultModel(),
    );
    const h = dataset.history!;
    expect(h.model.dates).toEqual(
      ["2026-03-06", "2026-03-13", "2026-03-20"].map((d) =>
        serialFromYmd(...(d.split("-").map(Number) as [number, number, number])),
      ),
    );
    expect(h.model.opportunities.map((o) => o.id)).toHaveLength(12);
    expect(dataset.counts.history).toEqual({ rowsRead: STACKED.length - 1, rowsSkipped: 0 });
    expect(dataset.leads!.map((l) => [l.id, l.status, l.promoted])).toEqual([
      ["L1", "New", false],
      ["L2", "Promoted", true],
    ]);
    expect(dataset.counts.leads).toEqual({ rowsRead: 3, rowsSkipped: 1 });
    expect(dataset.errors).toEqual([
      expect.objectContaining({ sheet: "Leads", row: 6, code: "duplicateLead", address: "A6" }),
    ]);
    expect([host.snapshot("Opp History"), host.snapshot("Leads")]).toEqual(before);
  });

  it("skips a history row without its snapshot date with a located error, and keeps the rest", async () => {
    const cells = STACKED.map((r) => [...r]);
    cells[3][0] = "";
    const host = createHost({ workbook: { sheets: [{ name: "H", cells }] } });
    const { dataset } = await loadSources(host.run, { history: { sheet: "H" } }, defaultModel());
    expect(dataset.errors).toEqual([expect.objectContaining({ row: 4, code: "requiredBlank", address: "A4" })]);
    expect(dataset.history!.rowsSkipped).toBe(1);
    expect(dataset.history!.model.opportunities).toHaveLength(12);
  });
});
