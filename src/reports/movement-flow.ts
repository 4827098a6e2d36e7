/**
 * The Movement sheet's first sections (DOMAIN.md §9): opportunities by movement label, the open pipeline
 * change from t0 to t1 with its chart, and the per-stage flow in counts and in amounts with a check column
 * (start + in − out − end = 0) and a chart of the open opportunities per stage at both dates.
 */
import { cellAddress, columnLetter } from "../core/a1";
import { isoFromSerial } from "../core/dates";
import { CountAmount, MOVEMENT_LABELS, StageFlow } from "../core/movement";
import type { MovementSheet } from "./movement-sheet";
import { PlanCell } from "./plan";
import { Placed } from "./plan-builder";
import { NUMBER, SCALE_HIGH, SCALE_LOW } from "./styles";

/** Count and amount per label: a comparison of two rows per opportunity, which only the core can make. */
export function labelsSection({ b, w, result }: MovementSheet): Placed {
  b.caption("labelsCaption", w.labelsCaption);
  const rows = MOVEMENT_LABELS.map((l) => [w.labels[l], result.totals[l].count, result.totals[l].amount]);
  return b.block("labels", { col: 1 }, [w.labelsHeader, ...rows], {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER],
  });
}

/** The t0 series: lighter than t1's, still visible on white (SCALE_LOW is for cell fills). */
const START_COLOR = "#9DC3E6";

/** Flow columns after the stage name, in flowHeader order (start … end). */
const IN_OUT: readonly (keyof StageFlow)[] = [
  "new", "advancedIn", "slippedIn", "reopened", "advancedOut", "slippedOut", "won", "lost", "dropped",
]; // prettier-ignore
/** In the amounts table: the revisions sit between the flows and End. */
const COUNT_COLS = { start: 1, end: 11, check: 12 } as const;
const AMOUNT_COLS = { start: 1, up: 11, down: 12, end: 13, check: 14 } as const;

/** Where the amounts table's total row is, for the bridge (laid out before it). */
interface FlowTotals {
  cell(column: number): string;
}

/**
 * The open pipeline from t0 to t1 in amounts: start, + new, + reopened, − won, − lost, − dropped, ± the
 * amount changes of those that stayed open (revisions and stage moves), end. Formulas over the amounts
 * table's total row, placed once that table is laid out; a column chart of the six changes beside it.
 */
export function bridgeSection(sheet: MovementSheet, labels: Placed): Placed {
  const { b, w, result } = sheet;
  const steps = w.bridgeSteps.map((s) => [s, 0 as PlanCell]);
  const bridge = b.beside(labels, "bridge", [w.bridgeHeader, ...steps], {
    header: true,
    numberFormat: ["General", NUMBER],
  });
  const top = labels.row;
  b.chart({
    id: "MovementBridge",
    type: "ColumnClustered",
    title: w.bridgeChart(isoFromSerial(result.t0), isoFromSerial(result.t1)),
    from: cellAddress(top, bridge.col + 3),
    to: cellAddress(top + 17, bridge.col + 10),
    // The six changes, not the two totals: beside a pipeline of millions the week's moves would not show.
    series: [{ name: w.amountAxis, values: bridge.range(2, 1, 6, 1), xValues: bridge.range(2, 0, 6, 1), color: SCALE_HIGH }],
    legend: "None",
  }); // prettier-ignore
  b.below([labels, bridge]);
  b.cursor = Math.max(b.cursor, top + 19);
  return bridge;
}

/** The bridge's formulas, once the amounts table's place is known. */
function fillBridge(sheet: MovementSheet, bridge: Placed, totals: FlowTotals): void {
  const t = (c: number) => totals.cell(c);
  const col = (key: keyof StageFlow) => 1 + IN_OUT.indexOf(key) + 1;
  const cells: PlanCell[] = [
    { formula: `=${t(AMOUNT_COLS.start)}` },
    { formula: `=${t(col("new"))}` },
    { formula: `=${t(col("reopened"))}` },
    { formula: `=-${t(col("won"))}` },
    { formula: `=-${t(col("lost"))}` },
    { formula: `=-${t(col("dropped"))}` },
    { formula: `=${bridge.cell(8, 1)}-SUM(${bridge.cell(1, 1)}:${bridge.cell(6, 1)})` },
    { formula: `=${t(AMOUNT_COLS.end)}` },
  ];
  cells.forEach((c, i) => sheet.b.setCell(bridge, i + 1, 1, c));
}

/** One stage's row of the counts table: start and end live when they can be, the flows as values. */
function countRow(sheet: MovementSheet, s: number, f: StageFlow, at: (c: number) => string): PlanCell[] {
  const { live, result } = sheet;
  const start = live ? live.count(result.t0, s) : f.start.count;
  const end = live ? live.count(result.t1, s) : f.end.count;
  const flows = IN_OUT.map((k) => (f[k] as CountAmount).count);
  return [f.name, start, ...flows, end, checkFormula(at, COUNT_COLS.end)];
}

function amountRow(sheet: MovementSheet, s: number, f: StageFlow, at: (c: number) => string): PlanCell[] {
  const { live, result } = sheet;
  const start = live?.amount(result.t0, s) ?? f.start.amount;
  const end = live?.amount(result.t1, s) ?? f.end.amount;
  const flows = IN_OUT.map((k) => (f[k] as CountAmount).amount);
  return [f.name, start, ...flows, f.revisedUp, f.revisedDown, end, checkFormula(at, AMOUNT_COLS.end, true)];
}

/** start + new + advanced in + slipped in + reopened − the five outs (+ up − down) − end. */
function checkFormula(at: (c: number) => string, end: number, revised = false): PlanCell {
  const ins = [1, 2, 3, 4, 5].map(at).join("+");
  const outs = [6, 7, 8, 9, 10].map((c) => `-${at(c)}`).join("");
  return { formula: `=${ins}${outs}${revised ? `+${at(11)}-${at(12)}` : ""}-${at(end)}` };
}

/** The counts and amounts tables, the total rows, the bridge's formulas and the per-stage chart. */
export function flowSections(sheet: MovementSheet, bridge: Placed): void {
  const { b, w, result } = sheet;
  const k = result.flow.length;
  b.caption("countsCaption", w.countsCaption);
  const countsTop = b.cursor;
  const countAt = (r: number) => (c: number) => cellAddress(countsTop + r, 1 + c);
  const counts = b.block(
    "flowCounts",
    { col: 1 },
    [
      w.flowHeader,
      ...result.flow.map((f, s) => countRow(sheet, s, f, countAt(s + 1))),
      totalRow(w.total, w.flowHeader.length, countsTop, k),
    ],
    { header: true, numberFormat: NUMBER },
  );
  styleFlow(sheet, counts, k, COUNT_COLS.check);
  stageChart(sheet, counts, k);
  b.caption("amountsCaption", w.amountsCaption);
  const header = [...w.flowHeader.slice(0, 11), w.revisedUp, w.revisedDown, ...w.flowHeader.slice(11)];
  const amountsTop = b.cursor;
  const amountAt = (r: number) => (c: number) => cellAddress(amountsTop + r, 1 + c);
  const amounts = b.block(
    "flowAmounts",
    { col: 1, gap: 0 },
    [
      header,
      ...result.flow.map((f, s) => amountRow(sheet, s, f, amountAt(s + 1))),
      totalRow(w.total, header.length, amountsTop, k),
    ],
    { header: true, numberFormat: NUMBER },
  );
  styleFlow(sheet, amounts, k, AMOUNT_COLS.check);
  const note = b.block("checkNote", { col: 1 }, [[w.checkNote]]);
  b.format({ range: note.cell(0, 0), italic: true, fontColor: "#595959" });
  fillBridge(sheet, bridge, { cell: (c) => amounts.cell(k + 1, c) });
}

/** The total row: SUM of each column over the stage rows. */
function totalRow(label: string, width: number, top: number, k: number): PlanCell[] {
  const sum = (c: number): PlanCell => {
    const letter = columnLetter(1 + c);
    return { formula: `=SUM(${letter}${top + 2}:${letter}${top + 1 + k})` };
  };
  return [label, ...Array.from({ length: width - 1 }, (_, i) => sum(i + 1))];
}

function styleFlow({ b }: MovementSheet, table: Placed, k: number, check: number): void {
  b.format({ range: table.range(k + 1, 0, 1, table.cols), bold: true, borderBottom: "#7F7F7F" });
  b.format({ range: table.range(1, check, k + 1, 1), italic: true, fontColor: "#595959" });
  b.conditional({ kind: "colorScale", range: table.range(1, 1, k, 1), colors: [SCALE_LOW, SCALE_HIGH] });
}

/** Open opportunities per stage at t0 and t1, side by side: where the pipeline grew and where it thinned. */
function stageChart({ b, w }: MovementSheet, counts: Placed, k: number): void {
  const categories = counts.range(1, 0, k, 1);
  b.chart({
    id: "MovementStages",
    type: "ColumnClustered",
    title: w.stageChart,
    from: cellAddress(counts.row, counts.col + counts.cols + 1),
    to: cellAddress(counts.row + Math.max(16, k + 2), counts.col + counts.cols + 8),
    series: [
      { name: w.start, values: counts.range(1, COUNT_COLS.start, k, 1), xValues: categories, color: START_COLOR },
      { name: w.end, values: counts.range(1, COUNT_COLS.end, k, 1), xValues: categories, color: SCALE_HIGH },
    ],
    yAxis: { title: w.countAxis },
    legend: "Bottom",
  });
  b.cursor = Math.max(b.cursor, counts.row + Math.max(16, k + 2) + 2);
}
