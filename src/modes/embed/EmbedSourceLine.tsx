import { useMemo } from "react";
import { citedSources, usesUnhcrData } from "../../data/derive/sources.ts";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { PopulationDocument } from "../../data/schema/population.ts";
import { SourceLink } from "../../ui/SourceLink.tsx";

interface Props {
  readonly events: EventsDocument | undefined;
  readonly population: PopulationDocument | undefined;
  readonly foreignHosts: readonly string[];
  /** How many publishers to name before "and N more" (the full dashboard lists them all). */
  readonly named?: number;
}

/** One short line: the main sources, the licence UNHCR's figures need, and where foreign data came from. */
export function EmbedSourceLine({ events, population, foreignHosts, named = 2 }: Props) {
  const sources = useMemo(() => citedSources(events, population), [events, population]);
  const shown = sources.slice(0, named);
  const more = sources.length - shown.length;
  return (
    <p className="embed__source">
      {shown.length > 0 && (
        <span>
          Sources:{" "}
          {shown.map((s, i) => (
            <span key={`${s.url}-${i}`}>
              {i > 0 && (i === shown.length - 1 && more === 0 ? " and " : ", ")}
              <SourceLink name={s.name} url={s.url} />
            </span>
          ))}
          {more > 0 && ` and ${more} more`}
        </span>
      )}
      {usesUnhcrData(population) && (
        <span>
          {" · "}UNHCR figures:{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">CC BY 4.0</a>
        </span>
      )}
      {foreignHosts.length > 0 && (
        <span className="embed__origin">
          {shown.length > 0 && " · "}Data from {foreignHosts.join(" and ")}
        </span>
      )}
    </p>
  );
}
