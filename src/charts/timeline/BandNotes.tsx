import { formatDate } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import { bandBreaks, type NumberedBreak } from "./seriesBand.ts";
import { SourceLink } from "../../ui/SourceLink.tsx";

/** The words behind the band's numbered break markers, and where the band's figures come from. */
export function BandNotes({ series, breaks = bandBreaks(series, []) }: { readonly series: Series; readonly breaks?: readonly NumberedBreak[] }) {
  return (
    <div className="tl-notes">
      {breaks.length > 0 && (
        <ol className="tl-notes__breaks" aria-label={`Where the counting of “${series.label}” changes`}>
          {breaks.map((b) => (
            <li key={b.number}>
              <span className="tl-notes__num" aria-hidden="true">{b.number}</span>
              <span className="visually-hidden">{`Break ${b.number}, ${formatDate(b.date)}: `}</span>
              {b.label}
            </li>
          ))}
        </ol>
      )}
      <p className="tl-notes__source">
        Band: {series.label}, {series.measure === "flow" ? "per period" : "at the end of each period"}. Source:{" "}
        <SourceLink name={series.source.name} url={series.source.url} />
      </p>
    </div>
  );
}
