import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { eventList } from "../../src/data/schema/events.ts";
import { plainEvent } from "../../src/data/schema/plainEvent.ts";
import { seededRandom } from "../../src/charts/timeline/syntheticEvents.ts";
import { generateEvents } from "../../scripts/bench/generate.ts";

// plainEvent is a shortcut past the events schema: whatever it accepts, the
// schema must accept too, and turn into the same event: the same keys with the
// same values (the order of keys means nothing in JSON, and is not compared).

type Loose = Record<string, unknown>;

const bundled = (JSON.parse(readFileSync(resolve(__dirname, "../../data/events.json"), "utf8")) as { events: Loose[] }).events;
const generated = generateEvents(400, { seed: 5 }) as unknown as Loose[];
const withExtras: Loose[] = [
  { id: "a-1", date: "1979-12-27", endDate: "1989-02", title: "Ṫitle 😀", summary: "", category: "x", importance: 1, figures: [{ label: "people", value: 0, unit: "people", approximate: true, atLeast: false, derived: true }], sources: [{ name: "A", url: "https://a.org/x?y#z" }] },
  { sources: [{ url: "http://b.example/", name: "B" }], category: "c", title: "Out of order", date: "2023", id: "b" },
];
const bases = [...bundled, ...generated, ...withExtras];

const VALUES: unknown[] = [
  undefined, null, "", "x", "1979", "1979-13", "2023-02-29", "2024-02-29", "0000", "1979-1-1", 0, -0, -1, 1, 2, 3, 4, 1.5, "1",
  true, false, [], {}, [{}], "ev-1", "Ev-1", "-a", "a-", "a".repeat(140), "a".repeat(141), "😀".repeat(140), "😀".repeat(141),
  "https://example.org/", "javascript:alert(1)", " https://a.org", [{ name: "a", url: "https://a.org" }], [{ name: "a", url: "ftp://a.org" }],
  [{ name: 1, url: "https://a.org" }], [{ name: "a", url: "https://a.org", extra: 1 }], [{ name: "a" }], [null],
  [{ label: "x", value: 1 }], [{ label: "x", value: -1 }], [{ label: "x", value: 1, unit: undefined }], [{ label: "x", value: 1, derived: "yes" }],
  [{ label: "x", value: 1, approximate: true, extra: [] }], [{ value: 1 }], [1, 2],
];
const KEYS = ["id", "date", "endDate", "title", "summary", "category", "importance", "figures", "sources", "extra"];

function mutate(event: Loose, random: () => number): Loose {
  const copy = structuredClone(event);
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i += 1) {
    const key = KEYS[Math.floor(random() * KEYS.length)] ?? "id";
    const roll = random();
    if (roll < 0.15) Reflect.deleteProperty(copy, key);
    else if (roll < 0.3 && Array.isArray(copy[key]) && (copy[key] as unknown[]).length > 0) {
      // Reach inside a source or a figure.
      const inner = (copy[key] as unknown[])[0];
      if (typeof inner === "object" && inner !== null) {
        const innerKeys = [...Object.keys(inner), "extra"];
        (inner as Loose)[innerKeys[Math.floor(random() * innerKeys.length)] ?? "extra"] = VALUES[Math.floor(random() * VALUES.length)];
      }
    } else copy[key] = VALUES[Math.floor(random() * VALUES.length)];
  }
  return copy;
}

/** JSON text with every object's keys sorted: equal for the same keys and values, in any order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) =>
    typeof x === "object" && x !== null && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x);
}

function bySchema(event: unknown) {
  const result = eventList.safeParse([event]);
  return result.success ? result.data[0] : null;
}

describe("plainEvent", () => {
  it("takes every event of the bundled and generated files, exactly as the schema makes it", () => {
    for (const event of bases) {
      const plain = plainEvent(event);
      expect(plain).not.toBeNull();
      expect(canonical(plain)).toBe(canonical(bySchema(event)));
      expect(plain).toStrictEqual(bySchema(event));
    }
  });

  it("accepts only what the schema accepts, and makes the same event of it, over 30,000 spoiled events", () => {
    const random = seededRandom(11);
    const wrong: unknown[] = [];
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 30_000; i += 1) {
      const event = mutate(bases[Math.floor(random() * bases.length)] ?? {}, random);
      const plain = plainEvent(event);
      const schema = bySchema(event);
      if (schema === null) refused += 1;
      if (plain === null) continue;
      accepted += 1;
      if (schema === null || canonical(plain) !== canonical(schema)) wrong.push(event);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    // The spoiling must give both kinds, or the test proves nothing.
    expect(accepted).toBeGreaterThan(3_000);
    expect(refused).toBeGreaterThan(10_000);
  });

  it("keeps an event with no unknown key as it is, in any order, and builds one without the keys it drops", () => {
    const outOfOrder = withExtras[1] as Loose;
    expect(plainEvent(outOfOrder)).toBe(outOfOrder);
    const extra = { ...outOfOrder, note: "not in the format" };
    const built = plainEvent(extra);
    expect(built).not.toBe(extra);
    expect(built).toStrictEqual(outOfOrder);
  });

  it("leaves to the schema what it cannot be sure of", () => {
    expect(plainEvent(null)).toBeNull();
    expect(plainEvent([])).toBeNull();
    expect(plainEvent({ ...withExtras[1], endDate: undefined })).toBeNull();
    expect(plainEvent({ ...withExtras[1], sources: [] })).toBeNull();
  });
});
