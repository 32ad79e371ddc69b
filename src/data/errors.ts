import type { Problem } from "./problems.ts";
import type { DataKind } from "./validate.ts";

// Every way loading a data file can fail, as data (it crosses the worker
// boundary by structured clone, so no class instances inside).
export type DataErrorDetail =
  | { readonly kind: "offline" }
  | { readonly kind: "bad-url" }
  | { readonly kind: "network"; readonly message: string }
  | { readonly kind: "timeout"; readonly seconds: number }
  | { readonly kind: "http"; readonly status: number; readonly statusText: string }
  | {
      readonly kind: "too-large";
      /** The size the server declared, or (when `stopped`) how much had arrived when the download was stopped. */
      readonly bytes: number;
      readonly limit: number;
      readonly stopped: boolean;
    }
  | { readonly kind: "invalid"; readonly problems: readonly Problem[] };

export interface DataErrorInfo {
  readonly dataKind: DataKind;
  /** The file's name as a person would recognise it ("events.json", "my-events.json"). */
  readonly file: string;
  readonly url: string;
  readonly detail: DataErrorDetail;
}

export class DataLoadError extends Error {
  readonly info: DataErrorInfo;
  constructor(info: DataErrorInfo) {
    super(summarizeDataError(info));
    this.name = "DataLoadError";
    this.info = info;
  }
}

/** Worth another try (the reader's Retry): the connection or the server may recover; the file's content will not. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataLoadError)) return false;
  const d = error.info.detail;
  return d.kind === "offline" || d.kind === "network" || d.kind === "timeout" || (d.kind === "http" && d.status >= 500);
}

/**
 * How many times to try again by itself, briefly and with backoff, before
 * telling the reader: a dropped connection or a server error often clears
 * within a second (two tries); a timeout has already cost the reader its full
 * wait, so it gets one more, and the loading line says why it is taking long.
 * Offline stays offline for longer than a pause: it is shown at once, with Retry.
 */
export function autoRetries(error: unknown): number {
  if (!(error instanceof DataLoadError)) return 0;
  const d = error.info.detail;
  if (d.kind === "network" || (d.kind === "http" && d.status >= 500)) return 2;
  return d.kind === "timeout" ? 1 : 0;
}

export function summarizeDataError({ file, detail }: DataErrorInfo): string {
  return summarizeDetail(file, detail);
}

/** The sentence for a failure of a file, whatever its kind or origin (fetched or opened from the computer). */
export function summarizeDetail(file: string, detail: DataErrorDetail): string {
  switch (detail.kind) {
    case "offline":
      return `${file} could not be loaded: this device is offline.`;
    case "bad-url":
      return `${file} could not be loaded: only http:// and https:// addresses can be loaded.`;
    case "network":
      return `${file} could not be loaded: the network request failed (${detail.message}).`;
    case "timeout":
      return `${file} could not be loaded: the server did not answer within ${detail.seconds} seconds.`;
    case "http":
      return `${file} could not be loaded: the server answered ${detail.status}${detail.statusText ? ` ${detail.statusText}` : ""}${httpHint(detail.status)}.`;
    case "too-large":
      // A stopped download knows only that the file is bigger than the limit, not its size.
      return detail.stopped
        ? `${file} is larger than ${formatMegabytes(detail.limit)}, so its download was stopped; files over ${formatMegabytes(detail.limit)} are refused.`
        : `${file} is ${formatMegabytes(detail.bytes)}; files over ${formatMegabytes(detail.limit)} are refused.`;
    case "invalid": {
      const n = detail.problems.length;
      return `${file} does not follow the data format: ${n} problem${n === 1 ? "" : "s"} found.`;
    }
  }
}

function httpHint(status: number): string {
  if (status === 404) return " (no file at that address)";
  if (status === 401 || status === 403) return " (access refused)";
  if (status >= 500) return " (a server error)";
  return "";
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The name to show for a data address: its last path segment, or the host. */
export function fileNameOf(url: string): string {
  try {
    const u = new URL(url, "http://localhost/");
    const last = decodeURIComponent(u.pathname.split("/").filter(Boolean).pop() ?? "");
    return last || u.host || url;
  } catch {
    return url;
  }
}
