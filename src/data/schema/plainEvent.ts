import { parsePeriod } from "../dates.ts";
import { charCount, ID_PATTERN, isHttpUrl } from "./common.ts";
import { TITLE_MAX, type Figure, type Source, type TimelineEvent } from "./events.ts";

// The events schema (events.ts) is the contract, and it says what is wrong
// with an event; but it costs several microseconds an event, most of a big
// file's load. Nearly every event of a real file is plainly valid, and this
// check says so in a fraction of that time, giving the event the schema would
// build (known keys only, the same values): the event itself when it has no
// other keys. Such an event keeps its keys in the order the file wrote them,
// which means nothing in JSON or to this dashboard, and lets a big file's
// events go on to the page as the very text they came in (streamEvents.ts).
// It never judges: an event it is not sure of goes through the schema. A fuzz
// test (test/schema/plainEvent.test.ts) holds the two to the same answer.

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
// parsePeriod is dateProblem's verdict, kept: the time columns read the same dates next.
const isDate = (v: unknown): v is string => typeof v === "string" && parsePeriod(v) !== null;

/** An optional field is either absent or of its type; present but undefined is left to the schema. */
function optional<T>(o: Plain, key: string, ok: (v: unknown) => v is T): T | undefined | null {
  const v = o[key];
  if (v === undefined) return Object.hasOwn(o, key) ? null : undefined;
  return ok(v) ? v : null;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isImportance = (v: unknown): v is 1 | 2 | 3 => v === 1 || v === 2 || v === 3;

/** True when `o` has no key but `known` (some may be absent): then the object is what the schema would build, and is kept. */
function onlyKnown(o: Plain, known: readonly string[]): boolean {
  for (const key in o) if (!known.includes(key)) return false;
  return true;
}

const EVENT_KEYS = ["id", "date", "endDate", "title", "summary", "category", "importance", "figures", "sources"] as const;
const SOURCE_KEYS = ["name", "url"] as const;
const FIGURE_KEYS = ["label", "value", "unit", "approximate", "atLeast", "derived"] as const;

function plainSource(v: unknown): Source | null {
  if (!isPlain(v)) return null;
  const { name, url } = v;
  if (typeof name !== "string" || typeof url !== "string" || !isHttpUrl(url)) return null;
  return onlyKnown(v, SOURCE_KEYS) ? (v as unknown as Source) : { name, url };
}

function plainFigure(v: unknown): Figure | null {
  if (!isPlain(v)) return null;
  const { label, value } = v;
  if (typeof label !== "string" || typeof value !== "number" || !Number.isFinite(value) || value < 0) return null;
  const unit = optional(v, "unit", isString);
  const approximate = optional(v, "approximate", isBoolean);
  const atLeast = optional(v, "atLeast", isBoolean);
  const derived = optional(v, "derived", isBoolean);
  if (unit === null || approximate === null || atLeast === null || derived === null) return null;
  if (onlyKnown(v, FIGURE_KEYS)) return v as unknown as Figure;
  const figure: Figure = { label, value };
  if (unit !== undefined) figure.unit = unit;
  if (approximate !== undefined) figure.approximate = approximate;
  if (atLeast !== undefined) figure.atLeast = atLeast;
  if (derived !== undefined) figure.derived = derived;
  return figure;
}

/** The list the schema would make; the very list given when every item is kept as it is. */
function plainList<T>(v: unknown, item: (v: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const list = v as unknown[];
  let copy: T[] | null = null;
  for (let i = 0; i < list.length; i += 1) {
    const ok = item(list[i]);
    if (ok === null) return null;
    if (copy) copy.push(ok);
    else if (ok !== list[i]) copy = [...(list.slice(0, i) as T[]), ok];
  }
  return copy ?? (list as T[]);
}

/** The event the schema would make of `v`, when `v` is plainly valid; null when only the schema can say. */
export function plainEvent(v: unknown): TimelineEvent | null {
  if (!isPlain(v)) return null;
  const { id, date, title, category } = v;
  if (typeof id !== "string" || !ID_PATTERN.test(id) || !isDate(date) || typeof category !== "string") return null;
  if (typeof title !== "string" || title.length === 0 || charCount(title) > TITLE_MAX) return null;
  const endDate = optional(v, "endDate", isDate);
  const summary = optional(v, "summary", isString);
  const importance = optional(v, "importance", isImportance);
  if (endDate === null || summary === null || importance === null) return null;
  const figures = v["figures"] === undefined && !Object.hasOwn(v, "figures") ? undefined : plainList(v["figures"], plainFigure);
  const sources = plainList(v["sources"], plainSource);
  if (figures === null || sources === null || sources.length === 0) return null;
  // Most events are written as the schema reads them: kept, not copied.
  if (sources === v["sources"] && (figures === undefined || figures === v["figures"]) && onlyKnown(v, EVENT_KEYS)) return v as unknown as TimelineEvent;
  // Otherwise built as the schema builds it, without the keys it does not know.
  const event: Plain = { id, date };
  if (endDate !== undefined) event["endDate"] = endDate;
  event["title"] = title;
  if (summary !== undefined) event["summary"] = summary;
  event["category"] = category;
  if (importance !== undefined) event["importance"] = importance;
  if (figures !== undefined) event["figures"] = figures;
  event["sources"] = sources;
  return event as TimelineEvent;
}
