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
  /** Some of a document's events, sent ahead of its "done" or "read-done" (see transfer.ts). */
  | { readonly type: "part"; readonly id: number; readonly items: readonly unknown[] }
  | { readonly type: "done"; readonly id: number; readonly data: DocumentOf[DataKind]; readonly columns?: EventFacts }
  | { readonly type: "failed"; readonly id: number; readonly error: DataErrorInfo }
  | { readonly type: "crashed"; readonly id: number; readonly message: string }
  | { readonly type: "read-done"; readonly id: number; readonly outcome: LocalOutcome; readonly columns?: EventFacts };
