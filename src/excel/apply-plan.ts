import { maxOf } from "../core/stats";
import { isFormula, PlanBlock, PlanCell, PlanPrint, PlanSeries, SheetPlan } from "../reports/plan";
import { parseCell, rangeAddress } from "../core/a1";
import { DEFAULT_BUDGET_BYTES, jsonBytes, sliceRows } from "./chunks";
import { ExcelRun } from "./run";
import { freeSheetName } from "./names";
import { asLiteralText } from "./user-text";
import { executeWrite, readSheetTag, WriteOp, WriteOptions } from "./write-executor";

/** Worksheet custom property that marks a sheet as made by Ninegrid: its value is JSON `{ kind, state }`. */
export const REPORT_TAG = "NinegridReport";

export interface ApplyOptions extends WriteOptions {
  activate?: boolean;
  /**
   * `Office.context.requirements.isSetSupported`; without it Office's own is asked, and where Office is
   * absent (tests, the playground) every set is taken as supported and the host decides.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

/** Page layout (orientation, print zoom, title rows, headers and footers) is ExcelApi 1.9. */
export const PRINT_API = { set: "ExcelApi", version: "1.9" } as const;

export interface ApplyResult {
  sheetName: string;
  /** Every context.sync() made, payload chunks included. */
  roundTrips: number;
  /** Round trips that carried cell payload (values or number formats). */
  chunks: number;
  requestBytes: number;
  /** True when an earlier Ninegrid sheet of this kind was replaced. */
  replaced: boolean;
  /** Whether the plan's print setup was applied: false when it had none or Excel lacks ExcelApi 1.9. */
  printSetup: boolean;
}

type RequirementCheck = { isSetSupported(set: string, version: string): boolean };

/** Whether `set` `version` is there: the caller's check, else Office's, else assumed (no Office loaded). */
function supports(options: ApplyOptions, api: { set: string; version: string }): boolean {
  if (options.isSetSupported) return options.isSetSupported(api.set, api.version);
  const requirements = (globalThis as { Office?: { context?: { requirements?: RequirementCheck } } }).Office?.context
    ?.requirements;
  return requirements ? requirements.isSetSupported(api.set, api.version) : true;
}

/** Cancelling a build: the executor's cancel (the name the pane has always used). */
export { WriteCancelled as BuildCancelled } from "./write-executor";

type Op = Omit<WriteOp, "sheet">;

/** A plan cell as it is assigned to Excel: user text is quoted so it stays text (see user-text.ts). */
function toExcel(c: PlanCell): string | number | boolean {
  if (c === null) return "";
  if (isFormula(c)) return c.formula;
  return typeof c === "string" ? asLiteralText(c) : c;
}

/** Cuts each block into row slices of at most `budget` bytes: values first, number formats after. */
function writeOps(blocks: readonly PlanBlock[], budget: number): Op[] {
  const values: Op[] = [];
  const formats: Op[] = [];
  for (const b of blocks) {
    if (b.cells.length === 0) continue;
    const { row, col } = parseCell(b.at);
    const width = maxOf(b.cells.map((r) => r.length));
    const rows = b.cells.map((r) => {
      const out = r.map(toExcel);
      while (out.length < width) out.push("");
      return out;
    });
    const property = b.cells.some((r) => r.some(isFormula)) ? "formulas" : "values";
    for (const s of sliceRows(
      rows.map((r) => jsonBytes(r) + 1),
      budget,
    ))
      values.push({
        address: rangeAddress(row + s.start, col, s.count, width),
        payload: rows.slice(s.start, s.start + s.count),
        property,
        bytes: s.bytes,
      });
    if (b.numberFormat !== undefined) {
      const fmtRow =
        typeof b.numberFormat === "string"
          ? new Array<string>(width).fill(b.numberFormat)
          : b.numberFormat.slice(0, width);
      while (fmtRow.length < width) fmtRow.push("General");
      const perRow = jsonBytes(fmtRow) + 1;
      for (const s of sliceRows(new Array<number>(rows.length).fill(perRow), budget))
        formats.push({
          address: rangeAddress(row + s.start, col, s.count, width),
          payload: new Array(s.count).fill(fmtRow),
          property: "numberFormat",
          bytes: s.bytes,
        });
    }
  }
  return [...values, ...formats];
}

/**
 * Writes a sheet plan through the executor in a fixed number of round trips plus payload chunks: (1) list
 * sheets, (2) read their Ninegrid tags, (3) create a hidden build sheet tagged "building" (the journal: a
 * later run deletes it if this one dies), (4…) values then number formats in chunks, (last) formats,
 * conditional formats, charts, then swap the build sheet in for the previous report of this kind and tag it
 * ready. A user's sheet is never touched: a name clash gives "Nine-Grid (2)". A failure or cancel before
 * the swap deletes the build sheet, so nothing half-written remains and the previous report stays.
 */
export async function applyPlan(run: ExcelRun, plan: SheetPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const ops = writeOps(plan.blocks, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  // Without page layout the report is still written, only not set up for print (the pane can say so).
  const print = plan.print && supports(options, PRINT_API) ? plan.print : undefined;
  const { result, stats } = await executeWrite(run, options, async (session) => {
    const sheets = session.context.workbook.worksheets;
    sheets.load("items/name,items/id,items/position");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    await session.read();
    const tags = sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(REPORT_TAG));
    tags.forEach((t) => t.load("value"));
    await session.read();

    let old: Excel.Worksheet | null = null;
    const stale: Excel.Worksheet[] = [];
    sheets.items.forEach((ws, i) => {
      const tag = readSheetTag(tags[i]);
      if (tag.kind !== plan.kind) return;
      if (tag.state === "ready" && !old) old = ws;
      else stale.push(ws); // a build sheet left by a crashed run, or a duplicate made by copying
    });
    const previous = old as Excel.Worksheet | null;
    const taken = new Set(sheets.items.filter((ws) => !stale.includes(ws)).map((ws) => ws.name.toLowerCase()));
    // Ownership is by report (the tag), not by name: the previous report keeps its name while it is this plan's
    // name or a numbered variant of it; a rerun in another language takes that language's name (first free).
    const finalName =
      previous && carriesName(previous.name, plan.sheetName)
        ? previous.name
        : freeSheetName(plan.sheetName, previous ? without(taken, previous.name) : taken);
    const buildName = freeSheetName(`${plan.sheetName.slice(0, 20)} building`, taken);
    const retiredName = freeSheetName(
      `${plan.sheetName.slice(0, 20)} old`,
      new Set([...taken, buildName.toLowerCase()]),
    );
    // Undone after the build sheet is deleted (undos run newest first): the sheet the user was on is active
    // again, and the previous report gets its name back.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- session.read() above is the sync
    const wasActive = sheets.items.find((ws) => ws.name === active.name && !stale.includes(ws));
    if (wasActive) session.undo(() => wasActive.activate());
    const previousName = previous?.name ?? ""; // its own name, which a rerun in another language does not keep
    if (previous) session.undo(() => (previous.name = previousName));

    let target = null as unknown as Excel.Worksheet;
    // The sheet is created in a request of its own: if a payload request is rejected as too large,
    // Excel drops everything in it, and the sheet must not go with it.
    await session.change(
      () => {
        for (const ws of stale) ws.delete();
        target = sheets.add(buildName);
        target.visibility = "Hidden";
        target.customProperties.add(REPORT_TAG, JSON.stringify({ kind: plan.kind, state: "building" }));
      },
      () => target.delete(),
    );
    await session.write(ops.map((op) => ({ ...op, sheet: target })));

    await session.commit(
      () => {
        // Visible first: freeze panes act on the sheet's view (the host refuses them on a hidden sheet).
        target.visibility = "Visible";
        decorate(target, plan);
        if (print) setUpPrint(target, print);
        if (previous) {
          target.position = previous.position;
          previous.name = retiredName;
        }
        target.name = finalName;
        if (options.activate !== false) target.activate();
      },
      () => {
        target.customProperties.getItem(REPORT_TAG).value = JSON.stringify({ kind: plan.kind, state: "ready" });
        // The one action no cleanup can undo goes last: should Excel stop part-way through this request, the
        // previous report is still there to get its name back.
        previous?.delete();
      },
    );
    return { sheetName: finalName, replaced: previous !== null, printSetup: print !== undefined };
  });
  return { ...result, roundTrips: stats.roundTrips, chunks: stats.chunks, requestBytes: stats.requestBytes };
}

/** Whether a sheet is named `wanted` or a numbered variant of it ("Nine-Grid (2)"), as freeSheetName names them. */
function carriesName(name: string, wanted: string): boolean {
  const [n, w] = [name.toLowerCase(), wanted.slice(0, 31).toLowerCase()];
  const numbered = /^(.+) \(\d+\)$/.exec(n);
  return n === w || (numbered !== null && w.startsWith(numbered[1]));
}

/** `names` (lower-cased) without `name`. */
const without = (names: ReadonlySet<string>, name: string) =>
  new Set([...names].filter((n) => n !== name.toLowerCase()));

/** Scatter series formats: markers only, or a (dashed) line without markers, labelled at its end if asked. */
function scatterSeries(series: Excel.ChartSeries, s: PlanSeries): void {
  // A markers-only scatter draws no line: a cut line needs a line type and a visible line format.
  if (s.style === "line") {
    series.chartType = "XYScatterLinesNoMarkers";
    series.format.line.lineStyle = s.dashed ? "Dash" : "Continuous";
    series.format.line.weight = 1.5;
  } else series.format.line.lineStyle = "None";
  series.markerStyle = s.style === "line" ? "None" : "Circle";
  if (s.markerBorder) series.markerForegroundColor = s.markerBorder;
  if (s.markerSize) series.markerSize = s.markerSize;
  if (s.endLabel) {
    const [first, last] = s.values.split(":");
    const points = last ? parseCell(last).row - parseCell(first).row + 1 : 1;
    const point = series.points.getItemAt(s.endLabel.at === "first" ? 0 : points - 1);
    point.hasDataLabel = true;
    point.dataLabel.showSeriesName = true;
    point.dataLabel.showValue = false;
    point.dataLabel.position = s.endLabel.position;
  }
}

/** Queues a sheet's print setup (ExcelApi 1.9; the caller checked it is supported). */
function setUpPrint(ws: Excel.Worksheet, print: PlanPrint): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation;
  // Set as one object, as the API requires; 0 pages down means as many as needed.
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = print.footer.left;
  footer.centerFooter = print.footer.center;
  footer.rightFooter = print.footer.right;
}

/**
 * Excel's column width in characters (digits of the default 11-pt font, 7 px each, plus 5 px of
 * padding) to the points `format.columnWidth` takes: 1 px = 0.75 pt at 96 dpi. So 8.43 characters,
 * Excel's default, is 48 pt.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Queues the formatting of a plan (enum values as strings, so no `Excel` global is needed): cell formats, conditional formats, charts, widths and panes. */
function decorate(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const f of plan.formats) {
    const r = ws.getRange(f.range);
    if (f.fill) r.format.fill.color = f.fill;
    if (f.fontColor) r.format.font.color = f.fontColor;
    if (f.bold !== undefined) r.format.font.bold = f.bold;
    if (f.italic !== undefined) r.format.font.italic = f.italic;
    if (f.fontSize) r.format.font.size = f.fontSize;
    if (f.wrap !== undefined) r.format.wrapText = f.wrap;
    if (f.horizontalAlignment) r.format.horizontalAlignment = f.horizontalAlignment;
    if (f.numberFormat) r.numberFormat = [[f.numberFormat]];
    if (f.borderBottom) {
      const edge = r.format.borders.getItem("EdgeBottom");
      edge.style = "Continuous";
      edge.color = f.borderBottom;
    }
  }
  for (const cf of plan.conditionalFormats) {
    const range = ws.getRange(cf.range);
    if (cf.kind === "colorScale") {
      const c = range.conditionalFormats.add("ColorScale");
      const [low, mid, high] = cf.colors.length === 3 ? cf.colors : [cf.colors[0], undefined, cf.colors[1]];
      c.colorScale.criteria = {
        minimum: { type: "LowestValue", color: low },
        ...(mid ? { midpoint: { formula: "50", type: "Percentile", color: mid } } : {}),
        maximum: { type: "HighestValue", color: high as string },
      };
    } else {
      const c = range.conditionalFormats.add("Custom");
      c.custom.rule.formula = cf.formula;
      if (cf.fill) c.custom.format.fill.color = cf.fill;
      if (cf.fontColor) c.custom.format.font.color = cf.fontColor;
    }
  }
  // Widths before charts: a chart placed over cells takes their size when it is placed.
  for (const w of plan.columnWidths) ws.getRange(`${w.column}1`).format.columnWidth = charsToPoints(w.width); // a cell's width is its column's
  for (const ch of plan.charts) {
    const first = ch.series[0];
    const chart = ws.charts.add(ch.type, ws.getRange(first.values), "Columns");
    chart.name = ch.id;
    chart.title.text = ch.title;
    chart.setPosition(ch.from, ch.to);
    chart.legend.visible = ch.legend !== "None";
    if (ch.legend && ch.legend !== "None") chart.legend.position = ch.legend;
    // charts.add made one series from the first source; the rest are added explicitly.
    ch.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(ws.getRange(s.values));
      if (s.xValues) series.setXAxisValues(ws.getRange(s.xValues));
      if (s.color) {
        if (ch.type === "XYScatter") {
          series.markerBackgroundColor = s.color;
          series.markerForegroundColor = s.color;
          if (s.style === "line") series.format.line.color = s.color;
        } else series.format.fill.setSolidColor(s.color);
      }
      if (ch.type === "XYScatter") scatterSeries(series, s);
    });
    const axis = (a: Excel.ChartAxis, spec: NonNullable<typeof ch.xAxis>) => {
      if (spec.title) a.title.text = spec.title;
      if (spec.logScale) {
        a.scaleType = "Logarithmic";
        a.logBase = 10;
      }
      if (spec.min !== undefined) a.minimum = spec.min;
      if (spec.max !== undefined) a.maximum = spec.max;
    };
    if (ch.xAxis) axis(chart.axes.categoryAxis, ch.xAxis);
    if (ch.yAxis) axis(chart.axes.valueAxis, ch.yAxis);
    if (ch.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  }
  if (plan.freeze) {
    if (plan.freeze.rows && plan.freeze.columns)
      ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, plan.freeze.rows, plan.freeze.columns)));
    else if (plan.freeze.rows) ws.freezePanes.freezeRows(plan.freeze.rows);
    else if (plan.freeze.columns) ws.freezePanes.freezeColumns(plan.freeze.columns);
  }
  if (plan.tabColor) ws.tabColor = plan.tabColor;
}
