export interface LinkMark {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
}

interface Props {
  readonly year: LinkMark | null;
  readonly breakdown: LinkMark | null;
  readonly top: number;
  readonly bottom: number;
}

/**
 * What other charts point at: the year hovered on a series chart (a light
 * column) and the date of a chosen breakdown (an accent rule).
 */
export function LinkMarks({ year, breakdown, top, bottom }: Props) {
  return (
    <g className="tl-links" aria-hidden="true">
      {year && (
        <g className="tl-link tl-link--year">
          <rect x={year.x0} y={top} width={Math.max(2, year.x1 - year.x0)} height={bottom - top} />
          <text x={(year.x0 + year.x1) / 2} y={top + 12} textAnchor="middle">{year.label}</text>
        </g>
      )}
      {breakdown && (
        <g className="tl-link tl-link--breakdown" data-testid="breakdown-mark">
          <rect x={breakdown.x0} y={top} width={Math.max(2, breakdown.x1 - breakdown.x0)} height={bottom - top} />
          <text x={breakdown.x1 + 4} y={top + 12}>{breakdown.label}</text>
        </g>
      )}
    </g>
  );
}
