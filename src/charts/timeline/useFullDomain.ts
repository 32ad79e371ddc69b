import { useMemo } from "react";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import type { TimeDomain } from "./time.ts";
import { fullDomainOf } from "./zoom.ts";

const NOTHING: TimeDomain = [0, 1];

/** The span every zoom is clamped to; one place, so the timeline and any zoom control agree. */
export function useFullDomain(doc: EventsDocument | undefined, series: readonly Series[]): TimeDomain {
  return useMemo(
    () => (doc ? fullDomainOf({ events: doc.events, eras: doc.eras ?? [], series }) : null) ?? NOTHING,
    [doc, series],
  );
}
