import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../schema/events.ts";
import { filterEvents } from "./filterEvents.ts";
import { computeTimeColumns, shareTimeColumns, timeColumns, TimeColumnsBuilder, timeSpan } from "./timeColumns.ts";

const ev = (id: string, date: string, endDate?: string, category = "a"): TimelineEvent => ({
  id, date, title: id, category, sources: [{ name: "S", url: "https://example.org" }], ...(endDate ? { endDate } : {}),
});
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("computeTimeColumns", () => {
  const events = [ev("late", "2001-09-11"), ev("year", "2001"), ev("span", "1979-12", "1989-02"), ev("month", "2001-09"), ev("year2", "2001")];
  const cols = computeTimeColumns(events);

  it("reads each event's period, by position", () => {
    expect([...cols.start]).toEqual([utc(2001, 9, 11), utc(2001), utc(1979, 12), utc(2001, 9), utc(2001)]);
    expect([...cols.end]).toEqual([utc(2001, 9, 12), utc(2002), utc(1989, 3), utc(2001, 10), utc(2002)]);
  });
  it("orders by start, then the shorter first, then by position", () => {
    expect([...cols.order].map((i) => events[i]?.id)).toEqual(["span", "year", "year2", "month", "late"]);
  });
  it("keeps a file already in time order as it is, and still sorts one that only looks sorted by date", () => {
    const inOrder = [ev("a", "1979"), ev("b", "1979-03"), ev("c", "1979-03-02"), ev("d", "1980")];
    expect([...computeTimeColumns(inOrder).order]).toEqual([0, 1, 2, 3]);
    // Same start, longer first: the shorter month goes before the year.
    const sameStart = [ev("year", "1980"), ev("month", "1980-01")];
    expect([...computeTimeColumns(sameStart).order]).toEqual([1, 0]);
  });
  it("gives the span from the earliest start to the latest end", () => {
    expect(timeSpan(cols)).toEqual([utc(1979, 12), utc(2002)]);
    expect(timeSpan(computeTimeColumns([]))).toBeNull();
  });
});

describe("TimeColumnsBuilder", () => {
  it("builds, a run at a time and growing as it goes, the columns computeTimeColumns builds at once", () => {
    const events = Array.from({ length: 37 }, (_, i) =>
      ev(`e${i}`, `${2020 - (i % 9)}-0${1 + (i % 8)}`, i % 5 === 0 ? `${2021 + (i % 3)}` : undefined),
    );
    const whole = computeTimeColumns(events);
    for (const run of [1, 4, 10, 37]) {
      const builder = new TimeColumnsBuilder(2);
      for (let i = 0; i < events.length; i += run) builder.add(events.slice(i, i + run));
      const built = builder.build();
      expect([...built.start]).toEqual([...whole.start]);
      expect([...built.end]).toEqual([...whole.end]);
      expect([...built.order]).toEqual([...whole.order]);
    }
    expect(new TimeColumnsBuilder().build().order).toHaveLength(0);
  });

  it("merges its runs into the order one sort of every event gives, ties and all", () => {
    // Dates from a few years, days and months, some with ends: many ties, runs out of order with one another.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const events = Array.from({ length: 2000 }, (_, i) => {
      const year = 1990 + next(12);
      const date = next(3) === 0 ? `${year}` : `${year}-0${1 + next(9)}${next(2) === 0 ? "" : `-1${next(10)}`}`;
      return ev(`e${i}`, date, next(6) === 0 ? `${year + next(4)}` : undefined);
    });
    const whole = computeTimeColumns(events);
    const sorted = [...whole.order].every((p, k, all) => {
      const q = all[k - 1];
      if (q === undefined) return true;
      const [sp, sq, ep, eq] = [whole.start[p] ?? 0, whole.start[q] ?? 0, whole.end[p] ?? 0, whole.end[q] ?? 0];
      return sq < sp || (sq === sp && (eq < ep || (eq === ep && q < p)));
    });
    expect(sorted).toBe(true);
    for (const run of [137, 500, 1999]) {
      const builder = new TimeColumnsBuilder();
      for (let i = 0; i < events.length; i += run) builder.add(events.slice(i, i + run));
      expect([...builder.build().order]).toEqual([...whole.order]);
    }
  });
});

describe("timeColumns", () => {
  it("uses columns built elsewhere for the same array, and only when they fit it", () => {
    const events = [ev("a", "1990"), ev("b", "1980")];
    const built = computeTimeColumns(events);
    shareTimeColumns(events, built);
    expect(timeColumns(events)).toBe(built);
    const other = [ev("c", "2000")];
    shareTimeColumns(other, built); // two columns for one event: refused, built afresh
    expect([...timeColumns(other).start]).toEqual([utc(2000)]);
  });

  it("gives a filtered array the columns it would have built itself", () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      ev(`e${i}`, `${1980 + ((i * 7) % 30)}-0${1 + (i % 9)}`, i % 5 === 0 ? "2015" : undefined, i % 3 === 0 ? "x" : "y"));
    timeColumns(events);
    const shown = filterEvents(events, { categories: ["x"], query: "" });
    expect(shown.length).toBeGreaterThan(5);
    const derived = timeColumns(shown);
    const fresh = computeTimeColumns([...shown]);
    expect([...derived.start]).toEqual([...fresh.start]);
    expect([...derived.end]).toEqual([...fresh.end]);
    expect([...derived.order]).toEqual([...fresh.order]);
  });
});
