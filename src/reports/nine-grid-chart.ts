import { columnLetter } from "../core/a1";
import { AccountRecord } from "../core/dataset";
import { maxOf, minOf } from "../core/stats";
import { TieringResult } from "../core/tiering";
import { Tier, TIERS } from "../core/tiers";
import { PlanCell } from "./plan";
import { PlanBuilder, Placed } from "./plan-builder";
import { NUMBER, TIER_COLORS } from "./styles";
import { NINE_GRID_WORDS, NineGridWords } from "./nine-grid-words";

export interface ScatterInput {
  accounts: readonly AccountRecord[];
  tiering: TieringResult;
  /** The user asked for log axes; without it an axis is logarithmic when its data spans > 1000× (AUTO_LOG_RATIO). */
  logScale: boolean;
  /** Live and one population: the cut lines follow the live cut cells (row 1 of `cuts`). */
  liveCuts: boolean;
  /** Cuts per segment: there is no one set of cut lines to draw. */
  segmented: boolean;
  cuts: Placed;
  /** The sheet's words in the report language; English when absent. */
  words?: NineGridWords;
}

export type ScatterAxis = "contribution" | "potential";

/**
 * What the pane can tell the user about the chart (worded in en-US.ts and zh-CN.ts under `scatterNotes`): an
 * axis made logarithmic because its data spans more than three orders of magnitude, and accounts a log axis
 * cannot show.
 */
export type ScatterNote =
  { code: "scatterAutoLog"; axes: ScatterAxis[] } | { code: "scatterNotPlotted"; count: number };

export interface ScatterResult {
  /** Which axes are logarithmic. */
  logScale: Record<ScatterAxis, boolean>;
  notes: ScatterNote[];
}

/** An axis whose positive values span more than this factor (three orders of magnitude) gets a log scale. */
export const AUTO_LOG_RATIO = 1000;

/** Largest over smallest positive value; 1 when there are fewer than two. */
export function spanRatio(values: readonly number[]): number {
  let min = Infinity;
  let max = 0;
  for (const v of values)
    if (v > 0) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  return max > 0 && Number.isFinite(min) ? max / min : 1;
}

const CHART_COL = 13; // column N, right of everything else on the sheet
/**
 * The chart covers columns B to G and 25 rows: with the sheet's widths (B 24, C–F 18, G 26 characters, 663 pt)
 * and 15-pt rows that is 663 × 375 pt, 16:9, so it fills a slide without being stretched.
 */
const CHART_TO_COLUMN = "G";
const CHART_ROWS = 25;
/** Marker outlines one step darker than the tier fill, so the light tiers (C, D) stand out on a white plot. */
const MARKER_BORDER: Record<Tier, string> = { A: "#0B2A4A", B: "#1F4E79", C: "#2E75B6", D: "#7F7F7F" };
/** Cut lines: dashed, orange across contribution and green across potential, neither a tier colour. */
const CUT_COLOR: Record<ScatterAxis, string> = { contribution: "#C55A11", potential: "#548235" };

/**
 * The nine-grid scatter (DOMAIN.md §4): its data far right (one series per tier) and the four cut
 * lines, the chart at the cursor, and a note under it when points are left out.
 *
 * An axis is logarithmic when the user asks or when its positive values span more than three orders of
 * magnitude (the sample's contributions span 36,000×: on a linear axis most accounts sit in one corner); the
 * axis title says "log scale" and the result carries a note for the pane. A logarithmic axis cannot show 0 or
 * less (Excel warns and misdraws), so an account whose value on a log axis is not positive is left out of the
 * chart data, and the note under the chart says how many; the matrices and the tier summary still count it.
 * Cut lines stay positive too, and each is labelled at its end.
 */
export function placeScatter(b: PlanBuilder, input: ScatterInput): ScatterResult {
  const { accounts, tiering: t } = input;
  const w = input.words ?? NINE_GRID_WORDS.en;
  const tiered = accounts.map((_, i) => i).filter((i) => t.tiers[i] !== null);
  const auto = (axis: ScatterAxis) => spanRatio(tiered.map((i) => accounts[i][axis])) > AUTO_LOG_RATIO;
  const autoLog = (["contribution", "potential"] as const).filter((axis) => !input.logScale && auto(axis));
  const log: Record<ScatterAxis, boolean> = {
    contribution: input.logScale || autoLog.includes("contribution"),
    potential: input.logScale || autoLog.includes("potential"),
  };
  const plotted = (i: number) =>
    (!log.contribution || accounts[i].contribution > 0) && (!log.potential || accounts[i].potential > 0);
  const shown = tiered.filter(plotted);

  const dataRows: PlanCell[][] = [w.chartDataHeader];
  const spans: { tier: Tier; from: number; count: number }[] = [];
  for (const tier of TIERS) {
    const idx = shown.filter((i) => t.tiers[i] === tier);
    spans.push({ tier, from: dataRows.length, count: idx.length });
    for (const i of idx) dataRows.push([tier, accounts[i].name, accounts[i].contribution, accounts[i].potential]);
  }
  const chartData = b.block("chartData", `${columnLetter(CHART_COL)}4`, dataRows, {
    header: true,
    numberFormat: ["General", "General", NUMBER, NUMBER],
  });

  // The lines span the plotted points: from 0 on linear axes, from the smallest plotted value on log ones.
  const span = (axis: ScatterAxis) => {
    const xs = shown.map((i) => accounts[i][axis]);
    const max = maxOf(xs, 1);
    return { min: log[axis] ? minOf(xs, max) : 0, max };
  };
  const c = span("contribution");
  const p = span("potential");
  const cutValue = (axis: ScatterAxis, k: 0 | 1): PlanCell => {
    const floor = axis === "contribution" ? c.min : p.min;
    if (input.liveCuts) {
      const cell = input.cuts.cell(1, (axis === "contribution" ? 1 : 3) + k);
      return { formula: log[axis] ? `=IF(${cell}>0,${cell},${floor})` : `=${cell}` };
    }
    const value = t.cuts[axis][0][k];
    return log[axis] && !(value > 0) ? floor : value;
  };
  const lines: PlanCell[][] = [
    w.cutLineHeader,
    [w.cutLine("contribution", 1), cutValue("contribution", 0), p.min],
    ["", cutValue("contribution", 0), p.max],
    [w.cutLine("contribution", 2), cutValue("contribution", 1), p.min],
    ["", cutValue("contribution", 1), p.max],
    [w.cutLine("potential", 1), c.min, cutValue("potential", 0)],
    ["", c.max, cutValue("potential", 0)],
    [w.cutLine("potential", 2), c.min, cutValue("potential", 1)],
    ["", c.max, cutValue("potential", 1)],
  ];
  const lineBlock = b.block("cutLines", `${columnLetter(CHART_COL + 5)}4`, input.segmented ? [] : lines, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER],
  });

  b.cursor++;
  const chartTop = b.cursor;
  b.chart({
    id: "NineGridScatter",
    type: "XYScatter",
    title: w.chartTitle,
    from: `B${chartTop + 1}`,
    to: `${CHART_TO_COLUMN}${chartTop + CHART_ROWS}`,
    series: [
      ...spans
        .filter((s) => s.count > 0)
        .map((s) => ({
          name: w.tierSeries(s.tier),
          xValues: chartData.range(s.from, 2, s.count, 1),
          values: chartData.range(s.from, 3, s.count, 1),
          color: TIER_COLORS[s.tier],
          markerBorder: MARKER_BORDER[s.tier],
          markerSize: 8,
          style: "markers" as const,
        })),
      ...(input.segmented
        ? []
        : [0, 1, 2, 3].map((k) => ({
            name: lines[1 + 2 * k][0] as string,
            xValues: lineBlock.range(1 + 2 * k, 1, 2, 1),
            values: lineBlock.range(1 + 2 * k, 2, 2, 1),
            color: CUT_COLOR[k < 2 ? "contribution" : "potential"],
            style: "line" as const,
            dashed: true,
            // Labels at a line's end, apart: cut 1 at the bottom and cut 2 at the top of the vertical lines (close
            // cuts would overlap), the horizontal ones above their left end (the right one meets the legend).
            // Horizontal lines get their label above them, so the line does not run through the text.
            endLabel: {
              at: k === 1 ? ("last" as const) : ("first" as const),
              position: k < 2 ? "Right" : "Top",
            } as const,
          }))),
    ],
    xAxis: { title: w.axisTitle("contribution", log.contribution), logScale: log.contribution },
    yAxis: { title: w.axisTitle("potential", log.potential), logScale: log.potential },
    legend: "Right",
  });
  // The notes go in the two free rows under the chart, so nothing below them moves: accounts left out, then
  // the axes made logarithmic on their own (the sheet says why its scale is not linear).
  const left = tiered.length - shown.length;
  const notes: ScatterNote[] = [];
  if (autoLog.length) notes.push({ code: "scatterAutoLog", axes: autoLog });
  if (left > 0) notes.push({ code: "scatterNotPlotted", count: left });
  [...notes].reverse().forEach((note, k) => {
    const text = note.code === "scatterAutoLog" ? w.autoLog(note.axes) : w.notPlotted(note.count);
    const id = note.code === "scatterAutoLog" ? "scaleNote" : "chartNote";
    const placed = b.block(id, `B${chartTop + CHART_ROWS + 1 + k}`, [[text]]);
    b.format({ range: placed.cell(0, 0), italic: true, fontColor: "#595959" });
  });
  b.cursor = chartTop + CHART_ROWS + 3;
  return { logScale: log, notes };
}
