import { shareEventCodes } from "./derive/eventCodes.ts";
import { shareTimeColumns } from "./derive/timeColumns.ts";
import { DataLoadError } from "./errors.ts";
import type { LoadProgress, LoadRequest } from "./load.ts";
import type { LocalOutcome } from "./localFile.ts";
import type { EventFacts, FromWorker, ToWorker } from "./protocol.ts";
import { joinEvents } from "./transfer.ts";
import type { Category, TimelineEvent } from "./schema/events.ts";
import type { DataKind, DocumentOf } from "./validate.ts";

// One shared worker for all data files. Where workers are unavailable (tests,
// very old browsers) the same pipeline runs on the page.
let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, {
  resolve: (d: never) => void;
  reject: (e: unknown) => void;
  onProgress: ((p: LoadProgress) => void) | undefined;
  /** Events received ahead of the document (transfer.ts). */
  parts: (readonly unknown[])[];
}>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./data.worker.ts", import.meta.url), { type: "module", name: "crossings-data" });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const msg = e.data;
    const entry = pending.get(msg.id);
    if (!entry) return;
    if (msg.type === "progress") {
      entry.onProgress?.(msg.progress);
      return;
    }
    if (msg.type === "part") {
      entry.parts.push(msg.items);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === "done") (entry.resolve as (d: DocumentOf[DataKind]) => void)(withColumns(joinEvents(msg.data, entry.parts), msg.columns));
    else if (msg.type === "read-done") {
      const { outcome } = msg;
      (entry.resolve as (o: LocalOutcome) => void)(
        outcome.ok ? ({ ...outcome, doc: withColumns(joinEvents(outcome.doc, entry.parts), msg.columns) } as LocalOutcome) : outcome,
      );
    }
    else if (msg.type === "failed") entry.reject(new DataLoadError(msg.error));
    else entry.reject(new Error(msg.message));
  };
  return worker;
}

/** Keeps the worker's columns with the events array they describe. */
function withColumns<T>(doc: T, columns: EventFacts | undefined): T {
  const { events, categories } = doc as { events?: unknown; categories?: unknown };
  if (columns && Array.isArray(events) && Array.isArray(categories)) {
    shareTimeColumns(events as TimelineEvent[], columns.time);
    shareEventCodes(events as TimelineEvent[], categories as Category[], columns.codes);
  }
  return doc;
}

export function loadInWorker<K extends DataKind>(
  req: LoadRequest<K>,
  opts: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
): Promise<DocumentOf[K]> {
  const w = getWorker();
  if (!w) {
    // Loaded on demand: the validator stays out of the page's own bundle.
    return import("./load.ts").then(({ loadDataFile }) => loadDataFile(req, {
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      isOnline: () => typeof navigator === "undefined" || navigator.onLine,
    }));
  }
  const id = nextId++;
  return new Promise<DocumentOf[K]>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress: opts.onProgress, parts: [] });
    opts.signal?.addEventListener("abort", () => {
      pending.delete(id);
      w.postMessage({ type: "cancel", id } satisfies ToWorker);
      reject(opts.signal?.reason ?? new DOMException("Aborted", "AbortError"));
    });
    w.postMessage({ type: "load", id, ...req } satisfies ToWorker);
  });
}

/** Reads and validates a file the reader opened from their computer, off the page's thread where it can. */
export function readLocalInWorker(blob: Blob, file: string): Promise<LocalOutcome> {
  const w = getWorker();
  if (!w) return import("./localFile.ts").then(({ readLocalFile }) => readLocalFile(blob, file));
  const id = nextId++;
  return new Promise<LocalOutcome>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress: undefined, parts: [] });
    w.postMessage({ type: "read", id, blob, file } satisfies ToWorker);
  });
}
