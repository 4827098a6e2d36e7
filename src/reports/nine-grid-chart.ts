import { columnLetter } from "../core/a1";
import { AccountRecord } from "../core/dataset";
import { maxOf, minOf } from "../core/stats";
import { TieringResult } from "../core/tiering";
import { Tier, TIERS } from "../core/tiers";
import { PlanCell } from "./plan";
import { PlanBuilder, Placed } from "./plan-builder";
import { NUMBER, TIER_COLORS } from "./styles";

export interface ScatterInput {
  accounts: readonly AccountRecord[];
  tiering: TieringResult;
  logScale: boolean;
  /** Live and one population: the cut lines follow the live cut cells (row 1 of `cuts`). */
  liveCuts: boolean;
  /** Cuts per segment: there is no one set of cut lines to draw. */
  segmented: boolean;
  cuts: Placed;
}

const CHART_COL = 13; // column N, right of everything else on the sheet

/**
 * The nine-grid scatter (DOMAIN.md §4): its data far right (one series per tier) and the four cut
 * lines, the chart at the cursor, and a note under it when points are left out.
 *
 * A logarithmic axis cannot show 0 or less (Excel warns and misdraws), so with the log scale an
 * account whose contribution or potential is not positive is left out of the chart data, and the note
 * says how many; the matrices and the tier summary still count it. Cut lines stay positive too.
 */
export function placeScatter(b: PlanBuilder, input: ScatterInput): void {
  const { accounts, tiering: t, logScale } = input;
  const plotted = (i: number) => !logScale || (accounts[i].contribution > 0 && accounts[i].potential > 0);
  const tiered = accounts.map((_, i) => i).filter((i) => t.tiers[i] !== null);
  const shown = tiered.filter(plotted);

  const dataRows: PlanCell[][] = [["Tier", "Account", "Contribution", "Potential"]];
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
  const span = (of: (a: AccountRecord) => number) => {
    const xs = shown.map((i) => of(accounts[i]));
    const max = maxOf(xs, 1);
    return { min: logScale ? minOf(xs, max) : 0, max };
  };
  const c = span((a) => a.contribution);
  const p = span((a) => a.potential);
  const cutValue = (axis: "contribution" | "potential", k: 0 | 1): PlanCell => {
    const floor = axis === "contribution" ? c.min : p.min;
    if (input.liveCuts) {
      const cell = input.cuts.cell(1, (axis === "contribution" ? 1 : 3) + k);
      return { formula: logScale ? `=IF(${cell}>0,${cell},${floor})` : `=${cell}` };
    }
    const value = t.cuts[axis][0][k];
    return logScale && !(value > 0) ? floor : value;
  };
  const lines: PlanCell[][] = [
    ["Cut line", "x", "y"],
    ["Contribution cut 1", cutValue("contribution", 0), p.min],
    ["", cutValue("contribution", 0), p.max],
    ["Contribution cut 2", cutValue("contribution", 1), p.min],
    ["", cutValue("contribution", 1), p.max],
    ["Potential cut 1", c.min, cutValue("potential", 0)],
    ["", c.max, cutValue("potential", 0)],
    ["Potential cut 2", c.min, cutValue("potential", 1)],
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
    title: "Accounts by contribution and potential",
    from: `B${chartTop + 1}`,
    to: `K${chartTop + 22}`,
    series: [
      ...spans
        .filter((s) => s.count > 0)
        .map((s) => ({
          name: `Tier ${s.tier}`,
          xValues: chartData.range(s.from, 2, s.count, 1),
          values: chartData.range(s.from, 3, s.count, 1),
          color: TIER_COLORS[s.tier],
          style: "markers" as const,
        })),
      ...(input.segmented
        ? []
        : [0, 1, 2, 3].map((k) => ({
            name: lines[1 + 2 * k][0] as string,
            xValues: lineBlock.range(1 + 2 * k, 1, 2, 1),
            values: lineBlock.range(1 + 2 * k, 2, 2, 1),
            color: "#7F7F7F",
            style: "line" as const,
          }))),
    ],
    xAxis: { title: "Contribution (last 12 months)", logScale },
    yAxis: { title: "Potential (next 2 years)", logScale },
    legend: "Right",
  });
  // The note goes in the free row under the chart, so nothing below it moves.
  const left = tiered.length - shown.length;
  if (left > 0) {
    const note = b.block("chartNote", `B${chartTop + 23}`, [
      [
        `${left.toLocaleString("en-US")} account${left === 1 ? "" : "s"} with zero contribution or potential ${left === 1 ? "is" : "are"} not plotted on the log scale (the matrices and the tier summary include ${left === 1 ? "it" : "them"}).`,
      ],
    ]);
    b.format({ range: note.cell(0, 0), italic: true, fontColor: "#595959" });
  }
  b.cursor = chartTop + 24;
}
