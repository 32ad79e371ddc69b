import { summarizeDetail } from "./errors.ts";
import type { Problem } from "./problems.ts";
import { MAX_FILE_BYTES } from "./limits.ts";
import { parseJson, validateDocument, type DataKind, type DocumentOf } from "./validate.ts";

// A file a reader opens from their own computer. Unlike a URL it carries no
// hint of what it holds, so its kind is read from its top-level keys; then it
// meets exactly the contract a fetched file meets.

export type LocalOutcome =
  | { readonly ok: true; readonly file: string; readonly kind: "events"; readonly doc: DocumentOf["events"] }
  | { readonly ok: true; readonly file: string; readonly kind: "population"; readonly doc: DocumentOf["population"] }
  | { readonly ok: false; readonly file: string; readonly summary: string; readonly problems: readonly Problem[] };

export interface LocalReadOptions {
  readonly maxBytes?: number;
  readonly onProgress?: (p: { readonly phase: "read" | "validate"; readonly loaded: number; readonly total: number }) => void;
}

/** events when it has an `events` key; population when it has `series` or `breakdowns`; otherwise null. */
export function detectKind(value: unknown): DataKind | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  if (Object.hasOwn(value, "events")) return "events";
  if (Object.hasOwn(value, "series") || Object.hasOwn(value, "breakdowns")) return "population";
  return null;
}

const failed = (file: string, summary: string, problems: readonly Problem[] = []): LocalOutcome =>
  ({ ok: false, file, summary, problems });

function invalid(file: string, problems: readonly Problem[]): LocalOutcome {
  return failed(file, summarizeDetail(file, { kind: "invalid", problems }), problems);
}

export async function readLocalFile(blob: Blob, file: string, opts: LocalReadOptions = {}): Promise<LocalOutcome> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  // Refused before a byte is read: the size of a local file is known up front.
  if (blob.size > maxBytes) {
    return failed(file, summarizeDetail(file, { kind: "too-large", bytes: blob.size, limit: maxBytes, stopped: false }));
  }
  let text: string;
  try {
    opts.onProgress?.({ phase: "read", loaded: 0, total: blob.size });
    text = await blob.text();
  } catch (err) {
    return failed(file, `${file} could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  opts.onProgress?.({ phase: "validate", loaded: blob.size, total: blob.size });
  const parsed = parseJson(text, file);
  if (!parsed.ok) return invalid(file, parsed.problems);
  const kind = detectKind(parsed.data);
  if (kind === null && (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data))) {
    // Not an object at all: the contract's own words for that are the clearest.
    const result = validateDocument("events", parsed.data, file);
    return invalid(file, result.ok ? [] : result.problems);
  }
  if (kind === null) {
    return invalid(file, [{
      file,
      path: "",
      message: "is neither an events file (it has no \"events\" list) nor a population file (it has no \"series\" or \"breakdowns\")",
    }]);
  }
  if (kind === "events") {
    const result = validateDocument("events", parsed.data, file);
    return result.ok ? { ok: true, file, kind, doc: result.data } : invalid(file, result.problems);
  }
  const result = validateDocument("population", parsed.data, file);
  return result.ok ? { ok: true, file, kind, doc: result.data } : invalid(file, result.problems);
}
