import { shareEventCodes } from "./derive/eventCodes.ts";
import { shareTimeColumns } from "./derive/timeColumns.ts";
import { DataLoadError } from "./errors.ts";
import type { LoadProgress, LoadRequest } from "./load.ts";
import type { LocalOutcome } from "./localFile.ts";
import { workerName, type EventFacts, type FromWorker, type ToWorker } from "./protocol.ts";
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
  /** The same work done on the page, should the worker fail. */
  onPage: () => Promise<unknown>;
}>();

/** The worker, started on first use; `loads` are those its name carries when it is started now (protocol.ts). */
function getWorker(loads: readonly Extract<ToWorker, { type: "load" }>[] = []): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./data.worker.ts", import.meta.url), { type: "module", name: workerName(loads) });
  } catch {
    return (worker = null);
  }
  worker.onerror = (e) => {
    e.preventDefault();
    workerFailed();
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const msg = e.data;
    const entry = pending.get(msg.id);
    if (!entry) return;
    if (msg.type === "progress") {
      entry.onProgress?.(msg.progress);
      return;
    }
    if (msg.type === "part") {
      entry.parts.push(JSON.parse(msg.json) as unknown[]);
      return;
    }
    if (msg.type === "drop-parts") {
      entry.parts.length = 0;
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

/**
 * The worker could not start (its script did not load) or it crashed: what it
 * had in hand, and every load after, runs on the page instead.
 */
function workerFailed(): void {
  worker?.terminate();
  worker = null;
  const stranded = [...pending.values()];
  pending.clear();
  for (const entry of stranded) entry.onPage().then(entry.resolve as (d: unknown) => void, entry.reject);
}

function loadOnPage<K extends DataKind>(
  req: LoadRequest<K>,
  opts: { signal?: AbortSignal; onProgress?: ((p: LoadProgress) => void) | undefined },
): Promise<DocumentOf[K]> {
  // Loaded on demand: the validator stays out of the page's own bundle.
  return import("./load.ts").then(({ loadDataFile }) => loadDataFile(req, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    isOnline: () => typeof navigator === "undefined" || navigator.onLine,
  }));
}

const readOnPage = (blob: Blob, file: string): Promise<LocalOutcome> =>
  import("./localFile.ts").then(({ readLocalFile }) => readLocalFile(blob, file));

/** Keeps the worker's columns with the events array they describe. */
function withColumns<T>(doc: T, columns: EventFacts | undefined): T {
  const { events, categories } = doc as { events?: unknown; categories?: unknown };
  if (columns && Array.isArray(events) && Array.isArray(categories)) {
    shareTimeColumns(events as TimelineEvent[], columns.time);
    shareEventCodes(events as TimelineEvent[], categories as Category[], columns.codes);
  }
  return doc;
}

/**
 * Loads started before the app asked for them (main.tsx does, while the app's
 * own script is still on its way); the first load of the same file takes one over.
 */
interface EarlyLoad {
  readonly id: number;
  readonly result: Promise<unknown>;
  /** The document, once the load has succeeded. */
  doc?: unknown;
  progress?: LoadProgress;
  listen?: (p: LoadProgress) => void;
}
const early = new Map<string, EarlyLoad>();
const earlyKey = (req: LoadRequest<DataKind>) => `${req.dataKind} ${req.url}`;

/** Starts loading files in the worker now; loadInWorker later picks each up rather than asking again. */
export function preloadInWorker(reqs: readonly LoadRequest<DataKind>[]): void {
  const loads = reqs.filter((req) => !early.has(earlyKey(req))).map((req) => ({ type: "load" as const, id: nextId++, ...req }));
  const starting = worker === undefined;
  const w = getWorker(loads);
  if (!w) return;
  for (const load of loads) {
    const progress = (p: LoadProgress) => {
      entry.progress = p;
      entry.listen?.(p);
    };
    const req = { dataKind: load.dataKind, url: load.url, file: load.file };
    const entry: EarlyLoad = {
      id: load.id,
      result: expect(load.id, progress, () => loadOnPage(req, { onProgress: progress })),
    };
    // A worker started just now already has the loads in its name.
    if (!starting) w.postMessage(load satisfies ToWorker);
    // Whoever takes the load over handles its failure; until then it is not "unhandled".
    entry.result.then((doc) => void (entry.doc = doc), () => undefined);
    early.set(earlyKey(load), entry);
  }
}

/**
 * Resolves once every load preloadInWorker started has ended, or after
 * `limitMs`: an app started after its data has arrived draws it in its first
 * render, instead of a loading state it replaces at once.
 */
export function earlyLoadsEnded(limitMs: number): Promise<void> {
  const all = Promise.allSettled([...early.values()].map((e) => e.result)).then(() => undefined);
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}

/** Takes over a preloaded file that has already arrived: its document, or undefined while it has not. */
export function takeEarlyDocument<K extends DataKind>(req: LoadRequest<K>): DocumentOf[K] | undefined {
  const entry = early.get(earlyKey(req));
  if (entry?.doc === undefined) return undefined;
  early.delete(earlyKey(req));
  return entry.doc as DocumentOf[K];
}

export function loadInWorker<K extends DataKind>(
  req: LoadRequest<K>,
  opts: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
): Promise<DocumentOf[K]> {
  const w = getWorker();
  if (!w) return loadOnPage(req, opts);
  const started = early.get(earlyKey(req));
  if (started) {
    early.delete(earlyKey(req));
    if (opts.onProgress) {
      started.listen = opts.onProgress;
      if (started.progress) opts.onProgress(started.progress);
    }
    return abortable(w, started.id, started.result as Promise<DocumentOf[K]>, opts.signal);
  }
  const id = nextId++;
  return abortable(w, id, send(w, id, { type: "load", id, ...req }, opts.onProgress, () => loadOnPage(req, opts)), opts.signal);
}

/** What the worker will answer to request `id`. */
function expect<T>(id: number, onProgress: ((p: LoadProgress) => void) | undefined, onPage: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress, parts: [], onPage });
  });
}

function send<T>(w: Worker, id: number, msg: ToWorker, onProgress: ((p: LoadProgress) => void) | undefined, onPage: () => Promise<T>): Promise<T> {
  const answer = expect<T>(id, onProgress, onPage);
  w.postMessage(msg);
  return answer;
}

/** Rejects at once when the signal aborts, and tells the worker to stop. */
function abortable<T>(w: Worker, id: number, result: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return result;
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener("abort", () => {
      pending.delete(id);
      w.postMessage({ type: "cancel", id } satisfies ToWorker);
      reject(signal.reason ?? new DOMException("Aborted", "AbortError"));
    });
    result.then(resolve, reject);
  });
}

/** Reads and validates a file the reader opened from their computer, off the page's thread where it can. */
export function readLocalInWorker(blob: Blob, file: string): Promise<LocalOutcome> {
  const w = getWorker();
  if (!w) return readOnPage(blob, file);
  const id = nextId++;
  return send(w, id, { type: "read", id, blob, file }, undefined, () => readOnPage(blob, file));
}
