/// <reference lib="webworker" />
import { CHECKED_AT_BUILD } from "./checkedAtBuild.ts";
import { DataLoadError } from "./errors.ts";
import { loadDataFile } from "./load.ts";
import type { LocalOutcome } from "./localFile.ts";
import { computeEventCodes } from "./derive/eventCodes.ts";
import { timeColumns } from "./derive/timeColumns.ts";
import type { Category, TimelineEvent } from "./schema/events.ts";
import { splitEvents } from "./transfer.ts";
import type { DataKind, DocumentOf } from "./validate.ts";
import { loadsInName, type EventFacts, type FromWorker, type ToWorker } from "./protocol.ts";

// Fetching, parsing and validating a large file takes seconds; here it never
// blocks the page. Only the validated document crosses back.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
const post = (msg: FromWorker, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

/** What the page would otherwise read from every event (see derive/), built here; their buffers move, they are not copied. */
function columnsOf(doc: unknown): { columns?: EventFacts; transfer: Transferable[] } {
  if (typeof doc !== "object" || doc === null) return { transfer: [] };
  const { events, categories } = doc as { events?: unknown; categories?: unknown };
  if (!Array.isArray(events) || events.length === 0 || !Array.isArray(categories)) return { transfer: [] };
  // Built as the file was checked, when it was streamed (streamEvents.ts); else now.
  const time = timeColumns(events as TimelineEvent[]);
  const codes = computeEventCodes(events as TimelineEvent[], categories as Category[]);
  return {
    columns: { time, codes },
    transfer: [time.start.buffer, time.end.buffer, time.order.buffer, codes.category.buffer, codes.importance.buffer],
  };
}

/** Sends a local file's events ahead in parts (it is validated whole); returns what is left to send with "read-done". */
function sendParts<T>(id: number, doc: T): T {
  const { head, parts } = splitEvents(doc);
  for (const items of parts) post({ type: "part", id, json: JSON.stringify(items) });
  return head;
}

function sendOutcome(id: number, outcome: LocalOutcome): void {
  if (!outcome.ok) return post({ type: "read-done", id, outcome });
  // The parts go first: the page decodes them while the columns are built here.
  const doc = sendParts(id, outcome.doc);
  const { columns, transfer } = columnsOf(outcome.doc);
  post({ type: "read-done", id, outcome: { ...outcome, doc } as LocalOutcome, ...(columns ? { columns } : {}) }, transfer);
}

/** `partsSent`: the events went on ahead, part by part, as they were checked (streamEvents.ts, validateEvents.ts). */
function sendDone(id: number, data: DocumentOf[DataKind], partsSent: boolean): void {
  const head = partsSent ? { ...data, events: [] } : data;
  const { columns, transfer } = columnsOf(data);
  post({ type: "done", id, data: head, ...(columns ? { columns } : {}) }, transfer);
}

function handle(msg: ToWorker): void {
  if (msg.type === "cancel") {
    running.get(msg.id)?.abort();
    running.delete(msg.id);
    return;
  }
  if (msg.type === "read") {
    const { id } = msg;
    import("./localFile.ts")
      .then(({ readLocalFile }) => readLocalFile(msg.blob, msg.file))
      .then((outcome) => sendOutcome(id, outcome))
      .catch((err: unknown) => post({ type: "crashed", id, message: err instanceof Error ? err.message : String(err) }));
    return;
  }
  const controller = new AbortController();
  running.set(msg.id, controller);
  const { id, dataKind, url, file, bundled } = msg;
  let partsSent = false;
  loadDataFile(
    { dataKind, url, file, ...(bundled ? { bundled } : {}) },
    {
      checked: CHECKED_AT_BUILD[dataKind],
      signal: controller.signal,
      isOnline: () => scope.navigator.onLine,
      onProgress: (progress) => post({ type: "progress", id, progress }),
      // The page decodes each part while the next is checked here.
      parts: {
        send: (json) => {
          partsSent = true;
          post({ type: "part", id, json });
        },
        drop: () => {
          partsSent = false;
          post({ type: "drop-parts", id });
        },
      },
    },
  )
    .then((data) => sendDone(id, data, partsSent))
    .catch((err: unknown) => {
      if (controller.signal.aborted) return;
      if (err instanceof DataLoadError) post({ type: "failed", id, error: err.info });
      else post({ type: "crashed", id, message: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => running.delete(id));
}

scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
// The loads the page asked for as it started this worker begin now.
for (const load of loadsInName(scope.name)) handle(load);

