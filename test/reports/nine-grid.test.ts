import { tierAccounts } from "../../src/core/tiering";
import { TIERS } from "../../src/core/tiers";
import { planReport } from "../../src/reports";
import { AUTO_LOG_RATIO, placeScatter, spanRatio } from "../../src/reports/nine-grid-chart";
import { PlanBuilder, placedAt } from "../../src/reports/plan-builder";
import { block, overlappingBlocks } from "./plan-lookup";
import { refsOf, sampleSources } from "./sample-sources";

const s = sampleSources();
const t = tierAccounts(s.data.accounts, s.model);
const staticPlan = planReport({
  kind: "nineGrid",
  data: s.data,
  model: s.model,
  asOf: s.wb.asOf,
  live: false,
  refs: refsOf(s),
});
const livePlan = planReport({
  kind: "nineGrid",
  data: s.data,
  model: s.model,
  asOf: s.wb.asOf,
  live: true,
  refs: refsOf(s),
});

describe("Nine-Grid plan on the sample workbook", () => {
  it("lays out cuts, matrices, tier grid and summary at fixed addresses without overlaps", () => {
    expect(overlappingBlocks(staticPlan)).toEqual([]);
    expect(Object.fromEntries(staticPlan.blocks.map((b) => [b.id, b.at]))).toMatchObject({
      title: "A1",
      cuts: "B4",
      counts: "B9",
      sums: "G9",
      tierMap: "B14",
      topAccounts: "G14",
      tierSummary: "B20",
      chartData: "N4",
      cutLines: "S4",
    });
  });

  it("writes counts and contribution per cell equal to the core's bands (static)", () => {
    const counts = block(staticPlan, "counts").cells;
    const sums = block(staticPlan, "sums").cells;
    const bands = ["H", "M", "L"];
    bands.forEach((_cb, r) =>
      bands.forEach((_pb, c) => {
        const idx = s.data.accounts
          .map((_, i) => i)
          .filter((i) => t.contributionBand[i] === 2 - r && t.potentialBand[i] === 2 - c);
        expect(counts[1 + r][1 + c]).toBe(idx.length);
        expect(sums[1 + r][1 + c]).toBeCloseTo(
          idx.reduce((a, i) => a + s.data.accounts[i].contribution, 0),
          6,
        );
      }),
    );
    expect(counts[0]).toEqual(["Accounts", "Potential H", "Potential M", "Potential L"]);
  });

  it("summarises tiers before and after approved overrides and lists pending ones", () => {
    const rows = block(staticPlan, "tierSummary").cells;
    TIERS.forEach((tier, k) => {
      expect(rows[1 + k][0]).toBe(tier);
      expect(rows[1 + k][2]).toBe(t.computed.filter((x) => x === tier).length);
      expect(rows[1 + k][4]).toBe(t.tiers.filter((x) => x === tier).length);
    });
    if (t.pending.length) expect(block(staticPlan, "pending").cells.length).toBe(t.pending.length + 1);
  });

  it("writes live COUNTIFS/SUMIFS over the Accounts table and PERCENTILE.INC cut cells", () => {
    const cuts = block(livePlan, "cuts").cells[1];
    expect(cuts[1]).toEqual({ formula: "=PERCENTILE.INC(Accounts[Contribution],0.5)" });
    expect(cuts[4]).toEqual({ formula: "=PERCENTILE.INC(Accounts[Potential],0.8)" });
    expect(block(livePlan, "counts").cells[1][1]).toEqual({
      formula: '=COUNTIFS(Accounts[Contribution],">="&D5,Accounts[Potential],">="&F5)',
    });
    expect(block(livePlan, "sums").cells[3][3]).toEqual({
      formula: '=SUMIFS(Accounts[Contribution],Accounts[Contribution],"<"&C5,Accounts[Potential],"<"&E5)',
    });
    expect(block(livePlan, "tierSummary").cells[1][2]).toEqual({ formula: "=C10" }); // tier A is the H/H cell only
    expect(block(livePlan, "tierSummary").cells[2][2]).toEqual({ formula: "=D10+C11" }); // B: H/M and M/H
  });

  it("draws one scatter series per tier plus four cut lines, from the chart data block", () => {
    const [chart] = staticPlan.charts;
    expect(chart.type).toBe("XYScatter");
    const tiersPresent = TIERS.filter((x) => t.tiers.includes(x));
    expect(chart.series.map((x) => x.name)).toEqual([
      ...tiersPresent.map((x) => `Tier ${x}`),
      "Contribution cut 1",
      "Contribution cut 2",
      "Potential cut 1",
      "Potential cut 2",
    ]);
    const a = t.tiers.filter((x) => x === "A").length;
    expect(chart.series[0]).toMatchObject({ xValues: `P5:P${4 + a}`, values: `Q5:Q${4 + a}` });
    expect(chart.series[tiersPresent.length]).toMatchObject({ xValues: "T5:T6", values: "U5:U6", style: "line" });
  });

  it("colour-scales both matrices", () => {
    expect(staticPlan.conditionalFormats.filter((c) => c.kind === "colorScale").map((c) => c.range)).toEqual(
      expect.arrayContaining(["C10:E12", "H10:J12"]),
    );
  });
});

describe("Nine-Grid per-segment matrices when the model has no segment", () => {
  const plan = (accounts: typeof s.data.accounts, live = false) =>
    planReport({
      kind: "nineGrid",
      data: { ...s.data, accounts },
      model: { ...s.model, reports: { ...s.model.reports, perSegmentMatrices: true } },
      asOf: s.wb.asOf,
      live,
      refs: refsOf(s),
    });
  const segmentBlocks = (p: ReturnType<typeof plan>) =>
    p.blocks.filter((x) => /^segment:.*:counts$/.test(x.id)).map((x) => x.cells[0][0]);

  it("groups by industry, with live COUNTIFS over the industry column and the overall cuts", () => {
    const p = plan(s.data.accounts, true);
    const industries = [...new Set(s.data.accounts.map((a) => a.industry))];
    expect(segmentBlocks(p)).toEqual(industries);
    expect(block(p, "segmentsCaption").cells[0][0]).toBe(
      "One matrix per industry (cuts from all accounts; choose Segment by to cut each industry separately)",
    );
    expect(block(p, `segment:${industries[0]}:counts`).cells[1][1]).toEqual({
      formula: `=COUNTIFS(Accounts[Contribution],">="&D5,Accounts[Potential],">="&F5,Accounts[Industry],"${industries[0]}")`,
    });
    expect(overlappingBlocks(p)).toEqual([]);
  });

  it("falls back to region without industries, and says what it needs without either", () => {
    const noIndustry = s.data.accounts.map((a) => ({ ...a, industry: null }));
    expect(segmentBlocks(plan(noIndustry))).toEqual([...new Set(s.data.accounts.map((a) => a.region))]);
    const neither = plan(noIndustry.map((a) => ({ ...a, region: " " })));
    expect(segmentBlocks(neither)).toEqual([]);
    expect(block(neither, "segmentsCaption").cells[0][0]).toMatch(
      /^One matrix per segment needs a segment: map an Industry or Region column/,
    );
  });
});

/** The sample's accounts whose contribution and potential lie in [100,000, 50,000,000]: a span under 1000×. */
const narrow = {
  ...s.data,
  accounts: s.data.accounts.filter((a) => [a.contribution, a.potential].every((v) => v >= 100_000 && v <= 50_000_000)),
};

describe("Nine-Grid scatter on a log scale", () => {
  const planWith = (model: typeof s.model, live = false, data = s.data) =>
    planReport({ kind: "nineGrid", data, model, asOf: s.wb.asOf, live, refs: refsOf(s) });
  const logModel = { ...s.model, reports: { ...s.model.reports, logScale: true } };
  const logPlan = planWith(logModel);
  /** The chart-data rows (tier, name, contribution, potential) a series range covers, e.g. "P5:P9". */
  const rowsOf = (range: string) => {
    const data = block(logPlan, "chartData");
    const [from, to] = range.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    return data.cells.slice(from - 4, to - 4 + 1); // chartData starts in row 4
  };

  it("plots only accounts with positive contribution and potential, and says how many are left out", () => {
    const positive = s.data.accounts.filter((a, i) => t.tiers[i] !== null && a.contribution > 0 && a.potential > 0);
    const left = t.tiers.filter((x) => x !== null).length - positive.length;
    expect(left).toBe(26);
    const tierSeries = logPlan.charts[0].series.filter((x) => x.style === "markers");
    const plotted = tierSeries.flatMap((x) => rowsOf(x.xValues as string));
    expect(plotted.map((r) => r[1])).toEqual(
      TIERS.flatMap((tier) => positive.filter((a) => t.tiers[s.data.accounts.indexOf(a)] === tier).map((a) => a.name)),
    );
    expect(plotted.every((r) => (r[2] as number) > 0 && (r[3] as number) > 0)).toBe(true);
    expect(logPlan.charts[0].to).toBe("G69");
    expect(block(logPlan, "chartNote")).toMatchObject({
      at: "B70", // the row under the chart (the nine-box, 17 rows, sits above it)
      cells: [
        [
          "26 accounts with zero contribution or potential are not plotted on the log scale (the matrices and the tier summary include them).",
        ],
      ],
    });
    expect(overlappingBlocks(logPlan)).toEqual([]);
  });

  it("leaves the matrices, the tier summary and everything below the chart where and as they were", () => {
    // Linear: accounts whose values span less than 1000× (the whole sample would switch to log by itself).
    const linear = planWith(s.model, false, narrow);
    const log = planWith(logModel, false, narrow);
    expect(linear.charts[0].xAxis?.logScale).toBe(false);
    expect(log.blocks.some((x) => x.id === "chartNote")).toBe(false); // nothing non-positive in `narrow`
    for (const id of ["counts", "sums", "tierSummary", "topAccounts"])
      expect(block(log, id)).toEqual(block(linear, id));
    const below = (p: typeof linear) =>
      p.blocks.filter((x) => !["chartData", "cutLines", "chartNote", "scaleNote"].includes(x.id));
    expect(below(log).map((x) => x.at)).toEqual(below(linear).map((x) => x.at));
    // With accounts left out, the note takes the free row under the chart: nothing below moves either.
    expect(below(logPlan).map((x) => x.at)).toEqual(below(planWith(s.model)).map((x) => x.at));
  });

  it("keeps cut lines positive: a zero cut starts at the smallest plotted value, live ones through IF", () => {
    const zeroCut = { ...logModel, cuts: { ...logModel.cuts, contribution: [0, "P80"] as [number, string] } };
    const lines = block(planWith(zeroCut), "cutLines").cells;
    const plottedC = s.data.accounts
      .filter((a, i) => t.tiers[i] !== null && a.contribution > 0 && a.potential > 0)
      .map((a) => a.contribution);
    const minC = Math.min(...plottedC);
    expect(lines[1].slice(1, 2)).toEqual([minC]);
    expect(lines[2].slice(1, 2)).toEqual([minC]);
    expect(
      lines
        .slice(1)
        .flatMap((r) => r.slice(1))
        .every((v) => typeof v === "number" && v > 0),
    ).toBe(true);
    const live = block(planWith(logModel, true), "cutLines").cells;
    expect(live[1][1]).toEqual({ formula: `=IF(C5>0,C5,${minC})` });
    expect(block(planWith(s.model, true, narrow), "cutLines").cells[1][1]).toEqual({ formula: "=C5" });
  });
});

describe("Nine-Grid scatter: automatic log scale and legibility", () => {
  const planOf = (data: typeof s.data, logScale = false) =>
    planReport({
      kind: "nineGrid",
      data,
      model: { ...s.model, reports: { ...s.model.reports, logScale } },
      asOf: s.wb.asOf,
      live: false,
      refs: refsOf(s),
    });
  const scatter = (data: typeof s.data, logScale = false) => {
    const tiering = tierAccounts(data.accounts, s.model);
    const b = new PlanBuilder("nineGrid", "Nine-Grid");
    return placeScatter(b, {
      accounts: data.accounts,
      tiering,
      logScale,
      liveCuts: false,
      segmented: false,
      cuts: placedAt("cuts", 3, 1, 2, 6),
    });
  };
  /** The sample with every account's potential moved into [1, 2) million: contribution still spans 36,000×. */
  const flatPotential = {
    ...s.data,
    accounts: s.data.accounts.map((a, i) => ({ ...a, potential: 1_000_000 + (i % 1000) * 1000 })),
  };

  it("turns both axes logarithmic on the sample (spans 36,000× and 23,000×) and says so", () => {
    const [chart] = planOf(s.data).charts;
    expect([chart.xAxis?.logScale, chart.yAxis?.logScale]).toEqual([true, true]);
    expect(chart.xAxis?.title).toBe("Contribution (last 12 months), log scale");
    expect(chart.yAxis?.title).toBe("Potential (next 2 years), log scale");
    expect(scatter(s.data).notes).toEqual([
      { code: "scatterAutoLog", axes: ["contribution", "potential"] },
      { code: "scatterNotPlotted", count: 26 },
    ]);
    // Asked for, log scale is no news: only the accounts left out are worth a note.
    expect(scatter(s.data, true).notes).toEqual([{ code: "scatterNotPlotted", count: 26 }]);
  });

  it("decides per axis, and keeps accounts a linear axis can show", () => {
    const result = scatter(flatPotential);
    expect(result.logScale).toEqual({ contribution: true, potential: false });
    expect(result.notes).toEqual([
      { code: "scatterAutoLog", axes: ["contribution"] },
      { code: "scatterNotPlotted", count: 19 }, // the sample's accounts without contribution
    ]);
    const [chart] = planOf(flatPotential).charts;
    expect(chart.yAxis).toEqual({ title: "Potential (next 2 years)", logScale: false });
  });

  it("stays linear under three orders of magnitude", () => {
    expect(scatter(narrow)).toEqual({ logScale: { contribution: false, potential: false }, notes: [] });
    expect(planOf(narrow).charts[0].xAxis).toEqual({ title: "Contribution (last 12 months)", logScale: false });
  });

  it("measures the span over positive values only, strictly above 1000×", () => {
    expect(spanRatio([0, -5, 10, 10_000])).toBe(1000);
    expect(spanRatio([10, 10_001])).toBeGreaterThan(AUTO_LOG_RATIO);
    expect(spanRatio([0, 0])).toBe(1);
    expect(spanRatio([])).toBe(1);
  });

  it("draws distinct tier markers with outlines, and dashed cut lines labelled at their ends", () => {
    const [chart] = planOf(s.data).charts;
    const tiers = chart.series.filter((x) => x.style === "markers");
    expect(new Set(tiers.map((x) => x.color)).size).toBe(tiers.length);
    expect(tiers.every((x) => x.markerBorder && x.markerBorder !== x.color && (x.markerSize ?? 0) >= 8)).toBe(true);
    const cuts = chart.series.filter((x) => x.style === "line");
    const right = (at: string) => ({ at, position: "Right" });
    const above = (at: string) => ({ at, position: "Top" }); // a horizontal line would strike its label
    expect(cuts.map((x) => [x.name, x.dashed, x.endLabel])).toEqual([
      ["Contribution cut 1", true, right("first")],
      ["Contribution cut 2", true, right("last")],
      ["Potential cut 1", true, above("first")],
      ["Potential cut 2", true, above("first")],
    ]);
    // Cut lines are not in any tier's colour.
    expect(cuts.some((x) => tiers.some((y) => y.color === x.color))).toBe(false);
  });
});
