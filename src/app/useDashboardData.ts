import { useEffect, useState } from "react";
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import { dataFileQuery } from "../data/queries.ts";
import type { DocumentOf } from "../data/validate.ts";
import { useActions, useAppStore } from "../state/store.ts";

export interface DashboardData {
  readonly events: UseQueryResult<DocumentOf["events"]> | null;
  readonly population: UseQueryResult<DocumentOf["population"]> | null;
  /** Every requested file has arrived or failed. */
  readonly settled: boolean;
  /** Whether to draw the events yet (see TOGETHER_MS). */
  readonly eventsShown: boolean;
}

/**
 * How long events that have arrived wait for the population file before they
 * are drawn alone. Drawn together, the page is laid out once. Events drawn
 * first would have the timeline placed at full width, placed again narrower
 * when the breakdowns take their column, and its span glide out to the
 * population series. A population file being tried again after a failure
 * holds nothing back, and one that arrives first is drawn at once (the reader
 * waits for the events anyway, and the page is idle meanwhile).
 */
export const TOGETHER_MS = 1000;

/** Both data files, each loading and failing on its own. */
export function useDashboardData(): DashboardData {
  const sources = useAppStore((s) => s.sources);
  const { setProgress } = useActions();
  const [events, population] = useQueries({
    queries: [
      sources.events
        ? dataFileQuery("events", sources.events, (p) => setProgress("events", p))
        : { queryKey: ["data", "events", null], queryFn: skip, enabled: false },
      sources.population
        ? dataFileQuery("population", sources.population, (p) => setProgress("population", p))
        : { queryKey: ["data", "population", null], queryFn: skip, enabled: false },
    ],
  }) as [UseQueryResult<DocumentOf["events"]>, UseQueryResult<DocumentOf["population"]>];
  const ev = sources.events ? events : null;
  const pop = sources.population ? population : null;
  const settled = [ev, pop].every((q) => q === null || q.isSuccess || q.isError);
  const waiting = ev?.isSuccess === true && pop !== null && pop.isPending;
  const retrying = pop !== null && pop.isPending && pop.failureCount > 0;
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setWaited(true), TOGETHER_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  // Once drawn, always drawn: a population file loaded again later (Retry, the reader's own) never hides the events.
  const [drawn, setDrawn] = useState(false);
  const eventsShown = drawn || !waiting || retrying || waited;
  if (eventsShown && !drawn && ev?.isSuccess) setDrawn(true);
  return { events: ev, population: pop, settled, eventsShown };
}

function skip(): never {
  throw new Error("not requested");
}
