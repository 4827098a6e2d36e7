/**
 * One chart as SVG, laid out by chart-geometry.ts. Each series is a `<g data-series="<name>"
 * data-points="<n plotted>">` holding a `[data-point]` circle per marker or rect per bar and, for a series
 * drawn as a line, one `<path>` through its points.
 */
import { memo } from "react";
import { ChartDescription, ChartLayout, layoutChart, PlotSeries } from "./chart-geometry";

const FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, 'Helvetica Neue', Arial, sans-serif";
const TEXT = "#595959";
const AXIS = "#BFBFBF";
const GRID = "#E6E6E6";

function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

function Series({ s, index }: { s: PlotSeries; index: number }) {
  return (
    <g data-series={s.name} data-series-index={index} data-points={s.count}>
      {s.bars.map((b, i) => (
        <rect
          key={`b${i}`}
          data-point={i}
          x={b.x}
          y={b.y}
          width={Math.max(0, b.width)}
          height={Math.max(0, b.height)}
          fill={s.color}
        >
          <title>{`${s.name} ${b.label}`}</title>
        </rect>
      ))}
      {s.line.length > 1 && (
        <path
          d={pathOf(s.line)}
          fill="none"
          stroke={s.lineColor}
          strokeWidth={2}
          strokeDasharray={s.dashed ? "6 4" : undefined}
        />
      )}
      {s.markers.map((p, i) => (
        <circle
          key={`m${i}`}
          data-point={i}
          cx={p.x}
          cy={p.y}
          r={s.markerRadius ?? 3.5}
          fill={s.color}
          stroke={s.markerStroke ?? s.color}
          fillOpacity={0.85}
        >
          <title>{`${s.name} ${p.label}`}</title>
        </circle>
      ))}
      {(s.labels ?? []).map((l, i) => (
        <text
          key={`l${i}`}
          data-label={l.text}
          x={l.x + (l.position === "Right" ? 6 : l.position === "Left" ? -6 : 0)}
          y={l.y + (l.position === "Top" ? -6 : l.position === "Bottom" ? 14 : 4)}
          textAnchor={l.position === "Right" ? "start" : l.position === "Left" ? "end" : "middle"}
          fontFamily={FONT}
          fontSize={12}
          fill={s.lineColor}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

function Legend({ layout }: { layout: ChartLayout }) {
  if (!layout.legend) return null;
  return (
    <g data-legend={layout.legend.position} fontFamily={FONT} fontSize={12} fill={TEXT}>
      {layout.legend.entries.map((e, i) => (
        <g key={i} transform={`translate(${e.x.toFixed(1)},${e.y.toFixed(1)})`}>
          {e.swatch === "marker" ? (
            <circle cx={6} cy={9} r={4} fill={e.color} />
          ) : e.swatch === "line" ? (
            <line x1={0} x2={14} y1={9} y2={9} stroke={e.color} strokeWidth={2} />
          ) : (
            <rect x={0} y={4} width={10} height={10} fill={e.color} />
          )}
          <text x={18} y={13}>
            {e.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Redrawn only when the chart (re-read after each workbook change) or its size changes, not on scrolling. */
export const ChartSvg = memo(function ChartSvg({
  chart,
  width,
  height,
}: {
  chart: ChartDescription;
  width: number;
  height: number;
}) {
  const layout = layoutChart(chart, width, height);
  const { plot } = layout;
  const label = chart.title || chart.name;
  const clipId = `clip-${chart.name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <svg
      data-chart={chart.name}
      data-chart-type={chart.type}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#FFFFFF" stroke="#D9D9D9" />
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x - 4} y={plot.y - 4} width={plot.width + 8} height={plot.height + 8} />
        </clipPath>
      </defs>
      {layout.title && (
        <text x={width / 2} y={24} textAnchor="middle" fontFamily={FONT} fontSize={16} fill={TEXT} data-chart-title="">
          {layout.title}
        </text>
      )}
      {layout.axes.map((a, i) => (
        <g
          key={i}
          data-axis={a.orientation}
          data-scale={a.kind}
          fontFamily={FONT}
          fontSize={11}
          fill={TEXT}
          aria-label={a.title ?? undefined}
        >
          {a.gridlines &&
            a.ticks.map((t, j) =>
              a.orientation === "vertical" ? (
                <line key={j} x1={plot.x} x2={plot.x + plot.width} y1={t.at} y2={t.at} stroke={GRID} />
              ) : (
                <line key={j} x1={t.at} x2={t.at} y1={plot.y} y2={plot.y + plot.height} stroke={GRID} />
              ),
            )}
          {a.orientation === "vertical" ? (
            <line x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={AXIS} />
          ) : (
            <line
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={plot.y + plot.height}
              y2={plot.y + plot.height}
              stroke={AXIS}
            />
          )}
          {a.ticks.map((t, j) =>
            a.orientation === "vertical" ? (
              <text key={`t${j}`} data-tick="" x={plot.x - 6} y={t.at + 4} textAnchor="end">
                {t.label}
              </text>
            ) : (
              <text key={`t${j}`} data-tick="" x={t.at} y={plot.y + plot.height + 15} textAnchor="middle">
                {t.label}
              </text>
            ),
          )}
          {a.title &&
            (a.orientation === "vertical" ? (
              <text
                x={12}
                y={plot.y + plot.height / 2}
                textAnchor="middle"
                fontSize={12}
                transform={`rotate(-90 12 ${plot.y + plot.height / 2})`}
              >
                {a.title}
              </text>
            ) : (
              <text x={plot.x + plot.width / 2} y={plot.y + plot.height + 33} textAnchor="middle" fontSize={12}>
                {a.title}
              </text>
            ))}
        </g>
      ))}
      <g clipPath={`url(#${clipId})`}>
        {layout.series.map((s, i) => (
          <Series key={i} s={s} index={i} />
        ))}
      </g>
      <Legend layout={layout} />
    </svg>
  );
});
