import { formatDate } from "../../data/dates.ts";
import { formatPeople } from "../../format/number.ts";
import { Tooltip } from "../../ui/Tooltip.tsx";
import type { PlacedSeriesPoint, SeriesBand } from "./seriesBand.ts";
import type { BandReading } from "./useBandFocus.ts";

interface Props {
  readonly band: SeriesBand;
  readonly focus: PlacedSeriesPoint;
  readonly readings: readonly BandReading[];
  readonly top: number;
  readonly width: number;
}

/** The crosshair's year: each series' value, its unit, whether it is an estimate, and the source. */
export function BandReadout({ band, focus, readings, top, width }: Props) {
  return (
    <Tooltip x={focus.x} y={top + band.height + 4} boundsWidth={width}>
      <span className="tooltip__date">{formatDate(focus.date)} · end of year</span>
      {readings.map((r) => (
        <span key={r.label} className="tooltip__title">
          {r.label}: {r.approximate ? "~" : ""}
          {formatPeople(r.value)} {band.series.unit}
          {r.approximate ? " (estimate)" : ""}
        </span>
      ))}
      <span className="tooltip__date">Source: {band.series.source.name}</span>
    </Tooltip>
  );
}
