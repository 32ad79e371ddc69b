/// <reference lib="webworker" />
import { DataLoadError } from "./errors.ts";
import { loadDataFile } from "./load.ts";
import { readLocalFile, type LocalOutcome } from "./localFile.ts";
import { splitEvents } from "./transfer.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";

// Fetching, parsing and validating a large file takes seconds; here it never
// blocks the page. Only the validated document crosses back.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
const post = (msg: FromWorker) => scope.postMessage(msg);

/** Sends a document's events ahead in parts; returns what is left to send with "done". */
function sendParts<T>(id: number, doc: T): T {
  const { head, parts } = splitEvents(doc);
  for (const items of parts) post({ type: "part", id, items });
  return head;
}

function sendOutcome(id: number, outcome: LocalOutcome): void {
  post({ type: "read-done", id, outcome: outcome.ok ? { ...outcome, doc: sendParts(id, outcome.doc) } as LocalOutcome : outcome });
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === "cancel") {
    running.get(msg.id)?.abort();
    running.delete(msg.id);
    return;
  }
  if (msg.type === "read") {
    const { id } = msg;
    readLocalFile(msg.blob, msg.file)
      .then((outcome) => sendOutcome(id, outcome))
      .catch((err: unknown) => post({ type: "crashed", id, message: err instanceof Error ? err.message : String(err) }));
    return;
  }
  const controller = new AbortController();
  running.set(msg.id, controller);
  const { id, dataKind, url, file } = msg;
  loadDataFile(
    { dataKind, url, file },
    {
      signal: controller.signal,
      isOnline: () => scope.navigator.onLine,
      onProgress: (progress) => post({ type: "progress", id, progress }),
    },
  )
    .then((data) => post({ type: "done", id, data: sendParts(id, data) }))
    .catch((err: unknown) => {
      if (controller.signal.aborted) return;
      if (err instanceof DataLoadError) post({ type: "failed", id, error: err.info });
      else post({ type: "crashed", id, message: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => running.delete(id));
};
