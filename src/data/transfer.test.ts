import { describe, expect, it } from "vitest";
import { joinEvents, splitEvents } from "./transfer.ts";

describe("splitEvents / joinEvents", () => {
  const doc = { title: "t", events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}` })) };

  it("splits a long events list into ordered parts and puts it back whole", () => {
    const { head, parts } = splitEvents(doc, 5);
    expect(head).toEqual({ title: "t", events: [] });
    expect(parts.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(joinEvents(head, parts)).toEqual(doc);
  });

  it("leaves a short list, and a document without events, as they are", () => {
    expect(splitEvents(doc, 12)).toEqual({ head: doc, parts: [] });
    const population = { series: [1, 2, 3] };
    expect(splitEvents(population, 1)).toEqual({ head: population, parts: [] });
    expect(joinEvents(population, [])).toBe(population);
  });
});
