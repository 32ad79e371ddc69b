import { digestOf } from "./checkedAtBuild.ts";
import { DataLoadError, type DataErrorDetail } from "./errors.ts";
import { MAX_FILE_BYTES } from "./limits.ts";
import { EventsStream, type PartSink } from "./streamEvents.ts";
import { PART_SIZE } from "./transfer.ts";
import type { DataKind, DocumentOf, Validation } from "./validate.ts";
import type * as ValidateModule from "./validate.ts";

type Validator = typeof ValidateModule;

// fetch → size check → text → JSON → validated document. Runs inside the data
// worker in the browser; tests call it directly with a fake fetch.

export interface LoadRequest<K extends DataKind> {
  readonly dataKind: K;
  /** Absolute URL (a worker resolves relative URLs against its own script, not the page). */
  readonly url: string;
  readonly file: string;
  /** One of the site's own files, likely the very one checked when it was built (checkedAtBuild.ts). */
  readonly bundled?: boolean;
}

export interface LoadProgress {
  readonly phase: "download" | "validate";
  readonly loaded: number;
  /** Bytes expected, when the server said. */
  readonly total: number | null;
}

export interface LoadOptions {
  /** Where a big events file's events go, a part at a time, as soon as they are checked (transfer.ts). */
  readonly parts?: PartSink;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly onProgress?: (p: LoadProgress) => void;
  readonly isOnline?: () => boolean;
  /** Digests of content checked when the site was built (checkedAtBuild.ts): such a file is read without a second check. */
  readonly checked?: readonly string[];
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export async function loadDataFile<K extends DataKind>(req: LoadRequest<K>, opts: LoadOptions = {}): Promise<DocumentOf[K]> {
  const fail = (detail: DataErrorDetail): never => {
    throw new DataLoadError({ dataKind: req.dataKind, file: req.file, url: req.url, detail });
  };
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const doFetch = opts.fetch ?? fetch;
  const checked = opts.checked ?? [];
  // The validator, with its schema library, loads while the file downloads;
  // for a file that was likely checked at build, only if it turns out not to be.
  const validatorNow = req.bundled === true && checked.length > 0 ? null : importValidator();
  const stream = validatorNow && req.dataKind === "events" && opts.parts ? new EventsStream(req.file, PART_SIZE, opts.parts) : null;
  if (stream) void validatorNow?.then((v) => stream.use(v), () => undefined);
  if (!/^https?:\/\//i.test(req.url)) fail({ kind: "bad-url" });
  if (opts.isOnline && !opts.isOnline()) fail({ kind: "offline" });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener("abort", onOuterAbort);
  try {
    let response: Response;
    try {
      response = await doFetch(req.url, { signal: controller.signal, credentials: "same-origin" });
    } catch (err) {
      if (timedOut) return fail({ kind: "timeout", seconds: timeoutMs / 1000 });
      if (opts.signal?.aborted) throw err;
      if (opts.isOnline && !opts.isOnline()) return fail({ kind: "offline" });
      return fail({ kind: "network", message: err instanceof Error ? err.message : String(err) });
    }
    if (!response.ok) return fail({ kind: "http", status: response.status, statusText: response.statusText });
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) return fail({ kind: "too-large", bytes: declared, limit: maxBytes, stopped: false });
    let text: string;
    try {
      text = !stream && declared <= WHOLE_READ_BYTES
        ? await readWhole(response, declared, opts.onProgress)
        : await readText(response, maxBytes, Number.isFinite(declared) ? declared : null, opts.onProgress, stream);
    } catch (err) {
      if (err instanceof TooLarge) return fail({ kind: "too-large", bytes: err.bytes, limit: maxBytes, stopped: true });
      if (timedOut) return fail({ kind: "timeout", seconds: timeoutMs / 1000 });
      if (opts.signal?.aborted) throw err;
      return fail({ kind: "network", message: err instanceof Error ? err.message : String(err) });
    }
    clearTimeout(timer);
    opts.onProgress?.({ phase: "validate", loaded: text.length, total: text.length });
    if (!stream && checked.length > 0) {
      const digest = await digestOf(text);
      if (digest !== null && checked.includes(digest)) return JSON.parse(text) as DocumentOf[K];
    }
    const validate = await (validatorNow ?? importValidator());
    stream?.use(validate);
    // A stream is only made for events (K is "events").
    const streamed = (stream?.finish() ?? null) as Validation<DocumentOf[K]> | null;
    // After a stream that sent parts and then gave up, the whole read gives the verdict without sending parts again.
    const parts = stream?.sentAny ? undefined : opts.parts;
    const result = streamed
      ?? validate.validateText(req.dataKind, text, req.file, parts ? { onEvents: (events) => parts.send(JSON.stringify(events)) } : {});
    if (!result.ok) return fail({ kind: "invalid", problems: result.problems });
    return result.data;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", onOuterAbort);
  }
}

function importValidator(): Promise<Validator> {
  const validator = import("./validate.ts");
  validator.catch(() => undefined);
  return validator;
}

class TooLarge extends Error {
  readonly bytes: number;
  constructor(bytes: number) {
    super("too large");
    this.bytes = bytes;
  }
}

/**
 * A file this small, of known length, is read in one go: its progress is not
 * worth showing. Read through a stream reader instead, Chromium often reports
 * the request as cancelled (net::ERR_ABORTED) once the reader has the last
 * byte before the network has said it is done, though nothing was lost.
 */
export const WHOLE_READ_BYTES = 256 * 1024;

async function readWhole(response: Response, bytes: number, onProgress: LoadOptions["onProgress"]): Promise<string> {
  const text = await response.text();
  onProgress?.({ phase: "download", loaded: bytes, total: bytes });
  return text;
}

/** Reads the body in chunks so progress can be shown and an oversized body stopped early. */
async function readText(
  response: Response,
  maxBytes: number,
  total: number | null,
  onProgress: LoadOptions["onProgress"],
  stream: EventsStream | null,
): Promise<string> {
  const body = response.body;
  if (!body) return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel();
      throw new TooLarge(loaded);
    }
    const text = decoder.decode(value, { stream: true });
    parts.push(text);
    stream?.push(text);
    onProgress?.({ phase: "download", loaded, total });
  }
  const last = decoder.decode();
  parts.push(last);
  stream?.push(last);
  return parts.join("");
}
