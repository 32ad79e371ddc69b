import { useId } from "react";
import { catColor } from "../shared/ChartDefs.tsx";
import type { Highlight } from "./highlight.ts";
import { HoverOverlay, type HoverHandlers } from "./HoverOverlay.tsx";
import type { ColumnChartLayout } from "./layoutColumns.ts";
import { AxesBack, AxesFront, YearFlag } from "./SeriesAxes.tsx";

// Columns for flows, each across its own period. A year without a figure has
// no column and an open circle on the axis: missing, not zero.

interface Props {
  readonly layout: ColumnChartLayout;
  readonly highlight: Highlight | null;
  readonly label: string;
  readonly handlers: HoverHandlers;
}

export function ColumnChart({ layout, highlight, label, handlers }: Props) {
  const clip = `${useId().replace(/:/g, "")}-plot`;
  const { plot } = layout;
  const zero = layout.y(0);
  const year = highlight?.year ?? null;
  return (
    <svg className="chart-svg series-chart" role="group" aria-label={label} width={layout.width} height={layout.height}>
      <defs>
        <clipPath id={clip}>
          <rect x={plot.left} y={0} width={plot.right - plot.left} height={plot.bottom + 8} />
        </clipPath>
      </defs>
      <AxesBack layout={layout} />
      <g clipPath={`url(#${clip})`} aria-hidden="true">
        {layout.columns.map((c) => (
          <rect
            key={`${c.seriesIndex}-${c.date}`}
            className={[
              "series-column",
              c.approximate ? "is-approximate" : "",
              c.year === year ? "is-highlighted" : "",
            ].join(" ").trim()}
            x={c.x}
            y={c.y}
            width={c.width}
            height={c.height}
            style={c.year === year ? undefined : { fill: catColor(c.seriesIndex) }}
          />
        ))}
        {layout.noRecord.map((m) => (
          <circle key={`${m.seriesIndex}-${m.date}`} className="series-no-record" cx={m.x} cy={zero} r={2.5} />
        ))}
      </g>
      <AxesFront layout={layout} flagX={highlight?.x} />
      {highlight && (
        <>
          <YearFlag layout={layout} x={highlight.x} year={highlight.year} />
          <g className="series-highlight" aria-hidden="true">
            {highlight.marks.map((m, i) => (
              <text key={i} className="series-highlight__value chart-halo" x={m.labelX} y={m.labelY} textAnchor={m.anchor}>
                {m.text}
              </text>
            ))}
          </g>
        </>
      )}
      <HoverOverlay layout={layout} handlers={handlers} />
    </svg>
  );
}
