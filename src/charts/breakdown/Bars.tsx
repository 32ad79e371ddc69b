import { isHttpUrl } from "../../data/httpUrl.ts";
import { useId } from "react";
import type { BarsLayout, PlacedBar } from "./layoutBars.ts";
import { OPEN_END } from "./layoutBars.ts";
import { catColor, HatchPatterns, hatchId } from "../shared/ChartDefs.tsx";

// Bars from zero, one per figure. A lower bound is hatched with no closing
// edge and a chevron: the true bar may run further.

const COLOR = 0;

function BarMark({ bar, prefix }: { readonly bar: PlacedBar; readonly prefix: string }) {
  const { x0, x1, barY: y, barHeight: h } = bar;
  const mid = y + h / 2;
  const width = Math.max(0, x1 - x0);
  if (bar.atLeast) {
    return (
      <g className="bar bar--at-least">
        <rect x={x0} y={y} width={width} height={h} style={{ fill: `url(#${hatchId(prefix, COLOR)})` }} />
        <path className="bar__open-outline" d={`M${x1},${y}H${x0}V${y + h}H${x1}`} style={{ stroke: catColor(COLOR) }} />
        <path
          className="bar__open-end"
          d={`M${x1 + 2},${y + 3}L${x1 + OPEN_END - 1},${mid}L${x1 + 2},${y + h - 3}`}
          style={{ stroke: catColor(COLOR) }}
        />
      </g>
    );
  }
  const fill = bar.derived ? `url(#${hatchId(prefix, COLOR)})` : catColor(COLOR);
  return (
    <rect
      className={`bar${bar.approximate ? " is-approximate" : ""}`}
      x={x0}
      y={y}
      width={width}
      height={h}
      style={{ fill }}
    />
  );
}

/** The bars of one panel, drawn at the layout's own origin. */
export function BarsMarks({ layout, prefix }: { readonly layout: BarsLayout; readonly prefix: string }) {
  return (
    <>
      {layout.bars.map((bar) => (
        <g key={bar.partIndex}>
          <text className="chart-label" x={0} y={bar.labelY}>
            {bar.labelLines.map((line, i) => (
              <tspan key={i} x={0} dy={i === 0 ? 0 : "1.3em"}>
                {line}
              </tspan>
            ))}
          </text>
          {bar.source && bar.sourceY !== null && (
            <text className="chart-source" x={0} y={bar.sourceY}>
              Source:{" "}
              {/* The one rule for links made from data: only http(s). */}
              {isHttpUrl(bar.source.url) ? (
                <a href={bar.source.url} rel="noopener noreferrer" target="_blank">
                  {bar.source.name}
                </a>
              ) : (
                bar.source.name
              )}
            </text>
          )}
          <BarMark bar={bar} prefix={prefix} />
          {/* The zero line, only beside the bar so it never strikes through a label. */}
          <line className="chart-baseline" x1={layout.x0} x2={layout.x0} y1={bar.barY - 3} y2={bar.barY + bar.barHeight + 3} />
          {bar.range && (
            <path
              className="bar__range"
              d={`M${bar.range.x0},${bar.valueY}H${bar.range.x1}M${bar.range.x0},${bar.valueY - 5}v10M${bar.range.x1},${bar.valueY - 5}v10`}
            />
          )}
          <text className="chart-value" x={bar.valueX} y={bar.valueY} dy="0.35em">
            {bar.valueText}
          </text>
        </g>
      ))}
    </>
  );
}

export function Bars({ layout, label }: { readonly layout: BarsLayout; readonly label: string }) {
  const prefix = useId().replace(/:/g, "");
  return (
    <svg
      className="chart-svg bars"
      // Links inside an img would be hidden from assistive technology; a group keeps them.
      role={layout.bars.some((b) => b.source) ? "group" : "img"}
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <HatchPatterns prefix={prefix} />
      <BarsMarks layout={layout} prefix={prefix} />
    </svg>
  );
}
