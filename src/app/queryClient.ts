import { QueryClient } from "@tanstack/react-query";
import type { LoadProgress } from "../data/load.ts";
import { dataFileQuery } from "../data/queries.ts";
import type { DataSources } from "../data/sources.ts";
import type { DataKind } from "../data/validate.ts";
import { takeEarlyDocument } from "../data/workerClient.ts";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Infinity } },
  });
}

/**
 * Puts the data files' loads in the query cache before the first render: they
 * take over the loads main.tsx already started in the worker, and the
 * dashboard's queries then pick up these same requests (same keys) instead of
 * starting their own.
 */
export function startLoading(
  client: QueryClient,
  sources: DataSources,
  onProgress: (kind: DataKind, p: LoadProgress) => void,
): void {
  for (const kind of ["events", "population"] as const) {
    const source = sources[kind];
    if (!source) continue;
    const query = dataFileQuery(kind, source, (p) => onProgress(kind, p));
    const arrived = source.local ? undefined : takeEarlyDocument({ dataKind: kind, url: source.url, file: source.file });
    if (arrived) client.setQueryData(query.queryKey, arrived);
    else void client.prefetchQuery(query);
  }
}
