import { FONT } from "../shared/chartText.ts";
import type { SeriesAxes } from "./seriesAxes.ts";

// Axes drawn from the layout's ticks. Gridlines sit behind the data and are
// lighter than it; the time axis, boundaries and breaks sit in front.

export function AxesBack({ layout }: { readonly layout: SeriesAxes }) {
  const { plot } = layout;
  return (
    <g className="series-axes" aria-hidden="true">
      {layout.yTicks.map((t) => (
        <g key={t.value}>
          {t.value !== 0 && <line className="chart-gridline" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />}
          <text className="chart-tick" x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Tick labels this close to the highlighted year's flag give way to it. */
const FLAG_CLEARANCE = 34;

export function AxesFront({ layout, flagX }: { readonly layout: SeriesAxes; readonly flagX?: number | undefined }) {
  const { plot } = layout;
  const ticks = flagX === undefined ? layout.xTicks : layout.xTicks.filter((t) => Math.abs(t.x - flagX) > FLAG_CLEARANCE);
  const zero = layout.y(0);
  return (
    <g className="series-axes">
      <line className="chart-baseline" x1={plot.left} x2={plot.right} y1={zero} y2={zero} aria-hidden="true" />
      {layout.xBoundaries.map((x, i) => (
        <line key={i} className="chart-tick-mark" x1={x} x2={x} y1={zero} y2={zero + 4} aria-hidden="true" />
      ))}
      {ticks.map((t) => (
        <text key={t.year} className="chart-tick" x={t.x} y={plot.bottom + FONT.small + 4} textAnchor="middle" aria-hidden="true">
          {t.label}
        </text>
      ))}
      {layout.breaks.map((b, i) => (
        <g key={i} className="series-break">
          <title>{b.fullLabels.join("\n")}</title>
          <line className="series-break__rule" x1={b.x} x2={b.x} y1={plot.top - 2} y2={plot.bottom} />
          {b.row !== null && (
            <text
              className="series-break__label"
              x={b.anchor === "start" ? b.x + 3 : b.x - 3}
              y={b.row * layout.breakRowHeight + FONT.small + 2}
              textAnchor={b.anchor}
            >
              {b.shortLabel}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** The highlighted year's label over the time axis, with a halo that hides the tick labels beneath. */
export function YearFlag({ layout, x, year }: { readonly layout: SeriesAxes; readonly x: number; readonly year: number }) {
  return (
    <g className="series-highlight" aria-hidden="true">
      <line className="series-highlight__rule" x1={x} x2={x} y1={layout.plot.top} y2={layout.plot.bottom} />
      <text className="series-highlight__year chart-halo" x={x} y={layout.plot.bottom + FONT.small + 4} textAnchor="middle">
        {year}
      </text>
    </g>
  );
}
