import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../schema/events.ts";
import { countByCategory, filterEvents, foldText } from "./filterEvents.ts";

const ev = (id: string, category: string, title: string, summary?: string): TimelineEvent => ({
  id, date: "2001", title, category, sources: [{ name: "S", url: "https://example.org" }],
  ...(summary ? { summary } : {}),
});
const events = [
  ev("a", "conflict", "Taliban take Kabul"),
  ev("b", "returns", "Returns from Pakistan peak", "Nearly 1.6 million go home from Peshāwar and elsewhere"),
  ev("c", "detention", "Karachi raids", "At least 1,200 detained"),
];

describe("filterEvents", () => {
  it("returns the same array when nothing filters", () => {
    expect(filterEvents(events, { categories: null, query: "  " })).toBe(events);
  });
  it("keeps only the chosen categories", () => {
    expect(filterEvents(events, { categories: ["returns", "detention"], query: "" }).map((e) => e.id)).toEqual(["b", "c"]);
  });
  it("matches every word in title or summary, ignoring case and accents", () => {
    expect(filterEvents(events, { categories: null, query: "peshawar HOME" }).map((e) => e.id)).toEqual(["b"]);
    expect(filterEvents(events, { categories: null, query: "kabul karachi" })).toEqual([]);
  });
  it("combines categories and search", () => {
    expect(filterEvents(events, { categories: ["conflict"], query: "karachi" })).toEqual([]);
  });
  it("counts matches per category for the legend", () => {
    expect([...countByCategory(events, "a")]).toEqual([["conflict", 1], ["returns", 1], ["detention", 1]]);
    expect([...countByCategory(events, "detained")]).toEqual([["detention", 1]]);
  });
  it("folds text to lower case without diacritics", () => {
    expect(foldText("Peshāwar ÉTÉ")).toBe("peshawar ete");
  });
});
