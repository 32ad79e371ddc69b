import type { EventsDocument, TimelineEvent } from "./schema/events.ts";
import { populationDocument, type PopulationDocument } from "./schema/population.ts";
import { SUPPORTED_VERSIONS } from "./schema/common.ts";
import { isRecord, type Loose } from "./schema/loose.ts";
import { describeValue, problemsFromZod, type Problem } from "./problems.ts";
import { validateEvents, type EventsCheck } from "./validateEvents.ts";

export { MAX_FILE_BYTES } from "./limits.ts";
export { EventsCheck } from "./validateEvents.ts";

// text → JSON → typed document, or every problem found. Pure: the worker runs it,
// the data script runs it, and the tests run it.

export type DataKind = "events" | "population";

export interface DocumentOf {
  events: EventsDocument;
  population: PopulationDocument;
}

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: Problem[] };

/** Enough to fix a file by; a file with more problems is probably not this format at all. */
export const MAX_PROBLEMS = 200;

/** Where a big events file's parts go as soon as they are checked (validateEvents.ts). */
export interface ValidateOptions {
  readonly onEvents?: (events: TimelineEvent[]) => void;
}

export function parseJson(text: string, file: string): Validation<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM is harmless; accept it
  const trimmed = body.trimStart();
  if (trimmed === "") return fail(file, "", "the file is empty");
  if (trimmed.startsWith("<")) {
    return fail(file, "", "is an HTML page, not JSON (the address may point to an error page or a missing file)");
  }
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    if (endsTooEarly(body, detail)) return fail(file, "", "is not valid JSON: the file ends too early (it may have been cut short)");
    // Newer engines end the message with their own "(line 4 column 1)": dropped, so every browser says it one way.
    const words = detail.replace(/\s*\(line \d+ column \d+\)$/, "");
    return fail(file, "", `is not valid JSON: ${words}${lineAndColumn(body, words)}`);
  }
}

export function validateDocument<K extends DataKind>(kind: K, value: unknown, file: string, opts: ValidateOptions = {}): Validation<DocumentOf[K]> {
  const top = topLevel(value, file);
  if (!top.ok) return top;
  if (kind === "events") {
    const result = validateEvents(top.data, file, opts.onEvents);
    return result.ok ? { ok: true, data: result.data as DocumentOf[K] } : { ok: false, problems: capProblems(result.problems, file) };
  }
  const result = populationDocument.safeParse(top.data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data as DocumentOf[K] };
  return { ok: false, problems: capProblems(problemsFromZod(file, result.error.issues), file) };
}

/**
 * The verdict on an events file whose events were checked as they arrived
 * (streamEvents.ts): `value` is the rest of the file, with `placeholder` where
 * its events list was. Null when the file must be checked whole to say what is
 * wrong with it.
 */
export function finishEventsCheck(value: unknown, file: string, check: EventsCheck, placeholder: string): Validation<EventsDocument> | null {
  const top = topLevel(value, file);
  if (!top.ok || top.data["events"] !== placeholder) return null;
  top.data["events"] = check.events;
  const result = check.finish(top.data);
  return result.ok ? result : null;
}

/** A document's top level, unless it is not an object or has a schemaVersion this dashboard does not read. */
function topLevel(value: unknown, file: string): Validation<Loose> {
  if (!isRecord(value)) {
    return fail(file, "", `should hold one JSON object ({ … }) at the top level, not ${describeValue(value)}`);
  }
  const version = value["schemaVersion"];
  if (typeof version === "number" && SUPPORTED_VERSIONS.includes(version)) return { ok: true, data: value };
  const supported = SUPPORTED_VERSIONS.join(", ");
  const said =
    version === undefined
      ? "is missing"
      : typeof version === "number"
        ? `${describeValue(version)} is not supported`
        : `should be a number, not ${describeValue(version)}`;
  return fail(file, "schemaVersion", `${said}; this dashboard reads schemaVersion ${supported}`);
}

export function validateText<K extends DataKind>(kind: K, text: string, file: string, opts: ValidateOptions = {}): Validation<DocumentOf[K]> {
  const parsed = parseJson(text, file);
  return parsed.ok ? validateDocument(kind, parsed.data, file, opts) : parsed;
}

/** The parser ran out of text: say that, rather than what it expected next. */
function endsTooEarly(text: string, message: string): boolean {
  if (/Unexpected end of JSON input/i.test(message)) return true;
  const m = /position (\d+)/.exec(message);
  return m !== null && Number(m[1]) >= text.trimEnd().length;
}

/** Node and Chromium report a character offset; people look for a line. */
function lineAndColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return "";
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return ` (line ${line}, column ${column})`;
}

function capProblems(problems: Problem[], file: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { file, path: "", message: `…and ${rest} more problem${rest === 1 ? "" : "s"}` }];
}

function fail(file: string, path: string, message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ file, path, message }] };
}
