import type { Series } from "../../data/schema/population.ts";
import { catColor } from "../shared/ChartDefs.tsx";

// The few marks a series chart uses that a reader might not guess: several
// flows' colours, estimates, and years with no figure. Nothing else.

interface Props {
  readonly flows: readonly Series[];
  readonly estimatedPoints: boolean;
  readonly estimatedColumns: boolean;
  readonly noRecord: boolean;
}

export function SeriesKey({ flows, estimatedPoints, estimatedColumns, noRecord }: Props) {
  if (flows.length === 0 && !estimatedPoints && !estimatedColumns && !noRecord) return null;
  return (
    <ul className="chart-key chart-key--compact">
      {flows.map((s, i) => (
        <li key={s.id} className="chart-key__item">
          <span className="chart-key__swatch" style={{ ["--swatch" as string]: catColor(i) }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
      {estimatedPoints && (
        <li className="chart-key__item">
          <span className="chart-key__dot chart-key__dot--hollow" aria-hidden="true" />
          Estimate
        </li>
      )}
      {estimatedColumns && (
        <li className="chart-key__item">
          <span className="chart-key__swatch chart-key__swatch--light" style={{ ["--swatch" as string]: catColor(0) }} aria-hidden="true" />
          Lighter column: estimate
        </li>
      )}
      {noRecord && (
        <li className="chart-key__item">
          <span className="chart-key__dot chart-key__dot--hollow chart-key__dot--muted" aria-hidden="true" />
          No figure recorded (not zero)
        </li>
      )}
    </ul>
  );
}
