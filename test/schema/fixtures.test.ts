// The second, fictional dataset (test/fixtures/good/alt-*.json) that browser tests load to show the
// dashboard is driven by its data. These tests keep it valid and keep it exercising what it is for.
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/validate.ts";
import { parsePeriod } from "../../src/data/dates.ts";
import altEventsText from "../fixtures/good/alt-events.json?raw";
import altPopulationText from "../fixtures/good/alt-population.json?raw";
import { expectValid } from "./builders.ts";

const events = expectValid(validateText("events", altEventsText, "alt-events.json"));
const population = expectValid(validateText("population", altPopulationText, "alt-population.json"));

describe("the alternative test dataset", () => {
  it("is valid", () => {
    expect(validateText("events", altEventsText, "alt-events.json").ok).toBe(true);
    expect(validateText("population", altPopulationText, "alt-population.json").ok).toBe(true);
  });

  it("says it is a test dataset", () => {
    expect(events.title).toMatch(/^Test dataset: /);
    expect(events.subtitle).toMatch(/invented for testing/);
  });

  it("has nothing of the bundled dataset's story in it", () => {
    const text = `${altEventsText}\n${altPopulationText}`;
    expect(text).not.toMatch(/afghan|pakistan|unhcr|kabul|taliban|torkham/i);
  });

  it("has 4 categories, 3 eras and 15–20 events of mixed precision and importance", () => {
    expect(events.categories).toHaveLength(4);
    expect(events.eras).toHaveLength(3);
    expect(events.events.length).toBeGreaterThanOrEqual(15);
    expect(events.events.length).toBeLessThanOrEqual(20);
    const precisions = new Set(events.events.map((e) => parsePeriod(e.date)?.precision));
    expect(precisions).toEqual(new Set(["year", "month", "day"]));
    expect(new Set(events.events.map((e) => e.importance ?? 3))).toEqual(new Set([1, 2, 3]));
    expect(events.events.filter((e) => e.endDate !== undefined).length).toBeGreaterThanOrEqual(3);
    const figures = events.events.flatMap((e) => e.figures ?? []);
    expect(figures.some((f) => f.approximate === true)).toBe(true);
    expect(figures.some((f) => f.atLeast === true)).toBe(true);
    expect(figures.some((f) => f.derived === true)).toBe(true);
    expect(events.story).toHaveLength(5);
    expect(events.eras?.some((e) => e.end === undefined)).toBe(true);
  });

  it("links its sources to example.org only", () => {
    const urls = [
      ...events.events.flatMap((e) => e.sources.map((s) => s.url)),
      ...population.series.map((s) => s.source.url),
      ...population.breakdowns.flatMap((b) => [b.source.url, ...b.parts.flatMap((p) => (p.source ? [p.source.url] : []))]),
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\//);
  });

  it("has two stock series (one primary), a flow series with a gap, and breaks", () => {
    const stocks = population.series.filter((s) => (s.measure ?? "stock") === "stock");
    expect(stocks).toHaveLength(2);
    expect(stocks.every((s) => s.unit === "people")).toBe(true);
    expect(population.series.filter((s) => s.primary === true).map((s) => s.id)).toEqual([stocks[0]?.id]);
    const flows = population.series.filter((s) => s.measure === "flow");
    expect(flows).toHaveLength(1);
    expect(flows[0]?.points.some((p) => p.value === null)).toBe(true);
    expect(population.series.every((s) => (s.breaks ?? []).length > 0)).toBe(true);
  });

  it("has a linked parts breakdown, a comparison and a group of two", () => {
    const eventIds = new Set(events.events.map((e) => e.id));
    const linked = population.breakdowns.filter((b) => b.eventId !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const b of linked) {
      expect(b.kind).toBe("parts");
      expect(eventIds.has(b.eventId ?? "")).toBe(true);
    }
    expect(population.breakdowns.filter((b) => b.kind === "comparison")).toHaveLength(1);
    const grouped = population.breakdowns.filter((b) => b.group !== undefined);
    expect(grouped).toHaveLength(2);
    expect(new Set(grouped.map((b) => b.group)).size).toBe(1);
    expect(grouped.every((b) => b.kind === "parts")).toBe(true);
  });
});
