import { queryOptions } from "@tanstack/react-query";
import { isRetryable } from "./errors.ts";
import type { LoadProgress } from "./load.ts";
import type { DataSource } from "./sources.ts";
import type { DataKind, DocumentOf } from "./validate.ts";
import { loadInWorker } from "./workerClient.ts";

export const dataKeys = {
  all: ["data"] as const,
  file: (kind: DataKind, url: string) => ["data", kind, url] as const,
};

/** Two quick retries for what may recover (network, timeout, 5xx); never for a 4xx or a bad file. */
export const MAX_RETRIES = 2;
export const retryDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 4000);

export function dataFileQuery<K extends DataKind>(
  kind: K,
  source: DataSource,
  onProgress?: (p: LoadProgress) => void,
) {
  return queryOptions<DocumentOf[K]>({
    queryKey: dataKeys.file(kind, source.url),
    queryFn: ({ signal }) =>
      loadInWorker({ dataKind: kind, url: source.url, file: source.file }, { signal, ...(onProgress ? { onProgress } : {}) }),
    retry: (failures, error) => isRetryable(error) && failures < MAX_RETRIES,
    retryDelay,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
