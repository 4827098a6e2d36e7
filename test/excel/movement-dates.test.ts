/**
 * The Movement sheet with chosen snapshot dates (issue 12: "the two snapshot dates, default the last two"),
 * written through the in-memory host from the hand-checkable history (test/core/movement-fixture.ts). Comparing
 * from 03-06 instead of 03-13 changes the flow; every figure below was worked out by hand from the fixture.
 */
import { cellAddress, parseCell } from "../../src/core/a1";
import { movement } from "../../src/core/movement";
import { defaultModel, Model } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { planReport, SheetPlan } from "../../src/reports";
import { createHost } from "../host";
import { block } from "../reports/plan-lookup";
import { HISTORY, LEADS, movementSources, refsOf, T1, T_FIRST } from "../reports/movement-fixture";

const SELECTIONS = { history: { table: "History" }, leads: { table: "Leads" } };

function modelWith(from: string, to = ""): Model {
  const model = defaultModel();
  model.reports.movementFrom = from;
  model.reports.movementTo = to;
  return model;
}

async function build(model: Model, live = true) {
  const dates = (cells: (string | number)[][], cols: number[]) =>
    cells.map((r, i) => r.map((_, c) => (i > 0 && cols.includes(c) ? "yyyy-mm-dd" : null)));
  const host = createHost({
    workbook: {
      sheets: [
        { name: "Opp History", cells: HISTORY, numberFormats: dates(HISTORY, [0, 7]), tables: [{ name: "History", range: `A1:H${HISTORY.length}` }] }, // prettier-ignore
        { name: "Leads", cells: LEADS, numberFormats: dates(LEADS, [3, 6]), tables: [{ name: "Leads", range: `A1:G${LEADS.length}` }] }, // prettier-ignore
      ],
    },
  });
  const result = await buildReport(host.run, "movement", { model, selections: SELECTIONS, live, asOf: T1 });
  return { host, result };
}

/** The plan of the same build, to find each block's cells. */
function planOf(model: Model): SheetPlan {
  const s = movementSources();
  return planReport({ kind: "movement", data: s.data, model, asOf: T1, live: true, refs: refsOf(s) });
}

function blockValues(host: ReturnType<typeof createHost>, plan: SheetPlan, id: string) {
  const b = block(plan, id);
  const { row, col } = parseCell(b.at);
  const width = Math.max(...b.cells.map((r) => r.length));
  return host.values("Movement", `${b.at}:${cellAddress(row + b.cells.length - 1, col + width - 1)}`);
}

describe("the Movement sheet between chosen snapshots", () => {
  it("compares from 03-08 as the snapshot of 03-06: the flow changes as worked out by hand", async () => {
    const model = modelWith("2026-03-08");
    const { host, result } = await build(model);
    const plan = planOf(model);
    // S1 (03-06) → S3 (03-20). At S1 open: O4 Verify, O2 + O8 Approve, O3 Bid, O6 Negotiate. O1, O5, O9 new
    // (O9 was absent at S1, so new rather than reopened); O4 Verify → Needs analysis and O2 Approve → Bid
    // advance; O3 slips; O6 won; O8 dropped; O7, O11 lost and O12 won from absent; O10 closed.
    // prettier-ignore
    expect(blockValues(host, plan, "flowCounts").slice(1)).toEqual([
      // Stage, start, new, adv in, slip in, reopened, adv out, slip out, won, lost, dropped, end, check
      ["Verify", 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
      ["Approve", 2, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0],
      ["Needs analysis", 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 0],
      ["Value presentation", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ["Bid", 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0],
      ["Negotiate & sign", 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      ["Total", 5, 3, 2, 1, 0, 2, 1, 1, 0, 1, 6, 0],
    ]);
    // Start amounts at 03-06: O4 50; O2 200 + O8 90; O3 300; O6 700. Ends at 03-20 as before.
    const amounts = blockValues(host, plan, "flowAmounts").slice(1);
    expect(amounts.map((r) => [r[0], r[1], r[13]])).toEqual([
      ["Verify", 50, 100], ["Approve", 290, 120], ["Needs analysis", 0, 750], ["Value presentation", 0, 0],
      ["Bid", 300, 750], ["Negotiate & sign", 700, 0], ["Total", 1340, 1720],
    ]); // prettier-ignore
    expect(blockValues(host, plan, "labels").slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["New", 3], ["Advanced", 2], ["Slipped", 1], ["Unchanged", 0], ["Won", 2], ["Lost", 2], ["Dropped", 1],
      ["Reopened", 0], ["Closed", 1],
    ]); // prettier-ignore
    // The live starts count the 03-06 snapshot (serial 46087), the ends 03-20 (46101).
    const at = parseCell(block(plan, "flowCounts").at);
    const [start, end] = [1, 11].map((c) => String(host.formulas("Movement", cellAddress(at.row + 1, at.col + c))[0][0])); // prettier-ignore
    expect(start).toMatch(new RegExp(`^=COUNTIFS\\(History\\[Snapshot Date\\],${T_FIRST},`));
    expect(end).toMatch(new RegExp(`^=COUNTIFS\\(History\\[Snapshot Date\\],${T1},`));
    // The sheet and the pane say which snapshots were compared and which date stood for which.
    expect(host.values("Movement", "A2")[0][0]).toBe(
      "2026-03-06 → 2026-03-20 · 12 opportunities · start and end are live formulas over the history table" +
        " · From snapshot 2026-03-08: the latest snapshot on or before it",
    );
    expect(result.summary).toBe(
      "Movement 2026-03-06 (for 2026-03-08) → 2026-03-20: 3 new, 2 advanced, 1 slipped, 2 won, 2 lost, 1 dropped; " +
        "open pipeline 1,340 → 1,720.",
    );
  });

  it("equals the core's movement between the same snapshots, and differs from the default compare", async () => {
    const model = modelWith("2026-03-06", "2026-03-13");
    const { host } = await build(model, false);
    const plan = planOf(model);
    const core = movement(movementSources().data.history!.model, { t0: T_FIRST, t1: T_FIRST + 7 });
    if ("code" in core) throw new Error(core.code);
    const flows = ["new", "advancedIn", "slippedIn", "reopened", "advancedOut", "slippedOut", "won", "lost", "dropped"] as const; // prettier-ignore
    const sheet = blockValues(host, plan, "flowCounts").slice(1, -1);
    expect(sheet).toEqual(core.flow.map((f) => [f.name, f.start.count, ...flows.map((k) => f[k].count), f.end.count, 0])); // prettier-ignore
    const standard = await build(defaultModel(), false);
    expect(blockValues(standard.host, planOf(defaultModel()), "flowCounts").slice(1, -1)).not.toEqual(sheet);
    expect(host.values("Movement", "A2")[0][0]).toMatch(/^2026-03-06 → 2026-03-13 · /);
  });

  it.each([
    [
      "2026-01-01",
      "",
      "From snapshot 2026-01-01: the history has no snapshot on or before it; its first is 2026-03-06.",
    ],
    ["", "2026-03-01", "To snapshot 2026-03-01: the history has no snapshot on or before it; its first is 2026-03-06."],
    ["2026-03-20", "2026-03-13", "From snapshot 2026-03-20 must be before To snapshot 2026-03-13."],
    ["2026-03-21", "", "From snapshot 2026-03-21 takes the snapshot of 2026-03-20, which is not before the To snapshot (2026-03-20); pick an earlier date."], // prettier-ignore
  ])("from %p to %p cannot be compared: the sheet and the pane say why", async (from, to, text) => {
    const { host, result } = await build(modelWith(from, to));
    expect(result.sheetName).toBe("Movement");
    expect(host.values("Movement", "A2")).toEqual([[text]]);
    expect(result.summary).toBe(`Movement not compared: ${text}`);
  });
});
