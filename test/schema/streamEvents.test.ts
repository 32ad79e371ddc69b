import { describe, expect, it } from "vitest";
import * as validator from "../../src/data/validate.ts";
import { EventsStream } from "../../src/data/streamEvents.ts";
import { computeTimeColumns, timeColumns } from "../../src/data/derive/timeColumns.ts";
import { seededRandom } from "../../src/charts/timeline/syntheticEvents.ts";
import { eventsDocument } from "../../scripts/bench/generate.ts";

// A file checked as it downloads must get the verdict it gets when read whole:
// the same document, or no verdict at all (then it is read whole), and the
// parts sent on must be its events.

const PART = 50;
const COUNT = 3 * PART + 17;

type Doc = Record<string, unknown> & { events: Record<string, unknown>[] };

/** Event i of a document, to spoil. */
function at(d: Doc, i: number): Record<string, unknown> {
  const event = d.events[i];
  if (!event) throw new Error(`no event ${i}`);
  return event;
}

function doc(): Doc {
  return JSON.parse(JSON.stringify(eventsDocument(COUNT))) as Doc;
}

function stream(text: string, seed = 1, validatorFirst = true) {
  const sent: unknown[][] = [];
  let dropped = 0;
  const s = new EventsStream("events.json", PART, {
    send: (json) => sent.push(JSON.parse(json) as unknown[]),
    drop: () => {
      dropped += 1;
      sent.length = 0;
    },
  });
  if (validatorFirst) s.use(validator);
  const random = seededRandom(seed);
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() * 3000);
    s.push(text.slice(at, at + size));
    at += size;
  }
  s.use(validator);
  return { verdict: s.finish(), sent: sent.flat(), dropped };
}

describe("EventsStream", () => {
  it("gives a valid file the very document validation gives it whole, and sends its events on", () => {
    const d = doc();
    // Keys out of the schema's order, and one the schema drops, in different parts.
    d.events[3] = { sources: at(d, 3)["sources"], ...at(d, 3) };
    at(d, PART + 1)["note"] = "not in the format";
    const text = JSON.stringify(d, null, 1);
    const whole = validator.validateText("events", text, "events.json");
    for (const validatorFirst of [true, false]) {
      const { verdict, sent } = stream(text, 3, validatorFirst);
      expect(whole.ok).toBe(true);
      expect(verdict).toEqual(whole);
      expect(sent).toEqual(whole.ok ? whole.data.events : null);
    }
  });

  it("reads the events' dates into time columns as it checks them, so none are left to read at the end", () => {
    const d = doc();
    at(d, 2)["endDate"] = "2010";
    const { verdict } = stream(JSON.stringify(d), 5);
    if (!verdict?.ok) throw new Error("the file should pass");
    const { events } = verdict.data;
    const expected = computeTimeColumns(events);
    // Spoiled after the verdict: columns built during the stream still read the date the file gave.
    const first = events[0];
    if (!first) throw new Error("no events");
    events[0] = { ...first, date: "2099" };
    const built = timeColumns(events);
    expect([...built.start]).toEqual([...expected.start]);
    expect([...built.end]).toEqual([...expected.end]);
    expect([...built.order]).toEqual([...expected.order]);
  });

  it("sends nothing for a file of one part: the document brings its events", () => {
    const d = doc();
    d.events = d.events.slice(0, PART - 1);
    const { verdict, sent } = stream(JSON.stringify(d));
    expect(verdict?.ok).toBe(true);
    expect(sent).toEqual([]);
  });

  const spoil: [string, (d: Doc) => void][] = [
    ["an event in a later part", (d) => void (at(d, 2 * PART + 3)["date"] = "1979-13")],
    ["an event in the first part", (d) => void (at(d, 0)["sources"] = [])],
    ["the head", (d) => void (d["title"] = 5)],
    ["a rule across the file", (d) => void (at(d, COUNT - 1)["id"] = at(d, 0)["id"])],
    ["an end before its start", (d) => void Object.assign(at(d, PART + 2), { date: "2001-05", endDate: "2001-04" })],
    ["a category the file does not list", (d) => void (at(d, 2 * PART)["category"] = "elsewhere")],
    ["a story naming no event", (d) => void (d["story"] = ["nowhere"])],
    ["the schema version", (d) => void (d["schemaVersion"] = 99)],
  ];

  it.each(spoil)("leaves a file with a problem in %s to be read whole, dropping the parts it sent", (_, how) => {
    const d = doc();
    how(d);
    const { verdict, sent, dropped } = stream(JSON.stringify(d));
    expect(validator.validateText("events", JSON.stringify(d), "events.json").ok).toBe(false);
    expect(verdict).toBeNull();
    expect(sent).toEqual([]);
    expect(dropped).toBeLessThanOrEqual(1);
  });

  it("gives a file with a story the very document validation gives it whole", () => {
    const d = doc();
    d["story"] = [at(d, COUNT - 1)["id"], at(d, 0)["id"]];
    const text = JSON.stringify(d);
    const whole = validator.validateText("events", text, "events.json");
    expect(whole.ok).toBe(true);
    expect(stream(text).verdict).toEqual(whole);
  });

  it("leaves to whole reading a file whose events are given twice, and one cut short", () => {
    const d = doc();
    const text = JSON.stringify(d);
    // JSON keeps the last of two equal keys: the events read as they came would be the wrong ones.
    const twice = `${text.slice(0, -1)},"events":[${JSON.stringify(d.events[0])}]}`;
    expect(validator.validateText("events", twice, "events.json").ok).toBe(true);
    expect(stream(twice).verdict).toBeNull();
    expect(stream(text.slice(0, -40)).verdict).toBeNull();
  });
});
