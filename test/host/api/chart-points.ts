/**
 * A chart series' points and their data labels (ExcelApi 1.7): `series.points.getItemAt(i)`, `hasDataLabel`
 * and `dataLabel` (showSeriesName, showValue, position). A point exists for each cell of the series' values; a
 * label's position must be one a scatter or line label can take (README [chart-labels]).
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { PointLabelModel, SeriesModel } from "../model";

interface PointTarget {
  series: SeriesModel;
  index: number;
}

const pointCount = (s: SeriesModel): number => (s.values ? s.values.rect.rows * s.values.rect.cols : 0);

/** Excel's default label when a point's label is turned on: its value, to the right of the point. */
const defaultLabel = (): PointLabelModel => ({ showSeriesName: false, showValue: true, position: "Right" });

/** Positions a label of a point on a scatter or line chart can take; bar and pie positions are refused there. */
const POINT_POSITIONS = ["Center", "Left", "Right", "Top", "Bottom"];

/** HostChartPointsCollection's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_POINTS_SCALARS = ["count"] as const;
export const CHART_POINTS_MEMBERS = ["context", ...CHART_POINTS_SCALARS, "getCount", "getItemAt", "load"] as const;
export type ChartPointsMembers = (typeof CHART_POINTS_MEMBERS)[number];

/** HostChartPointsCollection's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartPointsCollection extends Pick<
  Excel.ChartPointsCollection,
  (typeof CHART_POINTS_SCALARS)[number]
> {}

export class HostChartPointsCollection
  extends HostObject<SeriesModel>
  implements Pick<Excel.ChartPointsCollection, ChartPointsMembers>
{
  constructor(ctx: HostContext, source: Source<SeriesModel>) {
    super(ctx, "ChartPointsCollection", source);
  }
  protected _isGone(t: SeriesModel): boolean {
    return t.deleted || t.chart.deleted;
  }
  protected _props(): Record<string, PropDef<SeriesModel>> {
    return { count: { get: (t) => pointCount(t) } };
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return handOut(this._callResult("getCount", [], (t) => pointCount(t)));
  }
  getItemAt(index: number): Excel.ChartPoint {
    return handOut(
      this._path(
        (s) => new HostChartPoint(this._ctx, s),
        "getItemAt",
        [index],
        (): PointTarget => {
          const series = this._live();
          if (!Number.isInteger(index) || index < 0 || index >= pointCount(series))
            throw hostError("ItemNotFound", `The requested resource doesn't exist. (point ${index})`);
          return { series, index };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.ChartPointsCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartPointsCollection, CHART_POINTS_SCALARS);

/** HostChartPoint's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_POINT_SCALARS = ["hasDataLabel"] as const;
export const CHART_POINT_MEMBERS = ["context", ...CHART_POINT_SCALARS, "dataLabel", "load"] as const;
export type ChartPointMembers = (typeof CHART_POINT_MEMBERS)[number];

/** HostChartPoint's scalar and navigation properties: accessors generated after the class. */
export interface HostChartPoint extends Pick<Excel.ChartPoint, (typeof CHART_POINT_SCALARS)[number] | "dataLabel"> {}

export class HostChartPoint extends HostObject<PointTarget> implements Pick<Excel.ChartPoint, ChartPointMembers> {
  constructor(ctx: HostContext, source: Source<PointTarget>) {
    super(ctx, "ChartPoint", source);
  }
  protected _isGone(t: PointTarget): boolean {
    return t.series.deleted || t.series.chart.deleted;
  }
  protected _props(): Record<string, PropDef<PointTarget>> {
    return {
      hasDataLabel: {
        get: (t) => t.series.pointLabels.has(t.index),
        set: (t, v) => {
          if (v) {
            if (!t.series.pointLabels.has(t.index)) t.series.pointLabels.set(t.index, defaultLabel());
          } else t.series.pointLabels.delete(t.index);
        },
      },
    };
  }
  load(propertyNames?: unknown): Excel.ChartPoint {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartPoint, CHART_POINT_SCALARS, CHART_POINT_SCALARS);
defineNavigation(HostChartPoint, {
  dataLabel: { make: (ctx, s) => new HostChartDataLabel(ctx, s) },
});

/** HostChartDataLabel's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CHART_DATA_LABEL_SCALARS = ["showSeriesName", "showValue", "position"] as const;
export const CHART_DATA_LABEL_MEMBERS = ["context", ...CHART_DATA_LABEL_SCALARS, "load"] as const;
export type ChartDataLabelMembers = (typeof CHART_DATA_LABEL_MEMBERS)[number];

/** A point's label. Setting it before `hasDataLabel` is refused (the stricter reading: there is no label yet). */
/** HostChartDataLabel's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostChartDataLabel extends Pick<Excel.ChartDataLabel, (typeof CHART_DATA_LABEL_SCALARS)[number]> {}

export class HostChartDataLabel
  extends HostObject<PointTarget>
  implements Pick<Excel.ChartDataLabel, ChartDataLabelMembers>
{
  constructor(ctx: HostContext, source: Source<PointTarget>) {
    super(ctx, "ChartDataLabel", source);
  }
  protected _isGone(t: PointTarget): boolean {
    return t.series.deleted || t.series.chart.deleted;
  }
  private _labelOf(t: PointTarget): PointLabelModel {
    const label = t.series.pointLabels.get(t.index);
    if (!label)
      throw hostError("InvalidOperation", "The requested operation is invalid. (the point has no data label)");
    return label;
  }
  protected _props(): Record<string, PropDef<PointTarget>> {
    const flag = (key: "showSeriesName" | "showValue"): PropDef<PointTarget> => ({
      get: (t) => this._labelOf(t)[key],
      set: (t, v) => (this._labelOf(t)[key] = Boolean(v)),
    });
    return {
      showSeriesName: flag("showSeriesName"),
      showValue: flag("showValue"),
      position: {
        get: (t) => this._labelOf(t).position,
        set: (t, v) => {
          const label = this._labelOf(t);
          const type = t.series.chartType ?? t.series.chart.chartType;
          if (/^(XYScatter|Line)/.test(type) && !POINT_POSITIONS.includes(String(v)))
            throw hostError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format. (label position "${String(v)}" on a ${type} series)`,
            );
          label.position = String(v);
        },
      },
    };
  }
  load(propertyNames?: unknown): Excel.ChartDataLabel {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostChartDataLabel, CHART_DATA_LABEL_SCALARS, CHART_DATA_LABEL_SCALARS);
