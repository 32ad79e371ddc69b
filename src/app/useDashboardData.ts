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
  /** Whether to draw the files that have arrived (see TOGETHER_MS). */
  readonly shown: boolean;
}

/**
 * How long a file that has arrived waits for the other before it is drawn
 * alone. Drawn together, the page is laid out once: drawn one by one, the
 * timeline is placed at full width, then again narrower when the breakdowns
 * take their column, and its span glides out to the population series.
 * A file being tried again after a failure holds nothing back.
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
  const arrived = [ev, pop].some((q) => q?.isSuccess);
  const retrying = [ev, pop].some((q) => q !== null && q.isPending && q.failureCount > 0);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!arrived || settled) return;
    const timer = setTimeout(() => setWaited(true), TOGETHER_MS);
    return () => clearTimeout(timer);
  }, [arrived, settled]);
  // Once drawn, always drawn: a file loaded again later (Retry, the reader's own) never hides the other.
  const [drawn, setDrawn] = useState(false);
  const shown = drawn || settled || retrying || waited;
  if (shown && !drawn) setDrawn(true);
  return { events: ev, population: pop, settled, shown };
}

function skip(): never {
  throw new Error("not requested");
}
