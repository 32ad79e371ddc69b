import { useId } from "react";
import { catColor } from "../shared/ChartDefs.tsx";
import type { Highlight } from "./highlight.ts";
import { HoverOverlay, type HoverHandlers } from "./HoverOverlay.tsx";
import type { LineChartLayout } from "./layoutLineChart.ts";
import { AxesBack, AxesFront, YearFlag } from "./SeriesAxes.tsx";

// Lines for stocks, named at their ends. The primary series is drawn last
// (on top) and thicker; estimates are hollow dots.

interface Props {
  readonly layout: LineChartLayout;
  readonly highlight: Highlight | null;
  readonly label: string;
  readonly handlers: HoverHandlers;
}

export function LineChart({ layout, highlight, label, handlers }: Props) {
  const clip = `${useId().replace(/:/g, "")}-plot`;
  const { plot } = layout;
  const drawOrder = [...layout.lines].reverse();
  return (
    <svg className="chart-svg series-chart" role="group" aria-label={label} width={layout.width} height={layout.height}>
      <defs>
        <clipPath id={clip}>
          <rect x={plot.left - 4} y={0} width={plot.right - plot.left + 8} height={plot.bottom + 4} />
        </clipPath>
      </defs>
      <AxesBack layout={layout} />
      <g clipPath={`url(#${clip})`} aria-hidden="true">
        {drawOrder.map((l) => (
          <g key={l.seriesId} className={`series-line${l.primary ? " series-line--primary" : ""}`} style={{ stroke: catColor(l.colorIndex) }}>
            <path className="series-line__path" d={l.path} />
            {l.points
              .filter((p) => p.approximate || p.isolated)
              .map((p) => (
                <circle
                  key={p.date}
                  className={p.approximate ? "series-line__estimate" : "series-line__dot"}
                  cx={p.x}
                  cy={p.y}
                  r={p.approximate ? 3 : 2.5}
                  style={p.approximate ? undefined : { fill: catColor(l.colorIndex) }}
                />
              ))}
          </g>
        ))}
      </g>
      <AxesFront layout={layout} flagX={highlight?.x} />
      <g className="series-end-labels" aria-hidden="true">
        {layout.endLabels.map((e) => (
          <g key={e.seriesId} className={e.primary ? "series-end-label series-end-label--primary" : "series-end-label"}>
            <line x1={e.x} x2={e.x + 8} y1={e.y - 4} y2={e.y - 4} style={{ stroke: catColor(e.colorIndex) }} />
            <text x={e.x + 11} y={e.y}>
              {e.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={e.x + 11}
                  dy={i === 0 ? 0 : layout.lineHeight}
                  className={i === e.lines.length - 1 ? "series-end-label__value" : undefined}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
      {highlight && (
        <>
          <YearFlag layout={layout} x={highlight.x} year={highlight.year} />
          <g className="series-highlight" aria-hidden="true">
            {highlight.marks.map((m, i) => (
              <g key={i}>
                <circle className="series-highlight__dot" cx={m.x} cy={m.y} r={4} style={{ fill: catColor(m.colorIndex) }} />
                <text className="series-highlight__value chart-halo" x={m.labelX} y={m.labelY} dy="0.32em" textAnchor={m.anchor}>
                  {m.text}
                </text>
              </g>
            ))}
          </g>
        </>
      )}
      <HoverOverlay layout={layout} handlers={handlers} />
    </svg>
  );
}
