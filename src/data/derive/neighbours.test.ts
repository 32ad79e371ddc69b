import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../schema/events.ts";
import { neighboursOf, sortByTime } from "./neighbours.ts";

const ev = (id: string, date: string): TimelineEvent => ({ id, date, title: id, category: "a", sources: [{ name: "S", url: "https://example.org" }] });

describe("events in time order", () => {
  const events = [ev("c", "2002-05-01"), ev("year", "2002"), ev("a", "1979-12"), ev("month", "2002-05")];
  it("sorts by period start, a shorter period first when they start together", () => {
    expect(sortByTime(events).map((e) => e.id)).toEqual(["a", "year", "c", "month"]);
  });
  it("finds the previous and next event", () => {
    const sorted = sortByTime(events);
    expect(neighboursOf(sorted, "c")).toEqual({ previous: events[1], next: events[3] });
    expect(neighboursOf(sorted, "a").previous).toBeUndefined();
    expect(neighboursOf(sorted, "missing")).toEqual({});
  });
});
