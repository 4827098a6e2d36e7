/**
 * How a plan's look is queued on its sheet in the commit request (enum values as strings, so no `Excel`
 * global is needed): cell formats, conditional formats, column widths, row heights, charts, panes, gridlines
 * and print setup. Split from apply-plan.ts so the all-or-nothing sequence there reads on one screen.
 */
import { parseCell, rangeAddress } from "../core/a1";
import { PlanPrint, PlanSeries } from "../reports/plan";
import type { PlanLayout } from "./apply-plan";

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
export function setUpPrint(ws: Excel.Worksheet, print: PlanPrint): void {
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

/**
 * Queues the look of a plan: cell formats, conditional formats, widths and row heights, charts, panes, tab
 * colour and gridlines.
 */
export function decorate(ws: Excel.Worksheet, plan: PlanLayout): void {
  cellFormats(ws, plan);
  for (const cf of plan.conditionalFormats) {
    const range = ws.getRange(cf.range);
    if (cf.kind === "colorScale") {
      const c = range.conditionalFormats.add("ColorScale");
      const [low, mid, high] = cf.colors.length === 3 ? cf.colors : [cf.colors[0], undefined, cf.colors[1]];
      const { scale } = cf;
      const at = (v: number) => ({ formula: String(v), type: "Number" as const });
      c.colorScale.criteria = scale
        ? {
            minimum: { ...at(scale.min), color: low },
            ...(mid ? { midpoint: { ...at((scale.min + scale.max) / 2), color: mid } } : {}),
            maximum: { ...at(scale.max), color: high as string },
          }
        : {
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
  for (const r of plan.rowHeights ?? []) ws.getRange(`${r.row}:${r.row}`).format.rowHeight = r.height;
  addCharts(ws, plan);
  if (plan.freeze) {
    if (plan.freeze.rows && plan.freeze.columns)
      ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, plan.freeze.rows, plan.freeze.columns)));
    else if (plan.freeze.rows) ws.freezePanes.freezeRows(plan.freeze.rows);
    else if (plan.freeze.columns) ws.freezePanes.freezeColumns(plan.freeze.columns);
  }
  if (plan.tabColor) ws.tabColor = plan.tabColor;
  // ExcelApi 1.8, inside the 1.12 the add-in requires (run.ts REQUIRED_API), so no check is needed.
  if (plan.showGridlines === false) ws.showGridlines = false;
}

/** Fills, fonts, alignment, number formats and bottom borders of the plan's formatted ranges. */
function cellFormats(ws: Excel.Worksheet, plan: PlanLayout): void {
  for (const f of plan.formats) {
    const r = ws.getRange(f.range);
    if (f.fill) r.format.fill.color = f.fill;
    if (f.fontColor) r.format.font.color = f.fontColor;
    if (f.bold !== undefined) r.format.font.bold = f.bold;
    if (f.italic !== undefined) r.format.font.italic = f.italic;
    if (f.fontSize) r.format.font.size = f.fontSize;
    if (f.wrap !== undefined) r.format.wrapText = f.wrap;
    if (f.horizontalAlignment) r.format.horizontalAlignment = f.horizontalAlignment;
    if (f.verticalAlignment) r.format.verticalAlignment = f.verticalAlignment;
    if (f.underline) r.format.font.underline = "Single";
    if (f.numberFormat) r.numberFormat = [[f.numberFormat]];
    if (f.borderBottom) {
      const edge = r.format.borders.getItem("EdgeBottom");
      edge.style = "Continuous";
      edge.color = f.borderBottom;
    }
  }
}

/** The plan's charts, placed over its cells (after the widths, which decide their size). */
function addCharts(ws: Excel.Worksheet, plan: PlanLayout): void {
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
}
