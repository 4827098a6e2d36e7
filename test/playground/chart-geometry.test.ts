/** Chart scales and layout: Excel-like automatic axes, log axes, legends that make room for the plot. */
import { chartKind, layoutChart, linearScale, logScale, tickLabels } from "./chart-geometry";
import type { ChartDescription } from "./chart-geometry";
import { defaultAxis } from "../host/model";

test("linear scales: nice major units, zero included unless the data sit far from it, the axis's own bounds", () => {
  expect(linearScale(3, 97, { zero: true }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  expect(linearScale(0, 1250).ticks).toEqual([0, 250, 500, 750, 1000, 1250]);
  // 900–1000 is far from zero: Excel starts near the data.
  expect(linearScale(900, 1000, { zero: true }).min).toBeGreaterThan(0);
  const own = linearScale(3, 97, { min: 10, max: 50, majorUnit: 10 });
  expect([own.min, own.max, own.ticks]).toEqual([10, 50, [10, 20, 30, 40, 50]]);
  expect(linearScale(5, 5).ticks.length).toBeGreaterThan(1);
  expect(linearScale(0, 1).fraction(0.25)).toBeCloseTo(0.25);
});

test("log scales: whole powers around the data, the axis's bounds and base", () => {
  const s = logScale(3, 4_200_000);
  expect([s.min, s.max]).toEqual([1, 10_000_000]);
  expect(s.ticks).toEqual([1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]);
  expect(s.fraction(1000)).toBeCloseTo(3 / 7);
  expect(s.fraction(0)).toBeNaN();
  expect(logScale(2, 30, { base: 2 }).ticks).toEqual([2, 4, 8, 16, 32]);
  expect(logScale(2, 30, { min: 1, max: 100 }).ticks).toEqual([1, 10, 100]);
  expect(tickLabels(s)).toEqual(["1", "10", "100", "1K", "10K", "100K", "1M", "10M"]);
  expect(tickLabels(logScale(1, 1000))).toEqual(["1", "10", "100", "1,000"]);
});

test("chart kinds", () => {
  expect(chartKind("XYScatter")).toMatchObject({ kind: "scatter", lines: false, markers: true });
  expect(chartKind("XYScatterLinesNoMarkers")).toMatchObject({ kind: "scatter", lines: true, markers: false });
  expect(chartKind("BarClustered")).toMatchObject({ kind: "bar", stacked: false });
  expect(chartKind("ColumnStacked")).toMatchObject({ kind: "column", stacked: true });
  expect(chartKind("LineMarkers")).toMatchObject({ kind: "line", markers: true });
  expect(chartKind("Pie").kind).toBe("column"); // drawn as columns
});

const axis = defaultAxis;

function chart(overrides: Partial<ChartDescription> = {}): ChartDescription {
  const series = (name: string, values: number[], extra = {}) => ({
    name,
    chartType: "ColumnClustered",
    valuesAddress: null,
    xValuesAddress: null,
    values,
    xValues: ["Q1", "Q2", "Q3"],
    color: null,
    lineColor: null,
    lineStyle: "Automatic",
    markerStyle: "Automatic",
    markerSize: 7,
    markerBackgroundColor: "",
    markerForegroundColor: "",
    ...extra,
  });
  return {
    name: "C",
    type: "ColumnClustered",
    title: "Sales",
    sourceAddress: null,
    position: { top: 0, left: 0, width: 360, height: 216, startCell: null, endCell: null },
    legend: { position: "Right", visible: true },
    axes: [axis("Category"), axis("Value")],
    series: [series("North", [10, 20, 30]), series("South", [5, 15, 25])],
    ...overrides,
  } as ChartDescription;
}

test("clustered columns: one bar per series and category, side by side, heights by value", () => {
  const layout = layoutChart(chart(), 600, 300);
  const [north, south] = layout.series;
  expect(north.bars).toHaveLength(3);
  expect(south.bars[0].x).toBeGreaterThan(north.bars[0].x);
  expect(north.bars[2].height / north.bars[0].height).toBeCloseTo(3);
  expect(layout.axes.find((a) => a.kind === "category")?.ticks.map((t) => t.label)).toEqual(["Q1", "Q2", "Q3"]);
  expect(layout.legend?.position).toBe("Right");
  expect(layout.legend?.entries.map((e) => [e.name, e.swatch])).toEqual([
    ["North", "box"],
    ["South", "box"],
  ]);
  expect(north.color).not.toBe(south.color); // Office palette
});

test("a narrow chart puts its side legend below the plot", () => {
  const wide = layoutChart(chart(), 600, 300);
  const narrow = layoutChart(chart(), 320, 300);
  expect(narrow.legend?.position).toBe("Bottom");
  expect(narrow.plot.width).toBeGreaterThan(320 - 120);
  expect(narrow.plot.height).toBeLessThan(wide.plot.height);
  expect(layoutChart(chart({ legend: { position: "Right", visible: false } }), 320, 300).legend).toBeNull();
});
