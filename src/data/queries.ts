import { queryOptions } from "@tanstack/react-query";
import { autoRetries, DataLoadError } from "./errors.ts";
import type { LoadProgress } from "./load.ts";
import type { DataSource } from "./sources.ts";
import type { DataKind, DocumentOf } from "./validate.ts";
import { loadInWorker, readLocalInWorker } from "./workerClient.ts";

export const dataKeys = {
  all: ["data"] as const,
  file: (kind: DataKind, url: string) => ["data", kind, url] as const,
};

/** Retries by itself only what may recover (errors.ts autoRetries); never a 4xx or a bad file. */
export const retryDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 4000);

export function dataFileQuery<K extends DataKind>(
  kind: K,
  source: DataSource,
  onProgress?: (p: LoadProgress) => void,
) {
  const { local } = source;
  return queryOptions<DocumentOf[K]>({
    queryKey: dataKeys.file(kind, source.url),
    queryFn: ({ signal }) =>
      local ? readLocal(kind, local, source.file) : loadInWorker({ dataKind: kind, url: source.url, file: source.file, bundled: source.bundled }, { signal, ...(onProgress ? { onProgress } : {}) }),
    retry: (failures, error) => failures < autoRetries(error),
    retryDelay,
    // Every attempt runs, even when the page believes it is offline: the load then fails at once
    // with "offline" instead of waiting, unseen, behind "Loading…" until the connection returns.
    networkMode: "always",
    // …and a file that failed loads again by itself when the connection returns (a loaded file
    // never goes stale). "always" would otherwise turn this off.
    refetchOnReconnect: true,
    staleTime: Infinity,
    // A load that failed before the page mounted (it starts early, in main.tsx) waits for Retry, not a second request.
    retryOnMount: false,
    refetchOnWindowFocus: false,
  });
}

/**
 * A local file is validated before it is shown, and its document seeded into
 * the cache; this reads it again only if the cache has let it go.
 */
async function readLocal<K extends DataKind>(kind: K, blob: Blob, file: string): Promise<DocumentOf[K]> {
  const outcome = await readLocalInWorker(blob, file);
  if (outcome.ok && outcome.kind === kind) return outcome.doc as DocumentOf[K];
  const problems = outcome.ok ? [{ file, path: "", message: `is no longer a ${kind} file` }] : outcome.problems;
  throw new DataLoadError({ dataKind: kind, file, url: "", detail: { kind: "invalid", problems } });
}
