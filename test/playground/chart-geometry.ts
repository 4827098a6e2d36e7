/**
 * Lays out a chart from the host's description (`host.charts(sheet)`): axes with "nice" linear or
 * logarithmic scales (Excel's auto minimum/maximum, or the axis's own), plotted points, bars and lines in
 * pixels, legend entries. Scatter (with or without lines), clustered/stacked column and bar, line and area
 * (drawn as lines); other types are drawn as clustered columns.
 */
import type { Host } from "../host";

export type ChartDescription = ReturnType<Host["charts"]>[number];
type AxisDescription = ChartDescription["axes"][number];

/** Excel's default series colours (Office theme accents). */
export const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

export interface Scale {
  kind: "linear" | "log";
  min: number;
  max: number;
  ticks: number[];
  /** 0 at min, 1 at max. */
  fraction(v: number): number;
}

function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

const round = (v: number) => +v.toPrecision(12);

/** A linear scale over [lo, hi] with about five major units; `zero` puts 0 in range as Excel does for most data. */
export function linearScale(
  lo: number,
  hi: number,
  options: { min?: number | null; max?: number | null; majorUnit?: number | null; zero?: boolean } = {},
): Scale {
  let a = Number.isFinite(lo) ? lo : 0;
  let b = Number.isFinite(hi) ? hi : 1;
  if (options.zero) {
    // Excel starts at zero unless the data sit far from it.
    if (a > 0 && a < (5 / 6) * b) a = 0;
    if (b < 0 && b > (5 / 6) * a) b = 0;
  }
  if (options.min != null) a = options.min;
  if (options.max != null) b = options.max;
  if (a === b) {
    if (a === 0) b = 1;
    else if (a > 0) a = 0;
    else b = 0;
  }
  if (a > b) [a, b] = [b, a];
  const step = options.majorUnit && options.majorUnit > 0 ? options.majorUnit : niceStep((b - a) / 5);
  const min = options.min != null ? options.min : round(Math.floor(a / step) * step);
  let max = options.max != null ? options.max : round(Math.ceil(b / step) * step);
  if (max <= min) max = min + step;
  const ticks: number[] = [];
  for (let t = min, i = 0; t <= max + step * 1e-9 && i < 100; i++, t = round(min + i * step)) ticks.push(t);
  return { kind: "linear", min, max, ticks, fraction: (v) => (v - min) / (max - min) };
}

/** A logarithmic scale: whole powers of `base` around the positive data, or the axis's own bounds. */
export function logScale(
  lo: number,
  hi: number,
  options: { base?: number; min?: number | null; max?: number | null } = {},
): Scale {
  const base = options.base && options.base > 1 ? options.base : 10;
  const log = (v: number) => Math.log(v) / Math.log(base);
  const a = lo > 0 && Number.isFinite(lo) ? lo : 1;
  const b = hi > 0 && Number.isFinite(hi) ? hi : a * base;
  let min = options.min != null && options.min > 0 ? options.min : Math.pow(base, Math.floor(log(a) + 1e-9));
  let max = options.max != null && options.max > 0 ? options.max : Math.pow(base, Math.ceil(log(b) - 1e-9));
  if (max <= min) max = min * base;
  min = round(min);
  max = round(max);
  const ticks: number[] = [];
  for (let e = Math.ceil(log(min) - 1e-9); e <= Math.floor(log(max) + 1e-9) && ticks.length < 40; e++)
    ticks.push(round(Math.pow(base, e)));
  const l0 = log(min);
  const l1 = log(max);
  return { kind: "log", min, max, ticks, fraction: (v) => (v > 0 ? (log(v) - l0) / (l1 - l0) : NaN) };
}

/** A tick label: grouped digits, decimals only as the step needs them; `compact` gives "10M", "1B". */
export function formatTick(v: number, scale: Scale, compact = false): string {
  if (!Number.isFinite(v)) return "";
  if (compact && Math.abs(v) >= 1000)
    return v.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 1 });
  let decimals = 0;
  if (scale.kind === "linear" && scale.ticks.length > 1) {
    const step = Math.abs(scale.ticks[1] - scale.ticks[0]);
    decimals = step > 0 && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  } else if (v < 1) decimals = Math.min(6, Math.ceil(-Math.log10(v) - 1e-9));
  return v.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A scale's tick labels, in full unless the longest would take more than 9 characters (then "10M"). */
export function tickLabels(scale: Scale): string[] {
  const full = scale.ticks.map((t) => formatTick(t, scale));
  return full.some((l) => l.length > 9) ? scale.ticks.map((t) => formatTick(t, scale, true)) : full;
}

/** Blanks the labels that would overlap the previous shown one (ticks stay): by width, or by line height. */
function thinLabels(ticks: AxisTick[], vertical = false): AxisTick[] {
  let lastEnd = -Infinity;
  return ticks.map((t) => {
    if (vertical) {
      if (Math.abs(t.at - lastEnd) < 14) return { ...t, label: "" };
      lastEnd = t.at;
      return t;
    }
    const half = textWidth(t.label, 11) / 2;
    if (t.at - half < lastEnd + 6) return { ...t, label: "" };
    lastEnd = t.at + half;
    return t;
  });
}

// ------------------------------------------------------------------ layout

export interface PlotPoint {
  x: number;
  y: number;
  /** The data the point stands for, for its tooltip. */
  label: string;
}

export interface PlotBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface PlotSeries {
  name: string;
  color: string;
  /** Stroke of the series' line. */
  lineColor: string;
  /** Marker points (scatter and line series with markers). */
  markers: PlotPoint[];
  /** Polyline through the points (lines and area), in order; empty when the series has no line. */
  line: PlotPoint[];
  bars: PlotBar[];
  /** How many data points were plotted (markers, bar or line vertices). */
  count: number;
  /** Scatter extras: a dashed line, marker outline and radius, and point labels (series name or value). */
  dashed?: boolean;
  markerStroke?: string;
  markerRadius?: number;
  labels?: { x: number; y: number; text: string; position: string }[];
}

export interface AxisTick {
  /** Pixel position along the axis (x for horizontal axes, y for vertical). */
  at: number;
  label: string;
}

export interface PlotAxis {
  orientation: "horizontal" | "vertical";
  kind: "linear" | "log" | "category";
  title: string | null;
  ticks: AxisTick[];
  /** Gridlines are drawn for value axes. */
  gridlines: boolean;
}

export interface LegendEntry {
  name: string;
  color: string;
  /** How the series is drawn: a marker, a line, or a filled box (bars). */
  swatch: "marker" | "line" | "box";
  /** Top-left of the entry in the chart. */
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  title: string | null;
  plot: { x: number; y: number; width: number; height: number };
  axes: PlotAxis[];
  series: PlotSeries[];
  legend: { position: "Right" | "Bottom" | "Top" | "Left"; entries: LegendEntry[] } | null;
}

type Kind = "scatter" | "column" | "bar" | "line";

export function chartKind(type: string): { kind: Kind; stacked: boolean; lines: boolean; markers: boolean } {
  const t = type.toLowerCase();
  if (t.startsWith("xyscatter"))
    return {
      kind: "scatter",
      stacked: false,
      lines: t.includes("lines") || t.includes("smooth"),
      markers: !t.includes("nomarkers"),
    };
  if (t.includes("line") || t.includes("area") || t.includes("radar"))
    return { kind: "line", stacked: false, lines: true, markers: t.includes("markers") };
  const stacked = t.includes("stacked");
  if (t.includes("bar")) return { kind: "bar", stacked, lines: false, markers: false };
  return { kind: "column", stacked, lines: false, markers: false };
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function labelOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return String(v);
}

function axisOf(chart: ChartDescription, type: "Category" | "Value"): AxisDescription | undefined {
  return chart.axes.find((a) => a.type === type && a.group === "Primary") ?? chart.axes.find((a) => a.type === type);
}

function axisTitle(a: AxisDescription | undefined): string | null {
  return a && a.title.text ? a.title.text : null;
}

function valueScale(a: AxisDescription | undefined, values: number[], zero: boolean): Scale {
  const finite = values.filter((v) => Number.isFinite(v));
  if (a?.scaleType === "Logarithmic") {
    const pos = finite.filter((v) => v > 0);
    return logScale(Math.min(...pos), Math.max(...pos), { base: a.logBase, min: a.minimum, max: a.maximum });
  }
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  return linearScale(lo, hi, { min: a?.minimum, max: a?.maximum, majorUnit: a?.majorUnit, zero });
}

/** Text width estimate at 12 px Segoe UI. */
/** Full-width characters (CJK) are about twice a Latin character's width. */
const FULL_WIDTH = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
const textWidth = (s: string, px = 12) => [...s].reduce((w, ch) => w + (FULL_WIDTH.test(ch) ? 1.8 : 1), 0) * px * 0.55;

export function layoutChart(chart: ChartDescription, width: number, height: number): ChartLayout {
  const { kind, stacked, lines, markers } = chartKind(chart.type);
  const title = chart.title ? chart.title : null;
  const series = chart.series.map((s, i) => ({
    ...s,
    color: s.color ?? (s.markerBackgroundColor || s.lineColor || PALETTE[i % PALETTE.length]),
  }));
  const catAxis = axisOf(chart, "Category");
  const valAxis = axisOf(chart, "Value");

  const wantsLegend = chart.legend.visible && series.length > 0;
  const entries = series.map((s) => ({
    name: s.name,
    color: s.color,
    swatch: (kind === "scatter"
      ? s.markerStyle !== "None" && markers
        ? "marker"
        : "line"
      : kind === "line"
        ? "line"
        : "box") as LegendEntry["swatch"],
  }));
  let legendPosition = (
    ["Right", "Bottom", "Top", "Left"].includes(chart.legend.position) ? chart.legend.position : "Right"
  ) as "Right" | "Bottom" | "Top" | "Left";
  // A narrow chart keeps its plot readable by moving a side legend below it.
  if (width < 440 && (legendPosition === "Right" || legendPosition === "Left")) legendPosition = "Bottom";

  // Data and scales.
  const categories: string[] = [];
  let horizontal: Scale | null = null;
  let vertical: Scale | null = null;
  if (kind === "scatter") {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const s of series) {
      (s.values ?? []).forEach((v, i) => {
        const y = num(v);
        const x = s.xValues ? num(s.xValues[i]) : i + 1;
        if (x !== null && y !== null) {
          xs.push(x);
          ys.push(y);
        }
      });
    }
    horizontal = valueScale(catAxis, xs, true);
    vertical = valueScale(valAxis, ys, true);
  } else {
    const n = Math.max(0, ...series.map((s) => s.values?.length ?? 0));
    const names = series.find((s) => s.xValues)?.xValues ?? null;
    for (let i = 0; i < n; i++) categories.push(names ? labelOf(names[i]) : String(i + 1));
    const values: number[] = [];
    if (stacked)
      for (let i = 0; i < n; i++) {
        let pos = 0;
        let neg = 0;
        for (const s of series) {
          const v = num(s.values?.[i]) ?? 0;
          if (v >= 0) pos += v;
          else neg += v;
        }
        values.push(pos, neg);
      }
    else for (const s of series) for (const v of s.values ?? []) if (num(v) !== null) values.push(v as number);
    const scale = valueScale(valAxis, values, true);
    if (kind === "bar") horizontal = scale;
    else vertical = scale;
  }

  // Margins: title on top, legend on its side, tick labels and axis titles.
  const pad = 10;
  let top = pad + (title ? 26 : 0);
  let bottom = pad;
  let left = pad;
  let right = pad + 6;
  const LEGEND_ROW = 18;
  const entryWidth = (name: string) => textWidth(name) + 24;
  // Legend rows for a legend above or below the plot.
  const legendRows: (typeof entries)[] = [];
  if (wantsLegend) {
    if (legendPosition === "Right" || legendPosition === "Left") {
      const widest = Math.max(...entries.map((e) => entryWidth(e.name)));
      if (legendPosition === "Right") right += Math.min(widest, width * 0.3) + 8;
      else left += Math.min(widest, width * 0.3) + 8;
    } else {
      let row: typeof entries = [];
      let used = 0;
      for (const e of entries) {
        if (row.length && used + entryWidth(e.name) > width - 2 * pad) {
          legendRows.push(row);
          row = [];
          used = 0;
        }
        row.push(e);
        used += entryWidth(e.name);
      }
      if (row.length) legendRows.push(row);
      if (legendPosition === "Top") top += legendRows.length * LEGEND_ROW + 4;
      else bottom += legendRows.length * LEGEND_ROW + 4;
    }
  }
  const verticalLabels = kind === "bar" ? categories : tickLabels(vertical as Scale);
  left += Math.min(width * 0.4, Math.max(0, ...verticalLabels.map((l) => textWidth(l)))) + 6;
  bottom += 18;
  const hTitle = kind === "bar" ? axisTitle(valAxis) : axisTitle(catAxis);
  const vTitle = kind === "bar" ? axisTitle(catAxis) : axisTitle(valAxis);
  if (hTitle) bottom += 18;
  if (vTitle) left += 18;

  const plot = {
    x: left,
    y: top,
    width: Math.max(10, width - left - right),
    height: Math.max(10, height - top - bottom),
  };
  const px = (f: number) => plot.x + f * plot.width;
  const py = (f: number) => plot.y + plot.height - f * plot.height;

  const axes: PlotAxis[] = [];
  const out: PlotSeries[] = [];
  const reversed = catAxis?.reversePlotOrder ?? false;

  if (kind === "scatter") {
    const h = horizontal as Scale;
    const v = vertical as Scale;
    axes.push(
      {
        orientation: "horizontal",
        kind: h.kind,
        title: hTitle,
        ticks: thinLabels(tickLabels(h).map((label, i) => ({ at: px(h.fraction(h.ticks[i])), label }))),
        gridlines: false,
      },
      {
        orientation: "vertical",
        kind: v.kind,
        title: vTitle,
        ticks: thinLabels(
          tickLabels(v).map((label, i) => ({ at: py(v.fraction(v.ticks[i])), label })),
          true,
        ),
        gridlines: true,
      },
    );
    for (const s of series) {
      const pts: PlotPoint[] = [];
      const labels: NonNullable<PlotSeries["labels"]> = [];
      (s.values ?? []).forEach((raw, i) => {
        const y = num(raw);
        const x = s.xValues ? num(s.xValues[i]) : i + 1;
        if (x === null || y === null) return;
        const fx = h.fraction(x);
        const fy = v.fraction(y);
        if (!Number.isFinite(fx) || !Number.isFinite(fy)) return; // e.g. zero on a log axis
        pts.push({ x: px(fx), y: py(fy), label: `(${labelOf(x)}, ${labelOf(y)})` });
        const l = (s.labels ?? []).find((d) => d.point === i);
        if (l) {
          const text = [l.showSeriesName ? s.name : "", l.showValue ? labelOf(y) : ""].filter(Boolean).join(", ");
          if (text) labels.push({ x: px(fx), y: py(fy), text, position: l.position });
        }
      });
      // A markers-only scatter draws a series' line once it has a colour or style of its own.
      const hasLine =
        s.lineStyle !== "None" &&
        (lines || Boolean(s.lineColor) || (s.lineStyle !== "Automatic" && s.lineStyle !== ""));
      const hasMarkers = markers && s.markerStyle !== "None";
      out.push({
        name: s.name,
        color: s.color,
        lineColor: s.lineColor || s.color,
        markers: hasMarkers ? pts : [],
        line: hasLine ? pts : [],
        bars: [],
        count: pts.length,
        dashed: /Dash|Dot/.test(s.lineStyle),
        markerStroke: s.markerForegroundColor || undefined,
        markerRadius: s.markerSize / 2,
        labels,
      });
    }
  } else {
    const n = categories.length;
    const scale = (kind === "bar" ? horizontal : vertical) as Scale;
    // Categories run left to right (columns, lines) or bottom to top (bars), unless reversed.
    const slot = (i: number) => (reversed !== (kind === "bar") ? n - 1 - i : i);
    const bandLength = (kind === "bar" ? plot.height : plot.width) / Math.max(1, n);
    const catStart = (i: number) => (kind === "bar" ? plot.y + slot(i) * bandLength : plot.x + slot(i) * bandLength);
    const valuePx = (v: number) => (kind === "bar" ? px(scale.fraction(v)) : py(scale.fraction(v)));
    const base = valuePx(scale.kind === "log" ? scale.min : Math.min(Math.max(0, scale.min), scale.max));
    axes.push({
      orientation: kind === "bar" ? "vertical" : "horizontal",
      kind: "category",
      title: kind === "bar" ? vTitle : hTitle,
      ticks: ((t: AxisTick[]) => thinLabels(t, kind === "bar"))(
        categories.map((label, i) => ({ at: catStart(i) + bandLength / 2, label })),
      ),
      gridlines: false,
    });
    axes.push({
      orientation: kind === "bar" ? "horizontal" : "vertical",
      kind: scale.kind,
      title: kind === "bar" ? hTitle : vTitle,
      ticks: ((t: AxisTick[]) => thinLabels(t, kind !== "bar"))(
        tickLabels(scale).map((label, i) => ({ at: valuePx(scale.ticks[i]), label })),
      ),
      gridlines: true,
    });
    const gap = 1.5; // Excel's default gap width, 150% of a bar
    const groups = stacked ? 1 : series.length;
    const barLength = bandLength / (groups + gap);
    const stackPos = new Array<number>(n).fill(0);
    const stackNeg = new Array<number>(n).fill(0);
    series.forEach((s, k) => {
      const ps: PlotSeries = {
        name: s.name,
        color: s.color,
        lineColor: s.lineColor || s.color,
        markers: [],
        line: [],
        bars: [],
        count: 0,
      };
      (s.values ?? []).forEach((raw, i) => {
        const v = num(raw);
        if (v === null) return;
        const label = `${categories[i]}: ${labelOf(v)}`;
        if (kind === "line") {
          const f = scale.fraction(v);
          if (!Number.isFinite(f)) return;
          const p = { x: catStart(i) + bandLength / 2, y: py(f), label };
          ps.line.push(p);
          if (markers && s.markerStyle !== "None") ps.markers.push(p);
          ps.count++;
          return;
        }
        let from = base;
        let to = valuePx(v);
        if (stacked) {
          const start = v >= 0 ? stackPos[i] : stackNeg[i];
          from = valuePx(start);
          to = valuePx(start + v);
          if (v >= 0) stackPos[i] += v;
          else stackNeg[i] += v;
        }
        if (!Number.isFinite(to)) return;
        const offset = catStart(i) + (gap / 2) * barLength + (stacked ? 0 : k * barLength);
        const bar =
          kind === "bar"
            ? { x: Math.min(from, to), y: offset, width: Math.abs(to - from), height: barLength, label }
            : { x: offset, y: Math.min(from, to), width: barLength, height: Math.abs(to - from), label };
        ps.bars.push(bar);
        ps.count++;
      });
      out.push(ps);
    });
  }

  let legend: ChartLayout["legend"] = null;
  if (wantsLegend) {
    const placed: LegendEntry[] = [];
    if (legendPosition === "Right" || legendPosition === "Left") {
      const x = legendPosition === "Right" ? plot.x + plot.width + 14 : pad;
      const y0 = plot.y + plot.height / 2 - (entries.length * LEGEND_ROW) / 2;
      entries.forEach((e, i) => placed.push({ ...e, x, y: Math.max(pad, y0) + i * LEGEND_ROW }));
    } else {
      const y0 =
        legendPosition === "Top"
          ? top - legendRows.length * LEGEND_ROW - 4
          : height - pad - legendRows.length * LEGEND_ROW;
      legendRows.forEach((row, r) => {
        const total = row.reduce((a, e) => a + entryWidth(e.name), 0);
        let x = Math.max(pad, width / 2 - total / 2);
        for (const e of row) {
          placed.push({ ...e, x, y: y0 + r * LEGEND_ROW });
          x += entryWidth(e.name);
        }
      });
    }
    legend = { position: legendPosition, entries: placed };
  }

  return { width, height, title, plot, axes, series: out, legend };
}
