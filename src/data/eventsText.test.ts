import { describe, expect, it } from "vitest";
import { seededRandom } from "../charts/timeline/syntheticEvents.ts";
import { EventsTextSplitter, findEventsList, HEAD_LIMIT } from "./eventsText.ts";

// The splitter cuts an events file's text into runs of events without parsing
// it. Whatever it hands on must be exactly the file's events, wherever the
// chunks happen to break, and the rest must be the file without them.

const PLACEHOLDER = '"placeholder"';

/** Texts a naive cut would trip on: quotes, backslashes and brackets inside strings. */
const TRICKY = ['a "quoted" {word}', "ends in a backslash \\", "\\\\\"", "[not, a, list]", "},{", "😀 ünïcödé", "\\u0022 \\n", "", "\"}]"];

function eventsOf(count: number, random: () => number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e-${i}`,
    title: TRICKY[Math.floor(random() * TRICKY.length)],
    nested: { list: [1, { deep: [TRICKY[i % TRICKY.length]] }], empty: {} },
    sources: [{ name: "S", url: "https://example.org/{x}" }],
  }));
}

/** Feeds `text` in chunks of random length (1 to `most` characters). */
function feed(splitter: EventsTextSplitter, text: string, random: () => number, most: number): void {
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() * most);
    splitter.push(text.slice(at, at + size));
    at += size;
  }
}

function split(text: string, runSize: number, random = seededRandom(1), most = 40) {
  const runs: { events: unknown[]; count: number }[] = [];
  const splitter = new EventsTextSplitter(runSize, (json, count) => runs.push({ events: JSON.parse(json) as unknown[], count }));
  feed(splitter, text, random, most);
  return { runs, going: splitter.going, rest: splitter.rest(PLACEHOLDER) };
}

describe("EventsTextSplitter", () => {
  it("hands on exactly the file's events, in runs, wherever the chunks break", () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 60; trial += 1) {
      const events = eventsOf(1 + Math.floor(random() * 40), random);
      const doc = { schemaVersion: 1, title: "T {x}", categories: [{ id: "a" }], events, story: ["e-1"] };
      // Compact and indented files both.
      const text = trial % 2 === 0 ? JSON.stringify(doc) : `\uFEFF${JSON.stringify(doc, null, trial % 4 === 1 ? 2 : "\t")}\n`;
      const runSize = 1 + Math.floor(random() * 7);
      const { runs, going, rest } = split(text, runSize, random, trial % 3 === 0 ? 3 : 200);
      expect(going).toBe(true);
      expect(runs.flatMap((r) => r.events)).toEqual(events);
      expect(runs.map((r) => r.count)).toEqual(runs.map((r) => r.events.length));
      expect(runs.slice(0, -1).every((r) => r.count === runSize)).toBe(true);
      expect(JSON.parse((rest ?? "").replace(/^\uFEFF/, ""))).toEqual({ ...doc, events: "placeholder" });
    }
  });

  it("takes an empty list, and keys that only look like the events key", () => {
    const doc = { note: '"events": [', meta: { events: [1, 2] }, events: [], after: 1 };
    const { runs, going, rest } = split(JSON.stringify(doc), 2);
    expect(going).toBe(true);
    expect(runs).toEqual([]);
    expect(JSON.parse(rest ?? "")).toEqual({ ...doc, events: "placeholder" });
  });

  it.each([
    ["a list at the top", '[{"events": []}]'],
    ["events that are not a list", '{"events": {"a": 1}}'],
    ["an event that is not an object", '{"events": [{"id": 1}, 2]}'],
    ["a comma after the last event", '{"events": [{"id": 1},]}'],
    ["a missing comma", '{"events": [{"id": 1} {"id": 2}]}'],
    ["no events at all", '{"title": "x"}'],
    ["a key without a colon", '{"title" "x", "events": []}'],
  ])("stops at %s, so the file is read whole", (_, text) => {
    const { going, rest } = split(text, 1);
    expect(going && rest !== null).toBe(false);
  });

  it("gives no rest for a file that ends inside its events", () => {
    const { going, rest, runs } = split('{"events": [{"id": 1}, {"id": 2}', 1);
    expect(going).toBe(true);
    expect(rest).toBeNull();
    expect(runs.map((r) => r.events)).toEqual([[{ id: 1 }], [{ id: 2 }]]);
  });

  it("gives up on a head too long to be worth searching", () => {
    const splitter = new EventsTextSplitter(1, () => undefined);
    splitter.push(`{"padding": "${"x".repeat(HEAD_LIMIT)}`);
    expect(splitter.going).toBe(false);
  });
});

describe("findEventsList", () => {
  it("finds the list just past its bracket, or says it needs more text", () => {
    const text = '{"a": "x", "events" : [';
    expect(findEventsList(text)).toEqual({ at: text.length });
    expect(findEventsList('{"a": "x", "eve')).toBe("more");
    expect(findEventsList(" \n")).toBe("more");
    expect(findEventsList('{"a": {"events": [')).toBe("more");
    // Only a key of the top-level object counts, even in a text that breaks the rules.
    expect(findEventsList('{"a": 1, {"events": [')).toBe("more");
    expect(findEventsList('{"a": 1} ')).toBe("stop");
  });
});
