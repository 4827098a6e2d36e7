/**
 * Charts and per-segment matrices of the reports, read back from the in-memory host: chart type, axes,
 * series and the cells each series points at (which must hold the core's numbers), and the per-segment
 * matrices at the addresses of the plan.
 */
import { parseCell, rangeAddress } from "../../src/core/a1";
import { AccountRecord } from "../../src/core/dataset";
import { pipelineReport } from "../../src/core/pipeline-report";
import { defaultModel, Model } from "../../src/core/schemas";
import { encodeSegments } from "../../src/core/segments";
import { tierAccounts } from "../../src/core/tiering";
import { TIERS } from "../../src/core/tiers";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { columnRefs, planReport } from "../../src/reports";
import { createHost } from "../host";
import { block } from "../reports/plan-lookup";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

const { spec, wb } = sampleWorkbookSpec();
const base = defaultModel();
const withReports = (reports: Partial<Model["reports"]>, extra: Partial<Model> = {}): Model => ({
  ...base,
  ...extra,
  reports: { ...base.reports, ...reports },
});

/** The cells a chart series points at ("Sheet!P5:P40"), read from the host, as a flat list. */
function cellsOf(host: ReturnType<typeof createHost>, address: string | null): unknown[] {
  const at = address as string;
  return host.values(at.slice(0, at.lastIndexOf("!")).replace(/^'|'$/g, ""), at.slice(at.lastIndexOf("!") + 1)).flat();
}

async function built(model: Model, kind: "nineGrid" | "pipeline", live: boolean) {
  const host = createHost({ workbook: spec });
  const result = await buildReport(host.run, kind, { model, selections: SAMPLE_SELECTIONS, live, asOf: wb.asOf });
  const { dataset, locations } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
  const plan = planReport({ kind, data: dataset, model, asOf: wb.asOf, live, refs: columnRefs(locations) });
  return { host, sheet: result.sheetName, dataset, plan, t: tierAccounts(dataset.accounts, model) };
}

describe("Nine-Grid cut lines are drawn", () => {
  it("as visible lines without markers, while the tier series are markers without lines", async () => {
    const { host, sheet } = await built(withReports({ logScale: true }), "nineGrid", true);
    const [chart] = host.charts(sheet);
    const draws = (s: (typeof chart.series)[number]) => [s.name, s.drawsLine, s.drawsMarkers];
    const cuts = chart.series.filter((s) => s.name.includes("cut"));
    expect(cuts).toHaveLength(4);
    expect(cuts.map(draws)).toEqual(cuts.map((s) => [s.name, true, false]));
    expect(cuts.map((s) => [s.chartType, s.lineColor, s.lineStyle])).toEqual([
      ["XYScatterLinesNoMarkers", "#C55A11", "Dash"],
      ["XYScatterLinesNoMarkers", "#C55A11", "Dash"],
      ["XYScatterLinesNoMarkers", "#548235", "Dash"],
      ["XYScatterLinesNoMarkers", "#548235", "Dash"],
    ]);
    // Each cut line names itself at one end: the vertical ones right of the bottom (cut 1) and the top (cut 2),
    // so close cuts do not overlap; the horizontal ones above their left end, so the line does not strike it.
    expect(cuts.map((s) => s.labels)).toEqual(
      (
        [
          [0, "Right"],
          [1, "Right"],
          [0, "Top"],
          [0, "Top"],
        ] as const
      ).map(([point, position]) => [{ point, showSeriesName: true, showValue: false, position }]),
    );
    const tiers = chart.series.filter((s) => s.name.startsWith("Tier"));
    expect(tiers.map(draws)).toEqual(tiers.map((s) => [s.name, false, true]));
  });
});

describe.each([true, false])("Nine-Grid scatter chart with log scale, live %p", (live) => {
  it("is an XY scatter with logarithmic axes, a series per tier and four cut lines over the right cells", async () => {
    const { host, sheet, dataset, plan, t } = await built(withReports({ logScale: true }), "nineGrid", live);
    const charts = host.charts(sheet);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart.type).toBe("XYScatter");
    expect(chart.axes.map((a) => [a.type, a.scaleType, a.logBase])).toEqual([
      ["Category", "Logarithmic", 10],
      ["Value", "Logarithmic", 10],
    ]);
    const present = TIERS.filter((tier) => t.tiers.includes(tier));
    expect(present.length).toBeGreaterThan(2);
    const cutNames = ["Contribution cut 1", "Contribution cut 2", "Potential cut 1", "Potential cut 2"];
    expect(chart.series.map((s) => s.name)).toEqual([...present.map((tier) => `Tier ${tier}`), ...cutNames]);

    // Each tier series: contribution (x) and potential (y) of that tier's accounts that a log axis can
    // show (both positive), in account order.
    const plottable = (a: AccountRecord) => a.contribution > 0 && a.potential > 0;
    present.forEach((tier, k) => {
      const mine = dataset.accounts.filter((a, i) => t.tiers[i] === tier && plottable(a));
      const s = chart.series[k];
      // The plan's addresses, in the chart-data columns P (contribution) and Q (potential).
      const planned = plan.charts[0].series[k];
      expect([s.xValuesAddress, s.valuesAddress]).toEqual([
        `'Nine-Grid'!${planned.xValues}`,
        `'Nine-Grid'!${planned.values}`,
      ]);
      expect(planned.xValues).toMatch(/^P\d+:P\d+$/);
      expect(cellsOf(host, s.xValuesAddress)).toEqual(mine.map((a) => a.contribution));
      expect(cellsOf(host, s.valuesAddress)).toEqual(mine.map((a) => a.potential));
    });
    // Every cell behind every series, cut lines included, is a positive number.
    const behind = chart.series.flatMap((s) => [...cellsOf(host, s.xValuesAddress), ...cellsOf(host, s.valuesAddress)]);
    expect(behind.filter((v) => !(typeof v === "number" && v > 0))).toEqual([]);

    // The accounts left out are said so under the chart, and still counted in the matrix.
    const tiered = dataset.accounts.filter((_, i) => t.tiers[i] !== null);
    const left = tiered.filter((a) => !plottable(a)).length;
    expect(left).toBe(26); // the sample has accounts with no revenue or no potential yet
    const noteAt = block(plan, "chartNote").at;
    expect(host.values(sheet, noteAt)[0][0]).toBe(
      "26 accounts with zero contribution or potential are not plotted on the log scale (the matrices and the tier summary include them).",
    );
    expect(block(plan, "tierSummary").at).toBe("B20");
    expect(host.values(sheet, "D21:D25").map((r) => r[0])).toEqual([
      ...TIERS.map((tier) => t.computed.filter((x) => x === tier).length),
      tiered.length,
    ]);

    // Cut lines: vertical at each contribution cut, horizontal at each potential cut, spanning the
    // plotted points (a log axis cannot show 0).
    const shown = tiered.filter(plottable);
    const [minC, maxC] = [Math.min(...shown.map((a) => a.contribution)), Math.max(...shown.map((a) => a.contribution))];
    const [minP, maxP] = [Math.min(...shown.map((a) => a.potential)), Math.max(...shown.map((a) => a.potential))];
    const [c1, c2] = t.cuts.contribution[0];
    const [p1, p2] = t.cuts.potential[0];
    const lines = chart.series.slice(present.length);
    const expected = [
      [
        [c1, c1],
        [minP, maxP],
      ],
      [
        [c2, c2],
        [minP, maxP],
      ],
      [
        [minC, maxC],
        [p1, p1],
      ],
      [
        [minC, maxC],
        [p2, p2],
      ],
    ];
    lines.forEach((s, k) => {
      expect(s.markerStyle).toBe("None");
      const [x, y] = [cellsOf(host, s.xValuesAddress) as number[], cellsOf(host, s.valuesAddress) as number[]];
      expected[k][0].forEach((v, j) => expect(x[j]).toBeCloseTo(v, 6));
      expected[k][1].forEach((v, j) => expect(y[j]).toBeCloseTo(v, 6));
    });
  });

  it("clamps a zero cut to the smallest plotted value, and a linear scale plots every account", async () => {
    const zeroCut = withReports(
      { logScale: true },
      { cuts: { ...base.cuts, contribution: [0, "P80"], potential: ["P50", 0.5] } },
    );
    const { host, sheet, dataset, t } = await built(zeroCut, "nineGrid", live);
    const [chart] = host.charts(sheet);
    const lines = chart.series.filter((s) => s.name.includes("cut"));
    const plotted = dataset.accounts.filter((a, i) => t.tiers[i] !== null && a.contribution > 0 && a.potential > 0);
    const minC = Math.min(...plotted.map((a) => a.contribution));
    const minP = Math.min(...plotted.map((a) => a.potential));
    expect(minC).toBeGreaterThan(0);
    expect(cellsOf(host, lines[0].xValuesAddress)).toEqual([minC, minC]); // contribution cut 1 = 0
    expect(cellsOf(host, lines[3].valuesAddress)).toEqual([0.5, 0.5]); // small but positive: kept
    expect(Math.min(...(cellsOf(host, lines[2].xValuesAddress) as number[]))).toBe(minC);
    expect(Math.min(...(cellsOf(host, lines[0].valuesAddress) as number[]))).toBe(minP);

    // Not asked for, log scale comes by itself: the sample's values span more than three orders of magnitude.
    const auto = await built(withReports({ logScale: false }), "nineGrid", live);
    const [chart2] = auto.host.charts(auto.sheet);
    expect(chart2.axes.map((a) => [a.scaleType, a.title.text])).toEqual([
      ["Logarithmic", "Contribution (last 12 months), log scale"],
      ["Logarithmic", "Potential (next 2 years), log scale"],
    ]);
    const tierPoints = chart2.series
      .filter((s) => s.name.startsWith("Tier"))
      .reduce((a, s) => a + cellsOf(auto.host, s.xValuesAddress).length, 0);
    expect(tierPoints).toBe(plotted.length);
  });

  it("fills a 16:9 slide: tier markers outlined and sized, the chart 16:9 over B to G", async () => {
    const { host, sheet } = await built(base, "nineGrid", live);
    const [chart] = host.charts(sheet);
    expect(chart.position.startCell).toMatch(/^'Nine-Grid'!B\d+$/);
    expect(chart.position.endCell).toMatch(/^'Nine-Grid'!G\d+$/);
    expect(chart.position.width / chart.position.height).toBeCloseTo(16 / 9, 1);
    const tiers = chart.series.filter((s) => s.name.startsWith("Tier"));
    expect(tiers.map((s) => [s.name, s.markerStyle, s.markerSize])).toEqual(tiers.map((s) => [s.name, "Circle", 8]));
    // Light tiers get a darker outline, so C and D read on a white plot.
    expect(tiers.every((s) => s.markerForegroundColor !== s.markerBackgroundColor)).toBe(true);
  });
});

/** Per (contribution band, potential band) of the matrix (rows H, M, L × columns H, M, L): count and sum. */
function matrixOf(
  accounts: readonly AccountRecord[],
  t: ReturnType<typeof tierAccounts>,
  keep: (i: number) => boolean,
) {
  const counts = [2, 1, 0].map(() => [0, 0, 0]);
  const sums = [2, 1, 0].map(() => [0, 0, 0]);
  accounts.forEach((a, i) => {
    if (!keep(i) || t.contributionBand[i] < 0 || t.potentialBand[i] < 0) return;
    counts[2 - t.contributionBand[i]][2 - t.potentialBand[i]]++;
    sums[2 - t.contributionBand[i]][2 - t.potentialBand[i]] += a.contribution;
  });
  return { counts, sums };
}

/** The 3×3 numbers of a matrix block (below its header row, right of its label column). */
function readMatrix(host: ReturnType<typeof createHost>, sheet: string, at: string): number[][] {
  const { row, col } = parseCell(at);
  return host.values(sheet, rangeAddress(row + 1, col + 1, 3, 3)) as number[][];
}

describe.each([true, false])("Nine-Grid per-segment matrices, live %p", (live) => {
  it("cut per industry: one matrix per industry at the plan's addresses, equal to the core per segment", async () => {
    const model = withReports({ perSegmentMatrices: true }, { segmentBy: "industry" });
    const { host, sheet, dataset, plan, t } = await built(model, "nineGrid", live);
    const labels = t.segments.labels;
    expect(labels.length).toBeGreaterThan(3);
    labels.forEach((label, code) => {
      const want = matrixOf(dataset.accounts, t, (i) => t.segments.codes[i] === code);
      const counts = block(plan, `segment:${label}:counts`);
      const sums = block(plan, `segment:${label}:sums`);
      expect(host.values(sheet, counts.at)[0][0]).toBe(label);
      expect(readMatrix(host, sheet, counts.at)).toEqual(want.counts);
      readMatrix(host, sheet, sums.at).forEach((row, r) =>
        row.forEach((v, c) => expect(v).toBeCloseTo(want.sums[r][c], 4)),
      );
    });
    // The overall matrix is the sum of the segments' matrices.
    const all = matrixOf(dataset.accounts, t, () => true);
    expect(readMatrix(host, sheet, block(plan, "counts").at)).toEqual(all.counts);
  });

  it("without a model segment: one matrix per industry, with the overall cuts", async () => {
    const model = withReports({ perSegmentMatrices: true });
    const { host, sheet, dataset, plan, t } = await built(model, "nineGrid", live);
    const industries = encodeSegments(
      dataset.accounts.map((a) => a.industry ?? ""),
      dataset.accounts.length,
    );
    expect(industries.labels).not.toContain("");
    expect(plan.blocks.some((b) => b.id.startsWith("segment:(blank)"))).toBe(false);
    const caption = block(plan, "segmentsCaption");
    expect(host.values(sheet, caption.at)[0][0]).toMatch(/^One matrix per industry \(cuts from all accounts/);
    industries.labels.forEach((label, code) => {
      const want = matrixOf(dataset.accounts, t, (i) => industries.codes[i] === code);
      expect(readMatrix(host, sheet, block(plan, `segment:${label}:counts`).at)).toEqual(want.counts);
    });
    const total = industries.labels.reduce(
      (acc, label) =>
        acc +
        readMatrix(host, sheet, block(plan, `segment:${label}:counts`).at)
          .flat()
          .reduce((a, b) => a + b),
      0,
    );
    expect(total).toBe(
      matrixOf(dataset.accounts, t, () => true)
        .counts.flat()
        .reduce((a, b) => a + b),
    );
  });
});

describe.each([true, false])("Pipeline chart, live %p", (live) => {
  it("is a clustered bar of stages reached, first stage on top, over the stage table's cells", async () => {
    const model = base;
    const { host, sheet, dataset, plan, t } = await built(model, "pipeline", live);
    const [chart] = host.charts(sheet);
    expect(chart).toMatchObject({ type: "BarClustered", title: "Opportunities reaching each stage" });
    expect(chart.axes.find((a) => a.type === "Category")?.reversePlotOrder).toBe(true);
    expect(chart.series.map((s) => s.name)).toEqual(["Reached"]);
    const stages = block(plan, "stages");
    const { row, col } = parseCell(stages.at);
    const n = model.stages.length;
    expect(chart.series[0].valuesAddress).toBe(`Pipeline!${rangeAddress(row + 1, col + 5, n, 1)}`);
    expect(chart.series[0].xValuesAddress).toBe(`Pipeline!${rangeAddress(row + 1, col, n, 1)}`);
    const report = pipelineReport(dataset, model.stages, {
      asOf: wb.asOf,
      period: model.reports.period,
      splitBy: "none",
      tiers: t.tiers,
    });
    expect(cellsOf(host, chart.series[0].xValuesAddress)).toEqual(model.stages.map((s) => s.name));
    expect(cellsOf(host, chart.series[0].valuesAddress)).toEqual(report.overall.stages.map((s) => s.reached));
  });
});
