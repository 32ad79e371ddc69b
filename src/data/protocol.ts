import type { EventCodes } from "./derive/eventCodes.ts";
import type { TimeColumns } from "./derive/timeColumns.ts";
import type { DataErrorInfo } from "./errors.ts";
import type { LoadProgress, LoadRequest } from "./load.ts";
import type { LocalOutcome } from "./localFile.ts";
import type { DataKind, DocumentOf } from "./validate.ts";

// Messages between the page and the data worker.

/** An events document's columns, built in the worker so the page never reads every event for them. */
export interface EventFacts {
  readonly time: TimeColumns;
  readonly codes: EventCodes;
}
export type ToWorker =
  | ({ readonly type: "load"; readonly id: number } & LoadRequest<DataKind>)
  | { readonly type: "cancel"; readonly id: number }
  | { readonly type: "read"; readonly id: number; readonly blob: Blob; readonly file: string };

export type FromWorker =
  | { readonly type: "progress"; readonly id: number; readonly progress: LoadProgress }
  /**
   * Some of a document's events as JSON text, sent ahead of its "done" or "read-done" (see transfer.ts).
   * Text crosses as a single copy, and JSON.stringify and JSON.parse together take about half
   * the time a structured clone of the same events does.
   */
  | { readonly type: "part"; readonly id: number; readonly json: string }
  /** The parts sent so far are void: the document checked whole will carry its events itself. */
  | { readonly type: "drop-parts"; readonly id: number }
  | { readonly type: "done"; readonly id: number; readonly data: DocumentOf[DataKind]; readonly columns?: EventFacts }
  | { readonly type: "failed"; readonly id: number; readonly error: DataErrorInfo }
  | { readonly type: "crashed"; readonly id: number; readonly message: string }
  | { readonly type: "read-done"; readonly id: number; readonly outcome: LocalOutcome; readonly columns?: EventFacts };

type LoadMessage = Extract<ToWorker, { type: "load" }>;
const WORKER_NAME = "crossings-data";

/**
 * The worker's name carries the loads the page wants at once: the worker
 * starts them as soon as its script runs. A message posted before the worker
 * has started waits for the page's own thread to pass it on, and that thread
 * is busy starting the app.
 */
export function workerName(loads: readonly LoadMessage[]): string {
  return loads.length === 0 ? WORKER_NAME : `${WORKER_NAME} ${JSON.stringify(loads)}`;
}

/** The loads a worker's name carries (see workerName); none when it carries none or is not ours. */
export function loadsInName(name: string): LoadMessage[] {
  if (!name.startsWith(`${WORKER_NAME} `)) return [];
  try {
    const loads: unknown = JSON.parse(name.slice(WORKER_NAME.length + 1));
    return Array.isArray(loads) ? loads.filter(isLoadMessage) : [];
  } catch {
    return [];
  }
}

function isLoadMessage(v: unknown): v is LoadMessage {
  if (typeof v !== "object" || v === null) return false;
  const m = v as Record<string, unknown>;
  return m["type"] === "load" && typeof m["id"] === "number" && (m["dataKind"] === "events" || m["dataKind"] === "population")
    && typeof m["url"] === "string" && typeof m["file"] === "string" && (m["bundled"] === undefined || typeof m["bundled"] === "boolean");
}
