import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateText } from "../../src/data/validate.ts";
import { unlinkedBreakdowns } from "../../src/data/derive/links.ts";
import { parsePeriod } from "../../src/data/dates.ts";

// The data the dashboard ships must pass its own contract, and hold together.
const root = resolve(import.meta.dirname, "../..");
const read = (name: string) => readFileSync(resolve(root, "data", name), "utf8");

function load() {
  const events = validateText("events", read("events.json"), "events.json");
  const population = validateText("population", read("population.json"), "population.json");
  if (!events.ok) throw new Error(JSON.stringify(events.problems));
  if (!population.ok) throw new Error(JSON.stringify(population.problems));
  return { events: events.data, population: population.data };
}

describe("the shipped data", () => {
  it("follows the format", () => {
    expect(() => load()).not.toThrow();
  });

  it("links every breakdown to an event that exists", () => {
    const { events, population } = load();
    expect(unlinkedBreakdowns(events, population).map((b) => b.id)).toEqual([]);
    expect(population.breakdowns.filter((b) => b.eventId).length).toBeGreaterThanOrEqual(2);
  });

  it("tells the story from December 1979 to 7 January 2023 in at least 25 events", () => {
    const { events } = load();
    const inStory = events.events.filter((e) => e.category !== "after-story");
    expect(inStory.length).toBeGreaterThanOrEqual(25);
    const starts = inStory.map((e) => parsePeriod(e.date)?.start ?? NaN);
    expect(new Date(Math.min(...starts)).toISOString().slice(0, 7)).toBe("1979-12");
    expect(inStory.some((e) => e.date === "2023-01-07")).toBe(true);
  });

  it("has the five eras, the last one ongoing", () => {
    const { events } = load();
    expect(events.eras?.length).toBe(5);
    expect(events.eras?.at(-1)?.end).toBeUndefined();
  });

  it("keeps the article's numbers: 524 released, 54 women, 97 children, 373 derived, at least 1,200 detained", () => {
    const { events } = load();
    const release = events.events.find((e) => e.id === "karachi-release-2023");
    const values = release?.figures?.map((f) => [f.value, f.derived ?? false]);
    expect(values).toEqual(expect.arrayContaining([[524, false], [54, false], [97, false], [373, true]]));
    const raids = events.events.find((e) => e.id === "karachi-raids-2022-12");
    expect(raids?.date).toBe("2022-12");
    expect(raids?.figures?.find((f) => f.value === 1200)?.atLeast).toBe(true);
  });

  it("cites the source article at its publisher, never at a proxy", () => {
    const all = [read("events.json"), read("population.json")].join("\n");
    expect(all).toContain("https://www.dw.com/en/pakistan-releases-sends-back-over-500-afghan-prisoners/a-64314744");
    expect(all).not.toMatch(/https?:\/\/\d+\.\d+\.\d+\.\d+/);
  });
});
