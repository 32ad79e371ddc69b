import { describe, expect, it } from "vitest";
import type { Category, TimelineEvent } from "../schema/events.ts";
import { computeEventCodes, countCodes, eventCodes, shareEventCodes } from "./eventCodes.ts";
import { countByCategory, filterEvents } from "./filterEvents.ts";

const categories: Category[] = [{ id: "conflict", label: "Conflict" }, { id: "returns", label: "Returns" }, { id: "detention", label: "Detention" }];
const ev = (id: string, category: string, importance?: 1 | 2 | 3): TimelineEvent => ({
  id, date: "2001", title: `Event ${id}`, category, sources: [{ name: "S", url: "https://example.org" }], ...(importance ? { importance } : {}),
});
const events = [ev("a", "returns", 1), ev("b", "detention"), ev("c", "returns", 2), ev("d", "elsewhere", 3)];

describe("eventCodes", () => {
  it("numbers each event's category by its place in the list, -1 when it is not listed", () => {
    expect([...computeEventCodes(events, categories).category]).toEqual([1, 2, 1, -1]);
  });
  it("takes importance as given, 3 when not given", () => {
    expect([...computeEventCodes(events, categories).importance]).toEqual([1, 3, 2, 3]);
  });
  it("keeps shared codes only for the categories they were made against", () => {
    const codes = computeEventCodes(events, categories);
    shareEventCodes(events, categories, codes);
    expect(eventCodes(events, categories)).toBe(codes);
    const reordered = [...categories].reverse();
    expect([...eventCodes(events, reordered).category]).toEqual([1, 0, 1, -1]);
  });
  it("counts categories from the codes the same as reading the events", () => {
    const listed = events.slice(0, 3);
    const byCodes = countCodes(eventCodes(listed, categories), categories);
    expect(Object.fromEntries(byCodes)).toEqual(Object.fromEntries(countByCategory(listed, "")));
    expect(Object.fromEntries(countByCategory(listed, "", categories))).toEqual({ returns: 2, detention: 1 });
  });
  it("gives a filtered array the codes of its own events", () => {
    eventCodes(events, categories);
    const shown = filterEvents(events, { categories: ["returns", "detention"], query: "" });
    expect([...eventCodes(shown, categories).category]).toEqual([1, 2, 1]);
    expect([...eventCodes(shown, categories).importance]).toEqual([1, 3, 2]);
  });
});
