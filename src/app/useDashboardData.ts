import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import { dataFileQuery } from "../data/queries.ts";
import type { DocumentOf } from "../data/validate.ts";
import { useActions, useAppStore } from "../state/store.ts";

export interface DashboardData {
  readonly events: UseQueryResult<DocumentOf["events"]> | null;
  readonly population: UseQueryResult<DocumentOf["population"]> | null;
  /** Every requested file has arrived or failed. */
  readonly settled: boolean;
}

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
  return { events: ev, population: pop, settled };
}

function skip(): never {
  throw new Error("not requested");
}
