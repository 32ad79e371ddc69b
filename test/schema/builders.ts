// Minimal valid documents of the Crossings format, and small helpers that let a
// test case change one thing in them. Every case starts from a fresh copy.
import { expect } from "vitest";
import { validateText, type DataKind, type DocumentOf, type Validation } from "../../src/data/validate.ts";
import { formatProblem } from "../../src/data/problems.ts";

export type Doc = Record<string, unknown>;
export type Mutation = (doc: Doc) => void;

export const EVENTS_FILE = "events.json";
export const POPULATION_FILE = "population.json";

export function isDoc(v: unknown): v is Doc {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Removes a field (what a file that leaves the field out looks like). */
export function remove(obj: Doc, key: string): void {
  Reflect.deleteProperty(obj, key);
}

/** The object at `path` inside `root`; throws (failing the test) when there is none. */
export function at(root: unknown, ...path: readonly (string | number)[]): Doc {
  const found = walk(root, path);
  if (!isDoc(found)) throw new Error(`no object at ${path.join(".")}`);
  return found;
}

/** The list at `path` inside `root`; throws (failing the test) when there is none. */
export function listAt(root: unknown, ...path: readonly (string | number)[]): unknown[] {
  const found = walk(root, path);
  if (!Array.isArray(found)) throw new Error(`no list at ${path.join(".")}`);
  return found;
}

function walk(root: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (typeof key === "number") cur = Array.isArray(cur) ? (cur as unknown[])[key] : undefined;
    else cur = isDoc(cur) ? cur[key] : undefined;
  }
  return cur;
}

export function source(name = "Example Agency", url = "https://example.org/report"): Doc {
  return { name, url };
}

export function event(id: string, extra: Doc = {}): Doc {
  return { id, date: "2000", title: `Event ${id}`, category: "cat-a", sources: [source()], ...extra };
}

/** The smallest events.json the format accepts: one category, one event. */
export function eventsDoc(): Doc {
  return {
    schemaVersion: 1,
    title: "Test events",
    categories: [{ id: "cat-a", label: "Category A" }],
    events: [event("e1")],
  };
}

export function series(id: string, extra: Doc = {}): Doc {
  return {
    id,
    label: `Series ${id}`,
    unit: "people",
    source: source(),
    points: [{ date: "2000", value: 100 }],
    ...extra,
  };
}

export function breakdown(id: string, extra: Doc = {}): Doc {
  return {
    id,
    label: `Breakdown ${id}`,
    kind: "parts",
    unit: "people",
    parts: [
      { label: "Part one", value: 60 },
      { label: "Part two", value: 40 },
    ],
    source: source(),
    ...extra,
  };
}

/** The smallest population.json the format accepts: one series with one point, no breakdowns. */
export function populationDoc(): Doc {
  return { schemaVersion: 1, series: [series("s1")], breakdowns: [] };
}

export function base(kind: DataKind): Doc {
  return kind === "events" ? eventsDoc() : populationDoc();
}

export function fileOf(kind: DataKind): string {
  return kind === "events" ? EVENTS_FILE : POPULATION_FILE;
}

/** Validates a document the way the dashboard does: as the text of a file. */
export function check<K extends DataKind>(kind: K, doc: unknown): Validation<DocumentOf[K]> {
  return validateText(kind, JSON.stringify(doc), fileOf(kind));
}

/** A fresh minimal document of `kind`, changed by `mutate`, then validated. */
export function checkMutated<K extends DataKind>(kind: K, mutate: Mutation): Validation<DocumentOf[K]> {
  const doc = base(kind);
  mutate(doc);
  return check(kind, doc);
}

/** The problems of a result as the dashboard shows them (`file › path: message`); [] when valid. */
export function shown(result: Validation<unknown>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Asserts the result is a refusal with exactly these problems, in this order. */
export function expectProblems(result: Validation<unknown>, expected: readonly string[]): void {
  expect(result.ok, "the file should be refused").toBe(false);
  expect(shown(result)).toEqual(expected);
}

/** Asserts the result is valid (showing the problems when it is not). */
export function expectValid<T>(result: Validation<T>): T {
  expect(shown(result)).toEqual([]);
  if (!result.ok) throw new Error("expected a valid document");
  return result.data;
}

/** The message JSON.parse gives for `text` in this engine (for malformed-JSON cases). */
export function jsonParseMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error("the text is valid JSON");
}

export const ev = (detail: string): string => `${EVENTS_FILE} › ${detail}`;
export const pop = (detail: string): string => `${POPULATION_FILE} › ${detail}`;
