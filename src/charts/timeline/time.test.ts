import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../data/schema/events.ts";
import { centreOf, eventExtent, eventKind, eventTimes, visibleEventTimes, type TimeSlice } from "./time.ts";
import { timeColumns } from "../../data/derive/timeColumns.ts";
import { syntheticEvents } from "./syntheticEvents.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function ev(id: string, date: string, endDate?: string): TimelineEvent {
  const base = { id, date, title: id, category: "c", sources: [{ name: "s", url: "https://example.org" }] };
  return endDate === undefined ? base : { ...base, endDate };
}

describe("eventExtent", () => {
  it.each([
    ["year", ev("a", "1979"), utc(1979), utc(1980)],
    ["month", ev("a", "2022-12"), utc(2022, 12), utc(2023, 1)],
    ["day", ev("a", "2023-01-07"), utc(2023, 1, 7), utc(2023, 1, 8)],
    ["span to a year's end", ev("a", "1995", "1999"), utc(1995), utc(2000)],
    ["span from a day to a month's end", ev("a", "2006-10-15", "2007-02"), utc(2006, 10, 15), utc(2007, 3)],
    ["leap February", ev("a", "2024-02"), utc(2024, 2), utc(2024, 3)],
  ])("%s", (_name, event, start, end) => {
    expect(eventExtent(event)).toEqual({ start, end });
  });
});

/** The slice's events by id, in its order. */
const idsOf = (slice: TimeSlice, events: readonly TimelineEvent[]) => [...slice.input].map((i) => events[i]?.id);

/** Every event in view by brute force: the index's order (timeColumns), filtered. */
function bruteForce(events: readonly TimelineEvent[], [d0, d1]: readonly [number, number]): number[] {
  const { order, start, end } = timeColumns(events);
  return [...order].filter((i) => (start[i] as number) < d1 && (end[i] as number) > d0);
}

describe("eventTimes", () => {
  it("sorts by start whatever the input order, keeping input positions", () => {
    const events = [ev("c", "2001"), ev("a", "1979-12"), ev("b", "1989-02-15")];
    const times = eventTimes(events);
    expect(idsOf(times.short, events)).toEqual(["a", "b", "c"]);
    expect([...times.short.input]).toEqual([1, 2, 0]);
    expect([...times.short.start]).toEqual([utc(1979, 12), utc(1989, 2, 15), utc(2001)]);
    expect([...times.short.end]).toEqual([utc(1980), utc(1989, 2, 16), utc(2002)]);
  });

  it("puts a month-precision event's centre in the middle of the month, not on the 1st", () => {
    const { short } = eventTimes([ev("a", "2022-12")]);
    const centre = centreOf(short.start[0] ?? 0, short.end[0] ?? 0);
    expect(centre).toBe(utc(2022, 12, 16) + 12 * 3_600_000);
    expect(new Date(centre).getUTCDate()).toBe(16);
  });

  it("keeps long spans apart from the bisected index", () => {
    const events = [ev("long", "1979", "2023"), ev("short", "1989-02"), ev("year", "1990")];
    const times = eventTimes(events);
    expect(idsOf(times.long, events)).toEqual(["long"]);
    expect(idsOf(times.short, events)).toEqual(["short", "year"]);
    expect(times.maxShortDuration).toBe(utc(1991) - utc(1990));
  });
});

describe("visibleEventTimes", () => {
  const events = [
    ev("before", "2020-12"),
    ev("touching-start", "2020-12-31"),
    ev("inside", "2021-06-15"),
    ev("overlaps-start", "2020-11", "2021-01"),
    ev("covers", "1979", "2023"),
    ev("starts-at-end", "2022-01-01"),
    ev("year", "2021"),
  ];
  it("returns exactly the events whose period intersects the window, in start order", () => {
    const got = visibleEventTimes(eventTimes(events), [utc(2021), utc(2022)]);
    expect(idsOf(got, events)).toEqual(["covers", "overlaps-start", "year", "inside"]);
    // Each position's start and end are its event's.
    const { start, end } = timeColumns(events);
    got.input.forEach((i, k) => {
      expect(got.start[k]).toBe(start[i]);
      expect(got.end[k]).toBe(end[i]);
    });
  });

  it("matches a brute-force filter on random windows over synthetic data", () => {
    const synthetic = syntheticEvents(5000, 7);
    const times = eventTimes(synthetic);
    for (let i = 0; i < 25; i += 1) {
      const d0 = utc(1980 + i, 1 + (i % 12), 1 + i);
      const d1 = d0 + (i + 1) * 20 * 86_400_000;
      expect([...visibleEventTimes(times, [d0, d1]).input]).toEqual(bruteForce(synthetic, [d0, d1]));
    }
  });
});

describe("eventKind", () => {
  it.each([
    [100, 100, "point"],
    [100, 105.9, "point"],
    [100, 106, "period"],
    [0, 400, "period"],
  ] as const)("%s–%s px → %s", (x0, x1, kind) => {
    expect(eventKind(x0, x1)).toBe(kind);
  });
});

describe("visibleEventTimes with long spans", () => {
  it("merges short and long events into the index's order, for any window", () => {
    const list = [
      ev("a", "1980"), ev("long1", "1979", "1995"), ev("b", "1985-06"), ev("long2", "1985", "2001"),
      ev("c", "1985"), ev("d", "1999-12-31"), ev("long3", "2000", "2023"), ev("e", "2010"),
    ];
    const times = eventTimes(list);
    for (const domain of [[Date.UTC(1979, 0), Date.UTC(2024, 0)], [Date.UTC(1985, 0), Date.UTC(1986, 0)], [Date.UTC(1999, 0), Date.UTC(2011, 0)]] as const) {
      expect([...visibleEventTimes(times, domain).input]).toEqual(bruteForce(list, domain));
    }
  });
});
