import type { KeyboardEvent, PointerEvent } from "react";
import type { PlacedSeriesPoint, SeriesBand } from "./seriesBand.ts";

interface Props {
  readonly band: SeriesBand;
  readonly top: number;
  readonly title: string;
  /** The year under the crosshair, if any. */
  readonly focus: PlacedSeriesPoint | undefined;
  readonly valueText: string;
  readonly onPointerMove: (x: number) => void;
  readonly onPointerLeave: () => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

/** The primary population series as a muted area under the events, on the same time axis. */
export function SeriesBandView({ band, top, title, focus, valueText, onPointerMove, onPointerLeave, onKeyDown }: Props) {
  const years = band.series.points.map((p) => Number(p.date.slice(0, 4)));
  return (
    <g
      className="tl-band"
      transform={`translate(0,${top})`}
      role="slider"
      tabIndex={0}
      aria-label={`${title}: move through the years with the arrow keys`}
      aria-valuemin={Math.min(...years)}
      aria-valuemax={Math.max(...years)}
      aria-valuenow={focus ? Number(focus.date.slice(0, 4)) : undefined}
      aria-valuetext={valueText || "No year chosen"}
      onPointerMove={(e: PointerEvent<SVGGElement>) => {
        const svg = e.currentTarget.ownerSVGElement;
        if (svg) onPointerMove(e.clientX - svg.getBoundingClientRect().left);
      }}
      onPointerLeave={onPointerLeave}
      onKeyDown={onKeyDown}
    >
      <rect className="tl-band__hit" x={0} y={0} width={band.width} height={band.height} />
      {band.yTicks.map((t) => (
        <line key={`y${t.value}`} className="tl-band__grid" x1={0} x2={band.width} y1={t.y} y2={t.y} />
      ))}
      {band.areaPath && <path className="tl-band__area" d={band.areaPath} />}
      {band.linePath && <path className="tl-band__line" d={band.linePath} />}
      {band.companions.map((c) => c.linePath && <path key={c.series.id} className="tl-band__companion" d={c.linePath} />)}
      {band.points
        .filter((p) => p.approximate && p.y !== null)
        .map((p) => (
          <circle key={p.date} className="tl-band__approx" cx={p.x} cy={p.y ?? 0} r={2.5} />
        ))}
      {/* Numbered, with the full wording in the notes under the chart: break labels are sentences. */}
      {band.breaks.map((b) => (
        <g key={`${b.date}-${b.label}`} className="tl-band__break">
          <line x1={b.x} x2={b.x} y1={14} y2={band.baselineY} />
          <circle cx={b.x} cy={14} r={8} />
          <text x={b.x} y={14} textAnchor="middle" dominantBaseline="central">
            {b.number}
          </text>
          <title>{b.label}</title>
        </g>
      ))}
      {focus && focus.y !== null && (
        <g className="tl-band__crosshair" aria-hidden="true">
          <line x1={focus.x} x2={focus.x} y1={0} y2={band.baselineY} />
          <circle cx={focus.x} cy={focus.y} r={4} />
          {band.companions.map((c) => {
            const p = c.points.find((q) => q.date === focus.date);
            return p && p.y !== null ? <circle key={c.series.id} className="is-companion" cx={p.x} cy={p.y} r={4} /> : null;
          })}
        </g>
      )}
      <text className="tl-band__title" x={4} y={12}>
        {title}
      </text>
      {band.companions.map((c) => {
        const last = [...c.points].reverse().find((p) => p.y !== null);
        return last ? (
          <text key={c.series.id} className="tl-band__companion-label" x={last.x - 4} y={(last.y ?? 0) - 6} textAnchor="end">
            {c.series.label}
          </text>
        ) : null;
      })}
      {band.yTicks
        .filter((t) => t.value > 0)
        .map((t) => (
          <text key={`l${t.value}`} className="tl-band__tick" x={band.width - 4} y={t.y - 3} textAnchor="end">
            {t.label}
          </text>
        ))}
    </g>
  );
}
