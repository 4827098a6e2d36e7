/**
 * The Movement sheet (DOMAIN.md §9) written through the in-memory host from the hand-checkable history
 * (test/core/movement-fixture.ts: 12 opportunities over 3 snapshots, every label between the last two). Every
 * expected figure below was worked out by hand from that table; live and static builds hold the same values
 * after recalculation, and the live one really counts the history table (an edited cell moves its figures).
 */
import { cellAddress, parseCell } from "../../src/core/a1";
import { defaultModel, Model } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { planReport, SheetPlan } from "../../src/reports";
import { createHost, SeedCell, WorkbookSpec } from "../host";
import { block } from "../reports/plan-lookup";
import { HISTORY, LEADS, movementSources, refsOf, T1 } from "../reports/movement-fixture";

const SELECTIONS = { history: { table: "History" }, leads: { table: "Leads" } };

function workbook(history: SeedCell[][] = HISTORY): WorkbookSpec {
  const dates = (cells: SeedCell[][], cols: number[]) =>
    cells.map((r, i) => r.map((_, c) => (i > 0 && cols.includes(c) ? "yyyy-mm-dd" : null)));
  return {
    sheets: [
      {
        name: "Opp History",
        cells: history,
        numberFormats: dates(history, [0, 7]),
        tables: [{ name: "History", range: `A1:H${history.length}` }],
      },
      {
        name: "Leads",
        cells: LEADS,
        numberFormats: dates(LEADS, [3, 6]),
        tables: [{ name: "Leads", range: `A1:G${LEADS.length}` }],
      },
    ],
  };
}

async function build(live: boolean, model: Model = defaultModel(), history?: SeedCell[][]) {
  const host = createHost({ workbook: workbook(history) });
  const result = await buildReport(host.run, "movement", { model, selections: SELECTIONS, live, asOf: T1 });
  return { host, result };
}

/** The same layout as the sheet: the plan of the fixture, to find each block's cells. */
const plan: SheetPlan = (() => {
  const s = movementSources();
  return planReport({ kind: "movement", data: s.data, model: s.model, asOf: T1, live: true, refs: refsOf(s) });
})();

/** The values of a plan block as the host holds them after recalculation. */
function blockValues(host: ReturnType<typeof createHost>, sheet: string, id: string) {
  const b = block(plan, id);
  const { row, col } = parseCell(b.at);
  const width = Math.max(...b.cells.map((r) => r.length));
  const end = `${String.fromCharCode(65 + col + width - 1)}${row + b.cells.length}`;
  return host.values(sheet, `${b.at}:${end}`);
}

describe("the Movement sheet on the hand-checkable history", () => {
  it("writes the stage flow in counts: start and end live over the history table, every check 0", async () => {
    const { host, result } = await build(true);
    expect(result.sheetName).toBe("Movement");
    expect(result.roundTrips).toBeLessThanOrEqual(10);
    // prettier-ignore
    expect(blockValues(host, "Movement", "flowCounts").slice(1)).toEqual([
      // Stage, start, new, adv in, slip in, reopened, adv out, slip out, won, lost, dropped, end, check
      ["Verify", 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],               // O1 new
      ["Approve", 2, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0],              // O2, O8; O9 reopened; O2 on; O8 dropped
      ["Needs analysis", 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0],       // O4 stays (需求分析, then 3); O3 slips in
      ["Value presentation", 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],   // O7 lost
      ["Bid", 2, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0],                  // O3, O5; O2 in; O3 slips out
      ["Negotiate & sign", 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],     // O6 won ("Closed Won" in the stage)
      ["Total", 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 0],
    ]);
    const at = parseCell(block(plan, "flowCounts").at);
    const formulas = host.formulas("Movement", cellAddress(at.row + 1, at.col + 1)); // Verify's start
    expect(String(formulas[0][0])).toMatch(/^=COUNTIFS\(History\[Snapshot Date\],46094,History\[Stage\],/);
  });

  it("writes the stage flow in amounts with the revisions on those that stayed, and the pipeline change", async () => {
    const { host } = await build(true);
    // prettier-ignore
    expect(blockValues(host, "Movement", "flowAmounts").slice(1)).toEqual([
      // Stage, start, new, adv in, slip in, reopened, adv out, slip out, won, lost, dropped, up, down, end, check
      ["Verify", 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0],
      ["Approve", 290, 0, 0, 0, 120, 200, 0, 0, 0, 90, 0, 0, 120, 0],
      ["Needs analysis", 400, 0, 0, 300, 0, 0, 0, 0, 0, 0, 50, 0, 750, 0],  // O4 400 → 450
      ["Value presentation", 800, 0, 0, 0, 0, 0, 0, 0, 800, 0, 0, 0, 0, 0],
      ["Bid", 900, 0, 250, 0, 0, 0, 300, 0, 0, 0, 0, 100, 750, 0],          // O5 600 → 500
      ["Negotiate & sign", 700, 0, 0, 0, 0, 0, 0, 700, 0, 0, 0, 0, 0, 0],
      ["Total", 3090, 100, 250, 300, 120, 200, 300, 700, 800, 90, 50, 100, 1720, 0],
    ]);
    // 3,090 + 100 + 120 − 700 − 800 − 90 = 1,720: O2's +50 and O4's +50 offset O5's −100.
    expect(blockValues(host, "Movement", "bridge").slice(1)).toEqual([
      ["Open at start", 3090], ["+ New", 100], ["+ Reopened", 120], ["− Won", -700], ["− Lost", -800],
      ["− Dropped", -90], ["± Amount changes", 0], ["Open at end", 1720],
    ]); // prettier-ignore
    const charts = host.charts("Movement");
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ["MovementBridge", "ColumnClustered"],
      ["MovementStages", "ColumnClustered"],
    ]);
  });

  it("writes the labels, the period buckets, the Dropped and Slipped lists", async () => {
    const { host } = await build(false);
    expect(blockValues(host, "Movement", "labels").slice(1)).toEqual([
      ["New", 1, 100], ["Advanced", 1, 250], ["Slipped", 1, 300], ["Unchanged", 2, 950], ["Won", 2, 1200],
      ["Lost", 1, 800], ["Dropped", 1, 90], ["Reopened", 1, 120], ["Closed", 2, 1060],
    ]); // prettier-ignore
    // Quarters: at 03-13 O5, O6 close in Q1; O2, O7 in Q2; O3, O4, O8 later or undated. At 03-20 O1, O5; O2, O9; O3, O4.
    expect(blockValues(host, "Movement", "buckets")).toEqual([
      ["Bucket", "Count 2026-03-13", "Amount 2026-03-13", "Count 2026-03-20", "Amount 2026-03-20", "Amount change"],
      ["Current period (当期)", 2, 1300, 2, 600, -700],
      ["Next period (下期)", 2, 1000, 2, 370, -630],
      ["Incubating (培育)", 3, 790, 2, 750, -40],
    ]);
    expect(blockValues(host, "Movement", "dropped").slice(1)).toEqual([["O8", "Golf", "Li", "Approve", 90, "", 20]]);
    expect(blockValues(host, "Movement", "slipped").slice(1)).toEqual([
      ["O3", "Bolt", "Wang", "Bid", "Needs analysis", 300, 300, 7],
    ]);
  });

  it("writes rep performance from history and the weekly lead tables with the leads to reclaim", async () => {
    const { host } = await build(false);
    // Wang: O2 Approve → Bid (3 steps), O4 Verify → Needs analysis (2); O1 new. Li: O6 won 700, O7 lost; O5, O7
    // new. Zhao: O12 won 500; O9 and O11 first seen lost; O9, O11, O12 new. No stage entered twice in a row.
    expect(blockValues(host, "Movement", "rep").slice(1)).toEqual([
      ["Li", 0, "", 1, 1, 0.5, 700, 2, 0],
      ["Wang", 5, "", 0, 0, "", 0, 1, 0],
      ["Zhao", 0, "", 1, 2, 1 / 3, 500, 3, 0],
      ["Total", 5, "", 2, 3, 0.4, 1200, 6, 0],
    ]);
    // The week 03-14 … 03-20: L2 (Wang, Web, promoted in 4 days), L3 (Wang, Event, new), L4 (Li, Event, 2 days).
    expect(blockValues(host, "Movement", "leads-owner").slice(1)).toEqual([
      ["Li", 1, 1, 1, 2, 0, 0],
      ["Wang", 2, 1, 0.5, 4, 1, 0],
      ["Total", 3, 2, 2 / 3, 3, 1, 0],
    ]);
    expect(blockValues(host, "Movement", "leads-source").slice(1)).toEqual([
      ["Event", 2, 1, 0.5, 2, 1, 0],
      ["Web", 1, 1, 1, 4, 0, 0],
      ["Total", 3, 2, 2 / 3, 3, 1, 0],
    ]);
    // L1 open 18 days and L6 (跟进) 15: more than 14; L5 was reclaimed already.
    expect(blockValues(host, "Movement", "reclaim").slice(1)).toEqual([
      ["L1", "Web", "Wang", 46083, "Working", 18, 2],
      ["L6", "Referral", "Li", 46086, "Working", 15, 7],
    ]);
  });

  it("live and static sheets hold the same values cell by cell", async () => {
    const live = await build(true);
    const fixed = await build(false);
    const used = live.host.usedRange("Movement") as string;
    expect(fixed.host.usedRange("Movement")).toBe(used);
    const range = used.slice(used.indexOf("!") + 1);
    const [a, b] = [live.host.values("Movement", range), fixed.host.values("Movement", range)];
    a[1][0] = b[1][0] = ""; // the subtitle says "live formulas" or "values"
    expect(a).toEqual(b);
    const formulas = live.host
      .formulas("Movement", range)
      .flat()
      .filter((f) => String(f).startsWith("=COUNTIFS"));
    expect(formulas.length).toBeGreaterThanOrEqual(12); // start and end of six stages

    // Editing the history moves the live ends; the check column then flags the flows built before the edit.
    live.host.setCell("Opp History", "E13", "Approve"); // O5 at 03-20: Bid → Approve
    const flow = blockValues(live.host, "Movement", "flowCounts");
    expect([flow[2][11], flow[2][12], flow[5][11], flow[5][12]]).toEqual([2, -1, 1, 1]);
  });

  it("is static when a snapshot date is text: COUNTIFS would not match it", async () => {
    const history = HISTORY.map((r) => [...r]);
    history[1][0] = "2026-03-06";
    const { host } = await build(true, defaultModel(), history);
    expect(host.values("Movement", "A2")[0][0]).toMatch(/· values$/);
    expect(blockValues(host, "Movement", "flowCounts")[7]).toEqual(["Total", 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 0]);
  });

  it("compares 13 weeks back and splits the flow by owner when asked", async () => {
    const model = defaultModel();
    model.reports.movementCompare = "13weeks"; // no snapshot that early: the first one (03-06) is not on or before
    const early = await build(false, model);
    expect(early.host.values("Movement", "A2")).toEqual([["The history has no snapshot on or before 2025-12-19."]]);
    expect(early.result.sheetName).toBe("Movement");
    model.reports.movementCompare = "previous";
    model.reports.movementSplitBy = "owner";
    const { host } = await build(false, model);
    const used = host.usedRange("Movement") as string;
    const cells = host.values("Movement", used.slice(used.indexOf("!") + 1));
    const split = cells.findIndex((r) => r[1] === "Stage flow by owner");
    expect(split).toBeGreaterThan(0);
    // Li: Bid (O5), Value presentation (O7 lost), Approve (O8 dropped), Negotiate & sign (O6 won).
    const end = cells.findIndex((r, i) => i > split && r[1] === "");
    const li = cells.slice(split + 2, end).filter((r) => r[1] === "Li");
    expect(li.map((r) => [r[2], r[3], r[13]])).toEqual([
      ["Approve", 1, 0],
      ["Value presentation", 1, 0],
      ["Bid", 1, 1],
      ["Negotiate & sign", 1, 0],
    ]);
  });
});
