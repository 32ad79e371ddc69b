import { describe, expect, it } from "vitest";
import { eventsDocument as wholeSchema, type TimelineEvent } from "../../src/data/schema/events.ts";
import { problemsFromZod } from "../../src/data/problems.ts";
import { EVENTS_PART, validateEvents } from "../../src/data/validateEvents.ts";
import { eventsDocument } from "../../scripts/bench/generate.ts";

// A big events file is checked a part at a time (so parts can be sent on early);
// what it finds must be exactly what the whole-document schema finds.

const COUNT = 2 * EVENTS_PART + 1234;

function bigDocument(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(eventsDocument(COUNT))) as Record<string, unknown>;
}

/** Event i of a document, to spoil. */
function eventAt(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const event = (doc["events"] as Record<string, unknown>[])[i];
  if (!event) throw new Error(`no event ${i}`);
  return event;
}

function byWholeSchema(doc: unknown) {
  const result = wholeSchema.safeParse(doc, { reportInput: true });
  return result.success ? [] : problemsFromZod("events.json", result.error.issues);
}

describe("validateEvents", () => {
  it("finds the whole schema's problems, in its order, across part boundaries", () => {
    const doc = bigDocument();
    doc["title"] = 7;
    doc["story"] = ["ev-00001", "no-such-event"];
    eventAt(doc, 0)["date"] = "1979-13";
    eventAt(doc, EVENTS_PART - 1)["sources"] = [];
    eventAt(doc, EVENTS_PART)["category"] = "weather";
    eventAt(doc, EVENTS_PART + 1)["id"] = "ev-00001";
    eventAt(doc, 2 * EVENTS_PART + 5)["endDate"] = "1900";
    eventAt(doc, COUNT - 1)["title"] = "";
    Reflect.deleteProperty(eventAt(doc, COUNT - 2), "date");

    const result = validateEvents(doc, "events.json");
    const expected = byWholeSchema(doc);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(result.ok ? [] : result.problems).toEqual(expected);
  });

  it("finds the whole schema's problems when events is not a list, or an empty one", () => {
    for (const events of [undefined, "many", {}, []]) {
      const doc = { ...bigDocument(), events };
      const result = validateEvents(doc, "events.json");
      expect(result.ok ? [] : result.problems).toEqual(byWholeSchema(doc));
    }
  });

  it("returns the whole schema's document for a valid file", () => {
    const doc = bigDocument();
    eventAt(doc, 3)["unknownField"] = "dropped";
    const result = validateEvents(doc, "events.json");
    expect(result.ok && result.data).toEqual(wholeSchema.parse(doc));
  });

  it("hands a valid file's events on part by part, in order", () => {
    const doc = bigDocument();
    const parts: TimelineEvent[][] = [];
    const result = validateEvents(doc, "events.json", (part) => parts.push(part));
    expect(parts.map((p) => p.length)).toEqual([EVENTS_PART, EVENTS_PART, 1234]);
    expect(parts.flat()).toEqual(result.ok ? result.data.events : null);
  });

  it("sends no part after the first problem, and none for a file of one part", () => {
    const doc = bigDocument();
    eventAt(doc, EVENTS_PART + 10)["date"] = "soon";
    const parts: TimelineEvent[][] = [];
    expect(validateEvents(doc, "events.json", (part) => parts.push(part)).ok).toBe(false);
    expect(parts.map((p) => p.length)).toEqual([EVENTS_PART]);

    const small = JSON.parse(JSON.stringify(eventsDocument(EVENTS_PART))) as Record<string, unknown>;
    const none: TimelineEvent[][] = [];
    expect(validateEvents(small, "events.json", (part) => none.push(part)).ok).toBe(true);
    expect(none).toEqual([]);
  });
});
