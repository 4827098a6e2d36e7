/**
 * The Regional Composition sheet plan (DOMAIN.md §11) on the hand-checkable fixture: the region × industry
 * amounts, shares, the change on last year, the period and column options, the chart and both languages.
 */
import { planReport } from "../../src/reports";
import { buildRegionalComposition, regionalOptionsOf } from "../../src/reports/regional-composition-sheet";
import { REPORT_AS_OF } from "../core/report-set.fixture";
import { block } from "./plan-lookup";
import { REGIONAL } from "./report-set-expected";
import { request } from "./report-set-request";

describe("Regional Composition sheet", () => {
  it("amounts, shares and change per region equal the hand computation", () => {
    const plan = buildRegionalComposition(request(false), {});
    const amounts = block(plan, "amounts").cells;
    expect(amounts[0]).toEqual(["Region", ...REGIONAL.columns, "Total"]);
    expect(amounts.slice(1)).toEqual(REGIONAL.rows);
    const share = block(plan, "shareOfTotal").cells;
    expect(share[1][1]).toBeCloseTo(920 / 2970, 12);
    expect(share[5][5]).toBe(1);
    const ofRegion = block(plan, "shareOfRegion").cells;
    expect(ofRegion[1][2]).toBeCloseTo(1000 / 1920, 12);
    expect(ofRegion[4][1]).toBe(""); // the (none) region has nothing this year
    const change = block(plan, "change").cells.slice(1);
    change.forEach((row, r) =>
      REGIONAL.change[r].forEach((x, c) =>
        typeof x === "number" ? expect(row[c]).toBeCloseTo(x, 12) : expect(row[c]).toBe(x),
      ),
    );
    expect(block(plan, "undated").cells[0][0]).toBe("2 won deals without a date (650) are left out of the year view.");
    expect(block(plan, "deals").cells).toHaveLength(1 + 8); // 6 this year, 2 last year
  });

  it("live: each amount is SUMIFS over the deal list by region, industry and span; shares divide the amounts", () => {
    const plan = buildRegionalComposition(request(true), {});
    const amounts = block(plan, "amounts");
    const deals = block(plan, "deals");
    const first = Number(deals.at.slice(1)) + 1;
    const range = (col: string) => `$${col}$${first}:$${col}$${first + 7}`;
    expect(amounts.cells[1][1]).toEqual({
      formula: `=SUMIFS(${range("G")},${range("D")},$B$6,${range("E")},$C$5,${range("F")},">=46023",${range("F")},"<=46203")`,
    });
    expect(amounts.cells[4][3]).toMatchObject({ formula: expect.stringContaining(`${range("D")},"=(none)"`) });
    expect(plan.charts[0]).toMatchObject({
      type: "BarStacked",
      series: [{ name: "Energy", values: "C6:C9", xValues: "B6:B9" }, {}, {}, {}],
    });
  });

  it("options: last year, all years, and project class columns", () => {
    const last = buildRegionalComposition(
      request(false),
      regionalOptionsOf({ regionalPeriod: "lastYear" }, REPORT_AS_OF),
    );
    expect(block(last, "amounts").cells.slice(-1)[0].slice(-1)[0]).toBe(1500 + 600 + 300); // O8, O10, O15 in 2025
    const all = buildRegionalComposition(
      request(false),
      regionalOptionsOf({ regionalPeriod: "allYears" }, REPORT_AS_OF),
    );
    expect(all.blocks.map((b) => b.id)).not.toContain("change");
    expect(block(all, "amounts").cells.slice(-1)[0].slice(-1)[0]).toBe(
      2000 + 1500 + 800 + 600 + 700 + 900 + 100 + 400 + 300 + 250 + 350 + 120,
    );
    const classes = buildRegionalComposition(request(false), { columns: "projectClass" });
    expect(block(classes, "amounts").cells[0]).toEqual(["Region", "(none)", "Total"]); // no won deal has a class
  });

  it("Chinese words on a Chinese sheet, through the registry", () => {
    const plan = planReport({ kind: "regionalComposition", ...request(false, "zh") });
    expect(plan.sheetName).toBe("大区销售构成");
    expect(block(plan, "amounts").cells[0][0]).toBe("大区");
    expect(block(plan, "amounts").cells.slice(-1)[0][0]).toBe("合计");
    expect(plan.charts[0].title).toBe("各大区按行业的赢单金额");
  });
});
