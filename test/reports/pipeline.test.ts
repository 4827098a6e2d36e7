import { pipelineReport } from "../../src/core/pipeline-report";
import { planReport } from "../../src/reports";
import { block, overlappingBlocks } from "./plan-lookup";
import { refsOf, sampleSources } from "./sample-sources";

const s = sampleSources();
const report = pipelineReport(s.data, s.model.stages, { asOf: s.wb.asOf, period: "quarter", splitBy: "region" });
const plan = (live: boolean) =>
  planReport({ kind: "pipeline", data: s.data, model: s.model, asOf: s.wb.asOf, live, refs: refsOf(s) });

describe("Pipeline plan on the sample workbook", () => {
  it("writes the DOMAIN.md §6 stage table with the core's numbers (static)", () => {
    const p = plan(false);
    expect(overlappingBlocks(p)).toEqual([]);
    const rows = block(p, "stages").cells;
    expect(block(p, "stages").at).toBe("B4");
    expect(rows[0]).toEqual([
      "Stage",
      "Probability",
      "Open count",
      "Open amount",
      "Weighted amount",
      "Reached",
      "Conversion to next",
      "Average age (days)",
      "Stalled",
      "Lost here",
    ]);
    report.overall.stages.forEach((st, k) =>
      expect(rows[1 + k].slice(0, 9)).toEqual([
        st.name,
        st.probability,
        st.openCount,
        st.openAmount,
        st.weighted,
        st.reached,
        st.conversion ?? "",
        st.avgAge ?? "",
        st.stalled,
      ]),
    );
    expect(rows[8].slice(0, 4)).toEqual(["Won", "", report.overall.won.count, report.overall.won.amount]);
    expect(rows[9].slice(0, 4)).toEqual(["Lost", "", report.overall.lost.count, report.overall.lost.amount]);
    expect(rows[10][2]).toBe(report.overall.winRate);
  });

  it("writes live counts with one COUNTIFS term per stage and status spelling", () => {
    const verify = block(plan(true), "stages").cells[1][2] as { formula: string };
    for (const term of [
      'COUNTIFS(Opportunities[Stage],"Verify",Opportunities[Status],"Open")',
      'COUNTIFS(Opportunities[Stage],"验证商机",Opportunities[Status],"进行中")',
      'COUNTIFS(Opportunities[Stage],1,Opportunities[Status],"")',
    ])
      expect(verify.formula).toContain(term);
    const reached = block(plan(true), "stages").cells[1][5];
    expect(reached).toEqual({ formula: "=SUM(D5:D10)+SUM(K5:K10)+D12" });
  });

  it("adds buckets, the split by region, the stalled list and a funnel-ordered bar chart", () => {
    const p = plan(false);
    expect(
      block(p, "buckets")
        .cells.slice(1)
        .map((r) => r[1]),
    ).toEqual([report.buckets.current.count, report.buckets.next.count, report.buckets.incubating.count]);
    const split = block(p, "split").cells;
    expect(new Set(split.slice(1).map((r) => r[0]))).toEqual(new Set(report.split.groups.map((g) => g.label)));
    expect(block(p, "stalled").cells.length).toBe(report.stalled.length + 1);
    const [chart] = p.charts;
    expect(chart).toMatchObject({ type: "BarClustered", reverseCategories: true });
    expect(chart.series).toEqual([expect.objectContaining({ name: "Reached", values: "G5:G10", xValues: "B5:B10" })]);
  });
});
