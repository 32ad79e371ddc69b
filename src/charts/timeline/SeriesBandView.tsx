import type { SeriesBand } from "./seriesBand.ts";

interface Props {
  readonly band: SeriesBand;
  readonly top: number;
  readonly title: string;
}

/** The primary population series as a muted area under the events, on the same time axis. */
export function SeriesBandView({ band, top, title }: Props) {
  return (
    <g className="tl-band" transform={`translate(0,${top})`} role="img" aria-label={title}>
      {band.yTicks.map((t) => (
        <line key={`y${t.value}`} className="tl-band__grid" x1={0} x2={band.width} y1={t.y} y2={t.y} />
      ))}
      {band.areaPath && <path className="tl-band__area" d={band.areaPath} />}
      {band.linePath && <path className="tl-band__line" d={band.linePath} />}
      {band.points
        .filter((p) => p.approximate && p.y !== null)
        .map((p) => (
          <circle key={p.date} className="tl-band__approx" cx={p.x} cy={p.y ?? 0} r={2.5}>
            <title>{`${p.date}: an estimate`}</title>
          </circle>
        ))}
      {/* Numbered, with the full wording in the notes under the chart: break labels are sentences. */}
      {band.breaks.map((b) => (
        <g key={`${b.date}-${b.label}`} className="tl-band__break">
          <line x1={b.x} x2={b.x} y1={14} y2={band.baselineY} />
          <circle cx={b.x} cy={14} r={7} />
          <text x={b.x} y={14} textAnchor="middle" dominantBaseline="central">
            {breakNumber(band, b)}
          </text>
          <title>{b.label}</title>
        </g>
      ))}
      <text className="tl-band__title" x={4} y={12}>
        {title}
      </text>
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

/** Breaks are numbered in the series' own order, so the numbers stay put while zooming. */
export function breakNumber(band: SeriesBand, b: SeriesBand["breaks"][number]): number {
  return (band.series.breaks ?? []).findIndex((x) => x.date === b.date && x.label === b.label) + 1;
}
