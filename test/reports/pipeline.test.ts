import { pipelineReport } from "../../src/core/pipeline-report";
import { block, overlappingBlocks } from "./plan-lookup";
import { samplePlan, sampleSources } from "./sample-sources";

const s = sampleSources();
const report = pipelineReport(s.data, s.model.stages, { asOf: s.wb.asOf, period: "quarter", splitBy: "region" });
const plan = (live: boolean) => samplePlan(s, "pipeline", live);

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

  it("writes live counts with one COUNTIFS term per stage and status spelling that occurs", () => {
    const verify = block(plan(true), "stages").cells[1][2] as { formula: string };
    const term = /COUNTIFS\(Opportunities\[Stage\],("(?:[^"]|"")*"|\d+),Opportunities\[Status\],("(?:[^"]|"")*")\)/g;
    const written = [...verify.formula.matchAll(term)].map((m) => `${m[1]}|${m[2]}`);
    // The spellings of the open Verify rows the core kept, read from the workbook itself.
    const { headers, rows } = s.wb.opportunities;
    const [st, ss] = [headers.indexOf("Stage"), headers.indexOf("Status")];
    const quote = (v: unknown) => (typeof v === "number" ? String(v) : `"${String(v ?? "").replace(/"/g, '""')}"`);
    const kept = s.data.opportunities.filter((o) => o.stage === 0 && o.status === 0).map((o) => rows[o.row - 2]);
    const expected = new Set(kept.map((r) => `${quote(r[st])}|${quote(r[ss])}`));
    expect(new Set(written)).toEqual(expected);
    expect(written).toHaveLength(expected.size); // each spelling once
    expect(verify.formula).toBe(
      `=${written
        .map((w) => w.split("|"))
        .map(([a, b]) => `COUNTIFS(Opportunities[Stage],${a},Opportunities[Status],${b})`)
        .join("+")}`,
    );
    expect(expected.size).toBeGreaterThan(2); // English, Chinese and the stage number all occur in the sample
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
