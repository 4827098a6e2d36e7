/**
 * The Customer Purchases sheet plan (DOMAIN.md §11) on the hand-checkable fixture: per-account years, deals,
 * repeat and growth, the years option, the chart of the top accounts, and both languages.
 */
import { serialFromYmd } from "../../src/core/dates";
import { defaultModel } from "../../src/core/schemas";
import { planReport, PlanCell } from "../../src/reports";
import { buildCustomerPurchases } from "../../src/reports/customer-purchases-sheet";
import { block } from "./plan-lookup";
import { PURCHASES } from "./report-set-expected";
import { request } from "./report-set-request";

/** Account, years, total, deals, repeat, growth: the tier and last purchase left out. */
const figures = (r: PlanCell[]) => [r[0], ...r.slice(2, 9)];
const expectRows = (got: PlanCell[][], want: unknown[][]) =>
  got.forEach((row, r) =>
    want[r].forEach((x, c) => (typeof x === "number" ? expect(row[c]).toBeCloseTo(x, 12) : expect(row[c]).toBe(x))),
  );

describe("Customer Purchases sheet", () => {
  it("per account: won per year, total, deals, repeat and growth equal the hand computation", () => {
    const plan = buildCustomerPurchases({ request: request(false), years: 3 });
    const rows = block(plan, "accounts").cells;
    expect(rows[0]).toEqual([
      "Account",
      "Tier",
      "2024",
      "2025",
      "2026",
      "Total",
      "Deals",
      "Repeat buyer",
      "Growth",
      "Last purchase",
    ]);
    expect(rows).toHaveLength(1 + PURCHASES.length);
    expectRows(rows.slice(1).map(figures), PURCHASES);
    expect(rows[1][9]).toBe(serialFromYmd(2026, 2, 1)); // Alpha's latest win (O9), not O19 of January
    expect(block(plan, "notes").cells[0][0]).toMatch(/still running.*2 won deals without a date \(650\)/);
  });

  it("live: each year is SUMIFS over the deal list by account and the year's dates; the chart shows the top accounts", () => {
    const plan = buildCustomerPurchases({ request: request(true), years: 3 });
    const deals = block(plan, "deals");
    const first = Number(deals.at.slice(1)) + 1;
    expect(deals.cells).toHaveLength(1 + 10);
    const range = (col: string) => `$${col}$${first}:$${col}$${first + 9}`;
    const rows = block(plan, "accounts").cells;
    expect(rows[1][2]).toEqual({
      formula: `=SUMIFS(${range("E")},${range("B")},$B$7,${range("D")},">=${serialFromYmd(2024, 1, 1)}",${range("D")},"<=${serialFromYmd(2024, 12, 31)}")`,
    });
    expect(rows[1][8]).toEqual({ formula: '=IF(N(E7)>0,F7/E7-1,"")' });
    expect(plan.charts[0]).toMatchObject({ type: "ColumnClustered", title: "Top 5 accounts by year" });
    expect(plan.charts[0].series.map((s) => [s.name, s.values])).toEqual([
      ["2024", "D7:D11"],
      ["2025", "E7:E11"],
      ["2026", "F7:F11"],
    ]);
  });

  it("the years option: two years drop 2024 (and Alpha's O7)", () => {
    const model = defaultModel();
    model.reports.purchaseYears = "2";
    const plan = planReport({ kind: "customerPurchases", ...request(false), model });
    const rows = block(plan, "accounts").cells;
    expect(rows[0].slice(2, 4)).toEqual(["2025", "2026"]);
    expect(figures(rows[1]).slice(0, 4)).toEqual(["Alpha", 1500, 920, 2420]);
    expect(rows[rows.length - 1][4]).toBe(2400 + 2970);
  });

  it("Chinese words on a Chinese sheet", () => {
    const plan = buildCustomerPurchases({ request: request(false, "zh"), years: 3 });
    expect(plan.sheetName).toBe("客户购买统计");
    expect(block(plan, "accounts").cells[0].slice(0, 3)).toEqual(["客户", "级别", "2024年"]);
    expect(block(plan, "accounts").cells[1][7]).toBe("复购");
    expect(plan.charts[0].title).toBe("前 5 名客户各年购买金额");
    expect(plan.charts[0].series.map((x) => x.name)).toEqual(["2024年", "2025年", "2026年"]);
  });

  it("writes values when live sums would cost Excel too many comparisons", () => {
    const plan = buildCustomerPurchases({ request: request(true), years: 3, liveBudget: 5 * 10 * 4 - 1 });
    const rows = block(plan, "accounts").cells;
    expect(rows.flat().filter((c) => typeof c === "object" && c !== null)).toEqual([]);
    expect(rows[1][2]).toBe(2000);
    expect(block(plan, "title").cells[1][0]).toMatch(/values$/);
    const live = buildCustomerPurchases({ request: request(true), years: 3, liveBudget: 5 * 10 * 4 });
    expect(block(live, "accounts").cells[1][2]).toMatchObject({ formula: expect.stringMatching(/^=SUMIFS/) });
  });
});
