/**
 * The Rep Performance sheet plan (DOMAIN.md §11 with §7 and §9) on the hand-checkable fixture: quota, won,
 * attainment, the new-customer and new-industry wins worked out by hand, the history columns from a small
 * stacked-snapshot table, and both languages.
 */
import { serialFromYmd } from "../../src/core/dates";
import { parseHistory } from "../../src/core/history";
import { planReport } from "../../src/reports";
import { buildRepPerformance } from "../../src/reports/rep-performance-sheet";
import { block } from "./plan-lookup";
import { REP_ROWS } from "./report-set-expected";
import { request } from "./report-set-request";

const D = (m: number, d: number) => serialFromYmd(2026, m, d);
const HISTORY = parseHistory({
  sheet: "History",
  values: [
    ["Snapshot Date", "Opportunity ID", "Owner", "Stage", "Status", "Amount"],
    [D(6, 1), "X1", "Wang", "Verify", "Open", 100],
    [D(6, 8), "X1", "Wang", "Approve", "Open", 100],
    [D(6, 22), "X1", "Wang", "Needs analysis", "Open", 100],
    [D(6, 29), "X1", "Wang", "Needs analysis", "Won", 100],
    [D(6, 1), "X2", "smith", "Bid", "Open", 50],
    [D(6, 8), "X2", "smith", "Bid", "Lost", 50],
  ],
}).model;

describe("Rep Performance sheet", () => {
  it("per rep: quota, won, deals and the extra-credit wins equal the hand computation", () => {
    const plan = buildRepPerformance({ request: request(false), weeks: 13 });
    const rows = block(plan, "reps").cells;
    expect(rows.slice(1, 5).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual(REP_ROWS);
    expect(rows[5].slice(0, 5)).toEqual(["(no owner)", "", 120, "", 1]);
    expect(rows[1][3]).toEqual({ formula: '=IF(N(C7)>0,D7/C7,"")' });
    expect(rows[6][2]).toEqual({ formula: "=SUM(D7:D11)" });
    expect(rows[0]).toHaveLength(10); // no history table: no history columns
    expect(block(plan, "historyNote").cells[0][0]).toMatch(/Pick a history table/);
    expect(plan.summaryData).toMatchObject({ reps: 4, met: 1, newCustomerWins: 6, newIndustryWins: 6, history: false });
  });

  it("with a history table: stages advanced, median days per stage and success rate per rep (by hand)", () => {
    const plan = buildRepPerformance({ request: request(false), history: HISTORY, weeks: 13 });
    const rows = block(plan, "reps").cells;
    expect(rows[0].slice(10)).toEqual(["Stages advanced", "Median days per stage", "Success rate"]);
    // Wang: Verify → Approve → Needs analysis (7 and 14 days), then won; Smith (written "smith"): lost at Bid.
    expect(rows.slice(1, 5).map((r) => [r[0], ...r.slice(10)])).toEqual([
      ["Wang", 2, 10.5, 1],
      ["Smith", 0, "", 0],
      ["Kim", 0, "", ""],
      ["Lee", 0, "", ""],
    ]);
    expect(plan.summaryData).toMatchObject({ history: true });
  });

  it("the window option: one week back from the last snapshot counts only Wang's win", () => {
    const plan = buildRepPerformance({ request: request(false), history: HISTORY, weeks: 1 });
    const rows = block(plan, "reps").cells;
    // Window (06-22, 06-29]: X1 won on 06-29; its stage entries (06-01 … 06-22) and X2's loss fall before it.
    expect(rows.slice(1, 3).map((r) => r.slice(10))).toEqual([
      [0, "", 1],
      [0, "", ""],
    ]);
  });

  it("the definition reads the picked history from the build request; Chinese words on a Chinese sheet", () => {
    const plan = planReport({ kind: "repPerformance", ...request(false, "zh"), history: HISTORY });
    expect(plan.sheetName).toBe("人员绩效");
    const rows = block(plan, "reps").cells;
    expect(rows[0].slice(0, 4)).toEqual(["销售", "指标", "赢单金额", "完成率"]);
    expect(rows[0].slice(10)).toEqual(["升迁阶段数", "每阶段天数（中位数）", "成功率"]);
    expect(rows[5][0]).toBe("（无负责人）");
  });
});
