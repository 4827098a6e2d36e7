/** Charts: the worksheet's chart collection, titles, legend, axes, series and their formats. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { Rect, sheetAddress } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { AxisModel, ChartModel, RangeRef, SeriesModel, SheetModel } from "../model";
import { normalizeColor } from "../styles";
import { HostChartPointsCollection } from "./chart-points";
import { COLLECTION_MEMBERS, CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { rangeArg } from "./range";
import { HostWorksheet } from "./worksheet";

type ChartTypeName = Excel.Chart["chartType"];

/** Every chart type name Office.js accepts (checked against Excel.Chart["chartType"]). */
export const CHART_TYPES: readonly Exclude<ChartTypeName, Excel.ChartType>[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
];

function chartType(v: unknown): string {
  if (typeof v !== "string" || !(CHART_TYPES as readonly string[]).includes(v))
    throw hostError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (chart type "${String(v)}")`,
    );
  return v;
}

function color(v: unknown): string {
  const c = typeof v === "string" ? normalizeColor(v) : "";
  if (!/^#[0-9A-F]{6}$/.test(c))
    throw hostError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (color "${String(v)}")`,
    );
  return c;
}

/** Top-left position in points of a cell, from column widths and row heights. */
function cellOrigin(sheet: SheetModel, rect: Rect): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < rect.col; c++) left += sheet.columnWidth(c);
  let top = 0;
  for (let r = 0; r < rect.row; r++) top += sheet.rowHeight(r);
  return { top, left };
}

export const CHART_COLLECTION_MEMBERS = ["context", "add", ...COLLECTION_MEMBERS, "load"] as const;
export type ChartCollectionMembers = (typeof CHART_COLLECTION_MEMBERS)[number];

/** HostChartCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostChartCollection extends Pick<
  Excel.ChartCollection,
  Extract<ChartCollectionMembers, CollectionMember>
> {}

export class HostChartCollection
  extends HostCollection<SheetModel, ChartModel>
  implements Pick<Excel.ChartCollection, ChartCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "ChartCollection", source);
  }
  protected _list(t: SheetModel): ChartModel[] {
    return this._ctx.model.liveCharts(t);
  }
  protected _wrap(source: Source<ChartModel>): HostChart {
    return new HostChart(this._ctx, source);
  }
  protected _find(t: SheetModel, name: string): ChartModel | undefined {
    return this._list(t).find((c) => c.name === name || c.id === name);
  }
  protected _named(name: string): string {
    return `chart "${name}"`;
  }
  add(
    type: Excel.ChartType | ChartTypeName,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): Excel.Chart {
    return handOut(
      this._created(
        (s) => new HostChart(this._ctx, s),
        "add",
        [type, sourceData, seriesBy ?? "Auto"],
        (t) => {
          const ref = rangeArg(this._ctx.model, sourceData, null);
          return this._ctx.model.addChart(t, chartType(type), ref, seriesBy ?? "Auto");
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.ChartCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostChartCollection, CHART_COLLECTION_MEMBERS);

/** HostChart's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_SCALARS = ["id", "name", "chartType", "top", "left", "width", "height", "style"] as const;
export const CHART_MEMBERS = [
  "context",
  "isNullObject",
  ...CHART_SCALARS,
  "title",
  "legend",
  "axes",
  "series",
  "worksheet",
  "setPosition",
  "setData",
  "activate",
  "delete",
  "load",
] as const;
export type ChartMembers = (typeof CHART_MEMBERS)[number];

/** HostChart's scalar and navigation properties: accessors generated after the class. */
export interface HostChart extends Pick<
  Excel.Chart,
  (typeof CHART_SCALARS)[number] | "title" | "legend" | "axes" | "series" | "worksheet"
> {}

export class HostChart extends HostObject<ChartModel> implements Pick<Excel.Chart, ChartMembers> {
  constructor(ctx: HostContext, source: Source<ChartModel>) {
    super(ctx, "Chart", source);
  }
  protected _props(): Record<string, PropDef<ChartModel>> {
    const num = (key: "top" | "left" | "width" | "height"): PropDef<ChartModel> => ({
      get: (t) => t[key],
      set: (t, v) => {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw hostError("InvalidArgument");
        t[key] = v;
        if (key === "top" || key === "left") t.position = null;
      },
    });
    return {
      id: { get: (t) => t.id },
      name: {
        get: (t) => t.name,
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw hostError("InvalidArgument");
          t.name = v;
        },
      },
      chartType: { get: (t) => t.chartType, set: (t, v) => (t.chartType = chartType(v)) },
      top: num("top"),
      left: num("left"),
      width: num("width"),
      height: num("height"),
      style: { get: (t) => t.style, set: (t, v) => (t.style = Number(v)) },
    };
  }
  /** Places the chart over the cells from startCell to endCell (inclusive), as Excel does. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this._call("setPosition", [startCell, endCell ?? null], (t) => {
      const m = this._ctx.model;
      const start = rangeArg(m, startCell, t.sheet);
      const end = endCell === undefined || endCell === null ? null : rangeArg(m, endCell, t.sheet);
      if (start.sheet !== t.sheet || (end && end.sheet !== t.sheet)) throw hostError("InvalidArgument");
      const o = cellOrigin(t.sheet, start.rect);
      t.top = o.top;
      t.left = o.left;
      if (end) {
        const last = { ...end.rect, row: end.rect.row + end.rect.rows, col: end.rect.col + end.rect.cols };
        const e = cellOrigin(t.sheet, last);
        t.width = Math.max(0, e.left - o.left);
        t.height = Math.max(0, e.top - o.top);
      }
      t.position = { start, end };
    });
  }
  setData(sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): void {
    this._call("setData", [sourceData, seriesBy ?? "Auto"], (t) =>
      this._ctx.model.setChartData(t, rangeArg(this._ctx.model, sourceData, null), seriesBy ?? "Auto"),
    );
  }
  activate(): void {
    this._call("activate", [], (t) => (this._ctx.model.active = t.sheet));
  }
  delete(): void {
    this._call("delete", [], (t) => (t.deleted = true));
  }
  load(propertyNames?: unknown): Excel.Chart {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostChart, {
  title: { make: (ctx, s) => new HostChartTitle(ctx, s) },
  legend: { make: (ctx, s) => new HostChartLegend(ctx, s) },
  axes: { make: (ctx, s) => new HostChartAxes(ctx, s) },
  series: { make: (ctx, s) => new HostChartSeriesCollection(ctx, s) },
  worksheet: { make: (ctx, s) => new HostWorksheet(ctx, s), resolve: (p) => p._live().sheet },
});
defineScalarProperties(
  HostChart,
  CHART_SCALARS,
  CHART_SCALARS.filter((n) => n !== "id"),
);

/** HostChartTitle's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_TITLE_SCALARS = ["text", "visible"] as const;
export const CHART_TITLE_MEMBERS = ["context", ...CHART_TITLE_SCALARS, "load"] as const;
export type ChartTitleMembers = (typeof CHART_TITLE_MEMBERS)[number];

/** HostChartTitle's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartTitle extends Pick<Excel.ChartTitle, (typeof CHART_TITLE_SCALARS)[number]> {}

export class HostChartTitle extends HostObject<ChartModel> implements Pick<Excel.ChartTitle, ChartTitleMembers> {
  constructor(ctx: HostContext, source: Source<ChartModel>) {
    super(ctx, "ChartTitle", source);
  }
  protected _props(): Record<string, PropDef<ChartModel>> {
    return {
      text: {
        get: (t) => t.title.text,
        set: (t, v) => {
          t.title.text = String(v ?? "");
          if (t.title.text !== "") t.title.visible = true;
        },
      },
      visible: { get: (t) => t.title.visible, set: (t, v) => (t.title.visible = Boolean(v)) },
    };
  }
  load(propertyNames?: unknown): Excel.ChartTitle {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartTitle, CHART_TITLE_SCALARS, CHART_TITLE_SCALARS);

/** HostChartLegend's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_LEGEND_SCALARS = ["position", "visible"] as const;
export const CHART_LEGEND_MEMBERS = ["context", ...CHART_LEGEND_SCALARS, "load"] as const;
export type ChartLegendMembers = (typeof CHART_LEGEND_MEMBERS)[number];

/** HostChartLegend's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartLegend extends Pick<Excel.ChartLegend, (typeof CHART_LEGEND_SCALARS)[number]> {}

export class HostChartLegend extends HostObject<ChartModel> implements Pick<Excel.ChartLegend, ChartLegendMembers> {
  constructor(ctx: HostContext, source: Source<ChartModel>) {
    super(ctx, "ChartLegend", source);
  }
  protected _props(): Record<string, PropDef<ChartModel>> {
    return {
      position: {
        get: (t) => t.legend.position,
        set: (t, v) => {
          if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(String(v)))
            throw hostError("InvalidArgument");
          t.legend.position = String(v);
        },
      },
      visible: { get: (t) => t.legend.visible, set: (t, v) => (t.legend.visible = Boolean(v)) },
    };
  }
  load(propertyNames?: unknown): Excel.ChartLegend {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartLegend, CHART_LEGEND_SCALARS, CHART_LEGEND_SCALARS);

interface AxisTarget {
  chart: ChartModel;
  axis: AxisModel;
}

/** An axis or its title: gone with its chart. */
abstract class HostAxisPart extends HostObject<AxisTarget> {
  protected _isGone(t: AxisTarget): boolean {
    return t.chart.deleted;
  }
}

export const CHART_AXES_MEMBERS = ["context", "categoryAxis", "valueAxis", "seriesAxis", "getItem", "load"] as const;
export type ChartAxesMembers = (typeof CHART_AXES_MEMBERS)[number];

export class HostChartAxes extends HostObject<ChartModel> implements Pick<Excel.ChartAxes, ChartAxesMembers> {
  constructor(ctx: HostContext, source: Source<ChartModel>) {
    super(ctx, "ChartAxes", source);
  }
  protected _props(): Record<string, PropDef<ChartModel>> {
    return {};
  }
  protected _navigate(name: string): HostObject | undefined {
    if (name === "categoryAxis") return this._axis("categoryAxis", "Category");
    if (name === "valueAxis") return this._axis("valueAxis", "Value");
    if (name === "seriesAxis") return this._axis("seriesAxis", "Series");
    return undefined;
  }
  private _axis(name: string, type: AxisModel["type"]): HostChartAxis {
    return this._child(
      name,
      (s) => new HostChartAxis(this._ctx, s),
      (): AxisTarget => {
        const chart = this._live();
        return { chart, axis: chart.axis(type) };
      },
    );
  }
  get categoryAxis(): Excel.ChartAxis {
    return handOut(this._axis("categoryAxis", "Category"));
  }
  get valueAxis(): Excel.ChartAxis {
    return handOut(this._axis("valueAxis", "Value"));
  }
  get seriesAxis(): Excel.ChartAxis {
    return handOut(this._axis("seriesAxis", "Series"));
  }
  getItem(
    type: Excel.ChartAxisType | "Invalid" | "Category" | "Value" | "Series",
    group?: Excel.ChartAxisGroup | "Primary" | "Secondary",
  ): Excel.ChartAxis {
    return handOut(
      this._path(
        (s) => new HostChartAxis(this._ctx, s),
        "getItem",
        [type, group ?? "Primary"],
        (): AxisTarget => {
          const chart = this._live();
          return { chart, axis: chart.axis(type, group ?? "Primary") };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.ChartAxes {
    this._load(propertyNames);
    return handOut(this);
  }
}

/** HostChartAxis's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_AXIS_SCALARS = [
  "type",
  "axisGroup",
  "minimum",
  "maximum",
  "majorUnit",
  "scaleType",
  "logBase",
  "reversePlotOrder",
  "numberFormat",
  "visible",
  "displayUnit",
] as const;
export const CHART_AXIS_MEMBERS = ["context", "title", ...CHART_AXIS_SCALARS, "load"] as const;
export type ChartAxisMembers = (typeof CHART_AXIS_MEMBERS)[number];

/** HostChartAxis's scalar and navigation properties: accessors generated after the class. */
export interface HostChartAxis extends Pick<Excel.ChartAxis, (typeof CHART_AXIS_SCALARS)[number] | "title"> {}

export class HostChartAxis extends HostAxisPart implements Pick<Excel.ChartAxis, ChartAxisMembers> {
  constructor(ctx: HostContext, source: Source<AxisTarget>) {
    super(ctx, "ChartAxis", source);
  }
  protected _props(): Record<string, PropDef<AxisTarget>> {
    const bound = (key: "minimum" | "maximum" | "majorUnit"): PropDef<AxisTarget> => ({
      get: (t) => t.axis[key],
      set: (t, v) => {
        if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) throw hostError("InvalidArgument");
        if (key === "majorUnit" && typeof v === "number" && v <= 0) throw hostError("InvalidArgument");
        t.axis[key] = v as number | null;
      },
    });
    return {
      type: { get: (t) => t.axis.type },
      axisGroup: { get: (t) => t.axis.group },
      minimum: bound("minimum"),
      maximum: bound("maximum"),
      majorUnit: bound("majorUnit"),
      scaleType: {
        get: (t) => t.axis.scaleType,
        set: (t, v) => {
          if (v !== "Linear" && v !== "Logarithmic") throw hostError("InvalidArgument");
          t.axis.scaleType = v;
        },
      },
      logBase: {
        get: (t) => t.axis.logBase,
        set: (t, v) => {
          if (typeof v !== "number" || v < 2 || v > 1000) throw hostError("InvalidArgument");
          t.axis.logBase = v;
        },
      },
      reversePlotOrder: { get: (t) => t.axis.reversePlotOrder, set: (t, v) => (t.axis.reversePlotOrder = Boolean(v)) },
      numberFormat: { get: (t) => t.axis.numberFormat, set: (t, v) => (t.axis.numberFormat = String(v)) },
      visible: { get: (t) => t.axis.visible, set: (t, v) => (t.axis.visible = Boolean(v)) },
      displayUnit: { get: (t) => t.axis.displayUnit, set: (t, v) => (t.axis.displayUnit = String(v)) },
    };
  }
  load(propertyNames?: unknown): Excel.ChartAxis {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostChartAxis, {
  title: { make: (ctx, s) => new HostChartAxisTitle(ctx, s) },
});
defineScalarProperties(
  HostChartAxis,
  CHART_AXIS_SCALARS,
  CHART_AXIS_SCALARS.filter((n) => n !== "type" && n !== "axisGroup"),
);

/** HostChartAxisTitle's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_AXIS_TITLE_SCALARS = ["text", "visible"] as const;
export const CHART_AXIS_TITLE_MEMBERS = ["context", ...CHART_AXIS_TITLE_SCALARS, "load"] as const;
export type ChartAxisTitleMembers = (typeof CHART_AXIS_TITLE_MEMBERS)[number];

/** HostChartAxisTitle's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartAxisTitle extends Pick<Excel.ChartAxisTitle, (typeof CHART_AXIS_TITLE_SCALARS)[number]> {}

export class HostChartAxisTitle extends HostAxisPart implements Pick<Excel.ChartAxisTitle, ChartAxisTitleMembers> {
  constructor(ctx: HostContext, source: Source<AxisTarget>) {
    super(ctx, "ChartAxisTitle", source);
  }
  protected _props(): Record<string, PropDef<AxisTarget>> {
    return {
      text: {
        get: (t) => t.axis.title.text,
        set: (t, v) => {
          t.axis.title.text = String(v ?? "");
          if (t.axis.title.text !== "") t.axis.title.visible = true;
        },
      },
      visible: { get: (t) => t.axis.title.visible, set: (t, v) => (t.axis.title.visible = Boolean(v)) },
    };
  }
  load(propertyNames?: unknown): Excel.ChartAxisTitle {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartAxisTitle, CHART_AXIS_TITLE_SCALARS, CHART_AXIS_TITLE_SCALARS);

export const CHART_SERIES_COLLECTION_MEMBERS = [
  "context",
  "items",
  "count",
  "add",
  "getItemAt",
  "getCount",
  "load",
] as const;
export type ChartSeriesCollectionMembers = (typeof CHART_SERIES_COLLECTION_MEMBERS)[number];

/** HostChartSeriesCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostChartSeriesCollection extends Pick<
  Excel.ChartSeriesCollection,
  Extract<ChartSeriesCollectionMembers, CollectionMember>
> {}

export class HostChartSeriesCollection
  extends HostCollection<ChartModel, SeriesModel>
  implements Pick<Excel.ChartSeriesCollection, ChartSeriesCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<ChartModel>) {
    super(ctx, "ChartSeriesCollection", source);
  }
  protected _list(t: ChartModel): SeriesModel[] {
    return t.liveSeries();
  }
  protected _wrap(source: Source<SeriesModel>): HostChartSeries {
    return new HostChartSeries(this._ctx, source);
  }
  protected _numbered(index: number): string {
    return `series ${index}`;
  }
  add(name?: string, index?: number): Excel.ChartSeries {
    return handOut(
      this._created(
        (s) => new HostChartSeries(this._ctx, s),
        "add",
        [name ?? null, index ?? null],
        (t) => {
          const s = t.newSeries(name ?? `Series${t.liveSeries().length + 1}`);
          const live = t.liveSeries();
          if (index === undefined || index === null || index >= live.length) t.series.push(s);
          else t.series.splice(t.series.indexOf(live[Math.max(0, index)]), 0, s);
          return s;
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.ChartSeriesCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostChartSeriesCollection, CHART_SERIES_COLLECTION_MEMBERS);

/** HostChartSeries's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_SERIES_SCALARS = [
  "name",
  "chartType",
  "markerStyle",
  "markerBackgroundColor",
  "markerForegroundColor",
  "markerSize",
  "smooth",
  "hasDataLabels",
  "plotOrder",
  "axisGroup",
  "gapWidth",
] as const;
export const CHART_SERIES_MEMBERS = [
  "context",
  ...CHART_SERIES_SCALARS,
  "format",
  "points",
  "setValues",
  "setXAxisValues",
  "getDimensionValues",
  "delete",
  "load",
] as const;
export type ChartSeriesMembers = (typeof CHART_SERIES_MEMBERS)[number];

/** A series or a part of its format: gone with the series or its chart. */
abstract class HostSeriesPart extends HostObject<SeriesModel> {
  protected _isGone(t: SeriesModel): boolean {
    return t.deleted || t.chart.deleted;
  }
}

const MARKER_STYLES = [
  "Invalid",
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
];

/** HostChartSeries's scalar and navigation properties: accessors generated after the class. */
export interface HostChartSeries extends Pick<
  Excel.ChartSeries,
  (typeof CHART_SERIES_SCALARS)[number] | "points" | "format"
> {}

export class HostChartSeries extends HostSeriesPart implements Pick<Excel.ChartSeries, ChartSeriesMembers> {
  constructor(ctx: HostContext, source: Source<SeriesModel>) {
    super(ctx, "ChartSeries", source);
  }
  protected _props(): Record<string, PropDef<SeriesModel>> {
    return {
      name: { get: (t) => t.name, set: (t, v) => (t.name = String(v)) },
      chartType: { get: (t) => t.chartType ?? t.chart.chartType, set: (t, v) => (t.chartType = chartType(v)) },
      markerStyle: {
        get: (t) => t.markerStyle,
        set: (t, v) => {
          if (!MARKER_STYLES.includes(String(v))) throw hostError("InvalidArgument");
          t.markerStyle = String(v);
        },
      },
      markerBackgroundColor: {
        get: (t) => t.markerBackgroundColor,
        set: (t, v) => (t.markerBackgroundColor = color(v)),
      },
      markerForegroundColor: {
        get: (t) => t.markerForegroundColor,
        set: (t, v) => (t.markerForegroundColor = color(v)),
      },
      markerSize: {
        get: (t) => t.markerSize,
        set: (t, v) => {
          if (typeof v !== "number" || v < 2 || v > 72) throw hostError("InvalidArgument");
          t.markerSize = v;
        },
      },
      smooth: { get: (t) => t.smooth, set: (t, v) => (t.smooth = Boolean(v)) },
      hasDataLabels: { get: (t) => t.hasDataLabels, set: (t, v) => (t.hasDataLabels = Boolean(v)) },
      plotOrder: {
        get: (t) => t.chart.liveSeries().indexOf(t),
        set: (t, v) => {
          const live = t.chart.liveSeries();
          if (typeof v !== "number" || v < 0 || v >= live.length) throw hostError("InvalidArgument");
          t.chart.series = t.chart.series.filter((s) => s !== t);
          const anchor = live.filter((s) => s !== t)[v];
          if (anchor) t.chart.series.splice(t.chart.series.indexOf(anchor), 0, t);
          else t.chart.series.push(t);
        },
      },
      axisGroup: { get: (t) => t.axisGroup, set: (t, v) => (t.axisGroup = String(v)) },
      gapWidth: { get: (t) => t.gapWidth, set: (t, v) => (t.gapWidth = Number(v)) },
    };
  }
  setValues(sourceData: Excel.Range): void {
    this._call("setValues", [sourceData], (t) => (t.values = rangeArg(this._ctx.model, sourceData, null)));
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this._call("setXAxisValues", [sourceData], (t) => (t.xValues = rangeArg(this._ctx.model, sourceData, null)));
  }
  getDimensionValues(
    dimension: Excel.ChartSeriesDimension | "Categories" | "Values" | "XValues" | "YValues" | "BubbleSizes",
  ): OfficeExtension.ClientResult<string[]> {
    return handOut(
      this._callResult("getDimensionValues", [dimension], (t) => {
        const ref =
          dimension === "Categories" || dimension === "XValues"
            ? t.xValues
            : dimension === "BubbleSizes"
              ? null
              : t.values;
        if (!ref) return [];
        return this._ctx.model
          .readValues(ref.sheet, ref.rect)
          .flat()
          .map((v) => String(v));
      }),
    );
  }
  delete(): void {
    this._call("delete", [], (t) => (t.deleted = true));
  }
  load(propertyNames?: unknown): Excel.ChartSeries {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostChartSeries, {
  points: { make: (ctx, s) => new HostChartPointsCollection(ctx, s) },
  format: { make: (ctx, s) => new HostChartSeriesFormat(ctx, s) },
});
defineScalarProperties(HostChartSeries, CHART_SERIES_SCALARS, CHART_SERIES_SCALARS);

export const CHART_SERIES_FORMAT_MEMBERS = ["context", "fill", "line", "load"] as const;
export type ChartSeriesFormatMembers = (typeof CHART_SERIES_FORMAT_MEMBERS)[number];

export class HostChartSeriesFormat
  extends HostSeriesPart
  implements Pick<Excel.ChartSeriesFormat, ChartSeriesFormatMembers>
{
  constructor(ctx: HostContext, source: Source<SeriesModel>) {
    super(ctx, "ChartSeriesFormat", source);
  }
  protected _props(): Record<string, PropDef<SeriesModel>> {
    return {};
  }
  protected _navigate(name: string): HostObject | undefined {
    if (name === "line") return this._line();
    return undefined;
  }
  get fill(): Excel.ChartFill {
    return handOut(this._child("fill", (s) => new HostChartFill(this._ctx, s)));
  }
  private _line(): HostChartLineFormat {
    return this._child("line", (s) => new HostChartLineFormat(this._ctx, s));
  }
  get line(): Excel.ChartLineFormat {
    return handOut(this._line());
  }
  load(propertyNames?: unknown): Excel.ChartSeriesFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}

export const CHART_FILL_MEMBERS = ["context", "setSolidColor", "clear", "getSolidColor"] as const;
export type ChartFillMembers = (typeof CHART_FILL_MEMBERS)[number];

export class HostChartFill extends HostSeriesPart implements Pick<Excel.ChartFill, ChartFillMembers> {
  constructor(ctx: HostContext, source: Source<SeriesModel>) {
    super(ctx, "ChartFill", source);
  }
  protected _props(): Record<string, PropDef<SeriesModel>> {
    return {};
  }
  setSolidColor(c: string): void {
    this._call("setSolidColor", [c], (t) => (t.fill = color(c)));
  }
  clear(): void {
    this._call("clear", [], (t) => (t.fill = null));
  }
  getSolidColor(): OfficeExtension.ClientResult<string> {
    return handOut(this._callResult("getSolidColor", [], (t) => t.fill ?? ""));
  }
}

/** Excel.ChartLineStyle's values. */
const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
];

/** HostChartLineFormat's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_LINE_FORMAT_SCALARS = ["color", "lineStyle", "weight"] as const;
export const CHART_LINE_FORMAT_MEMBERS = ["context", ...CHART_LINE_FORMAT_SCALARS, "clear", "load"] as const;
export type ChartLineFormatMembers = (typeof CHART_LINE_FORMAT_MEMBERS)[number];

/** HostChartLineFormat's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartLineFormat extends Pick<Excel.ChartLineFormat, (typeof CHART_LINE_FORMAT_SCALARS)[number]> {}

export class HostChartLineFormat extends HostSeriesPart implements Pick<Excel.ChartLineFormat, ChartLineFormatMembers> {
  constructor(ctx: HostContext, source: Source<SeriesModel>) {
    super(ctx, "ChartLineFormat", source);
  }
  protected _props(): Record<string, PropDef<SeriesModel>> {
    return {
      color: { get: (t) => t.lineColor ?? "", set: (t, v) => (t.lineColor = color(v)) },
      lineStyle: {
        get: (t) => t.lineStyle,
        set: (t, v) => {
          if (!LINE_STYLES.includes(String(v))) throw hostError("InvalidArgument");
          t.lineStyle = String(v);
        },
      },
      weight: {
        get: (t) => t.lineWeight,
        set: (t, v) => {
          if (typeof v !== "number" || v < 0) throw hostError("InvalidArgument");
          t.lineWeight = v;
        },
      },
    };
  }
  clear(): void {
    this._call("clear", [], (t) => {
      t.lineColor = null;
      t.lineStyle = "None";
    });
  }
  load(propertyNames?: unknown): Excel.ChartLineFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartLineFormat, CHART_LINE_FORMAT_SCALARS, CHART_LINE_FORMAT_SCALARS);

/** Plain description of a chart for tests (`host.charts(sheet)`). */
export function describeChart(model: { readValues: (s: SheetModel, r: Rect) => unknown[][] }, c: ChartModel) {
  const address = (ref: RangeRef | null) => (ref ? sheetAddress(ref.sheet.name, ref.rect) : null);
  const data = (ref: RangeRef | null) =>
    ref && !ref.sheet.deleted ? model.readValues(ref.sheet, ref.rect).flat() : null;
  return {
    name: c.name,
    type: c.chartType,
    title: c.title.visible ? c.title.text : c.title.text || null,
    sourceAddress: address(c.source),
    position: {
      top: c.top,
      left: c.left,
      width: c.width,
      height: c.height,
      startCell: c.position ? sheetAddress(c.position.start.sheet.name, c.position.start.rect) : null,
      endCell: c.position?.end ? sheetAddress(c.position.end.sheet.name, c.position.end.rect) : null,
    },
    legend: { ...c.legend },
    axes: c.axes.map((a) => ({ ...a, title: { ...a.title } })),
    series: c.liveSeries().map((s) => ({
      name: s.name,
      chartType: s.chartType ?? c.chartType,
      valuesAddress: address(s.values),
      xValuesAddress: address(s.xValues),
      values: data(s.values),
      xValues: data(s.xValues),
      color: s.fill,
      lineColor: s.lineColor,
      lineStyle: s.lineStyle,
      markerStyle: s.markerStyle,
      markerSize: s.markerSize,
      markerBackgroundColor: s.markerBackgroundColor,
      markerForegroundColor: s.markerForegroundColor,
      lineWeight: s.lineWeight,
      labels: [...s.pointLabels.entries()].sort(([a], [b]) => a - b).map(([point, l]) => ({ point, ...l })),
      ...visibility(s.chartType ?? c.chartType, s.lineStyle, s.markerStyle),
    })),
  };
}

/**
 * What a scatter or line series draws, by its chart type and formats (README [chart-types]): "…NoMarkers"
 * types draw no markers and markerStyle "None" hides them; lines come with the "…Lines"/"…Smooth"/"Line…"
 * types unless lineStyle is "None". On a markers-only XYScatter Excel draws no line by default, so the host
 * draws one only when a visible lineStyle was set (the stricter reading: "Automatic" draws nothing there).
 */
function visibility(
  type: string,
  lineStyle: string,
  markerStyle: string,
): { drawsLine: boolean; drawsMarkers: boolean } {
  const lineType = /^XYScatter(Lines|Smooth)/.test(type) || /^Line/.test(type) || /^Radar/.test(type);
  const drawsLine = lineStyle !== "None" && (lineType || (type === "XYScatter" && lineStyle !== "Automatic"));
  const markerType = /^XYScatter/.test(type) || /^Line.*Markers/.test(type) || type === "RadarMarkers";
  const drawsMarkers = markerType && !/NoMarkers$/.test(type) && markerStyle !== "None";
  return { drawsLine, drawsMarkers };
}
