import type { PlacedEra, Tick } from "./layout.ts";

interface Props {
  readonly width: number;
  readonly ticks: readonly Tick[];
  readonly eras: readonly PlacedEra[];
  readonly top: number;
  readonly axisY: number;
  readonly eraLabelY: number;
}

/** Era bands behind everything, gridlines, and the time axis with its labels. */
export function TimelineBackdrop({ ticks, eras, top, axisY, eraLabelY }: Omit<Props, "width">) {
  return (
    <g className="tl-backdrop" aria-hidden="true">
      {eras.map((era) => (
        <g key={era.id} className="tl-era">
          <rect
            className={era.index % 2 === 0 ? "tl-era__band tl-era__band--a" : "tl-era__band tl-era__band--b"}
            x={era.x0}
            y={top}
            width={Math.max(0, era.x1 - era.x0)}
            height={axisY - top}
          />
          {era.x0 > 0 && <line className="tl-era__edge" x1={era.x0} x2={era.x0} y1={top} y2={axisY} />}
          {era.labelVisible && (
            <text className="tl-era__label" x={era.labelX} y={eraLabelY}>
              {era.label}
            </text>
          )}
        </g>
      ))}
      {ticks.map((t) => (
        <line
          key={`g${t.date.getTime()}`}
          className={t.major ? "tl-grid tl-grid--major" : "tl-grid"}
          x1={t.x}
          x2={t.x}
          y1={top}
          y2={axisY}
        />
      ))}
    </g>
  );
}

export function TimelineAxis({ width, ticks, axisY }: Pick<Props, "width" | "ticks" | "axisY">) {
  return (
    <g className="tl-axis" aria-hidden="true">
      <line className="tl-axis__line" x1={0} x2={width} y1={axisY} y2={axisY} />
      {ticks
        .filter((t) => t.major)
        .map((t) => (
          <g key={`t${t.date.getTime()}`}>
            <line className="tl-axis__tick" x1={t.x} x2={t.x} y1={axisY} y2={axisY + 5} />
            <text className="tl-axis__label" x={t.labelX} y={axisY + 18} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
    </g>
  );
}
