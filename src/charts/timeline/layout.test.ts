import { describe, expect, it } from "vitest";
import type { Category, Era, TimelineEvent } from "../../data/schema/events.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { rectsIntersect } from "./labels.ts";
import { layoutTimeline, type TimelineLayout } from "./layout.ts";
import { syntheticEvents } from "./syntheticEvents.ts";
import { eventExtent } from "./time.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const categories: Category[] = [{ id: "displacement", label: "Displacement" }, { id: "policy", label: "Policy" }];

function ev(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, date, title: `Event ${id}`, category: "policy", sources: [{ name: "s", url: "https://example.org" }], ...extra };
}

const events: TimelineEvent[] = [
  ev("raids", "2022-12", { title: "Police raids in Karachi", importance: 1, category: "displacement" }),
  ev("release", "2023-01-07", { title: "Release of detainees", importance: 2 }),
  ev("invasion", "1979-12-24", { title: "Soviet invasion", importance: 1 }),
  ev("returns", "2002-03", { endDate: "2002-12", title: "Mass returns begin" }),
  ev("unknown-cat", "1990", { category: "nope" }),
];
const eras: Era[] = [
  { id: "war", label: "Soviet war", start: "1979-12", end: "1989-02" },
  { id: "now", label: "Taliban government", start: "2021-08" },
];

const full = (width = 1366) =>
  layoutTimeline({ events, categories, eras, domain: [utc(1978), utc(2024)], width, measureText: approximateMeasure });

/**
 * Labels never touch each other, callouts, cluster pills or the chart's edge, nor cover marks (except pinned
 * ones); no event has both a label and a callout; lanes never stack marks.
 */
function expectNoOverlaps(layout: TimelineLayout, overMarks: ReadonlySet<string> = new Set()): void {
  const { labels, events: placed } = layout;
  const pills = layout.clusters.map((c) => ({ x0: c.x0, x1: c.x1, y0: c.y - 9, y1: c.y + 9 }));
  labels.forEach((a, i) => {
    expect(a.rect.x0).toBeGreaterThanOrEqual(0);
    expect(a.rect.x1).toBeLessThanOrEqual(layout.width);
    for (const b of labels.slice(i + 1)) expect(rectsIntersect(a.rect, b.rect)).toBe(false);
    for (const c of layout.callouts) expect(rectsIntersect(a.rect, c.rect), `${a.id} on callout ${c.id}`).toBe(false);
    for (const p of pills) expect(rectsIntersect(a.rect, p)).toBe(false);
    for (const e of placed.filter((p) => p.kind === "point" && !overMarks.has(a.id))) {
      expect(rectsIntersect(a.rect, { x0: e.cx - 5, y0: e.y - 5, x1: e.cx + 5, y1: e.y + 5 })).toBe(false);
    }
  });
  const calledOut = new Set(layout.callouts.map((c) => c.id));
  expect(labels.filter((l) => calledOut.has(l.id))).toEqual([]);
  const byLane = new Map<number, { x0: number; x1: number; id: string }[]>();
  for (const c of layout.clusters) byLane.set(c.lane, [...(byLane.get(c.lane) ?? []), { x0: c.x0, x1: c.x1, id: c.id }]);
  for (const e of placed) {
    const mark = e.kind === "point" ? { x0: e.cx - 5, x1: e.cx + 5, id: e.id } : { x0: e.x0, x1: e.x1, id: e.id };
    const lane = byLane.get(e.lane) ?? [];
    for (const other of lane) expect(mark.x0 < other.x1 && other.x0 < mark.x1, `${mark.id} on ${other.id}`).toBe(false);
    lane.push(mark);
    byLane.set(e.lane, lane);
  }
}

describe("layoutTimeline", () => {
  it("places every event in view, in start order, with its category", () => {
    const layout = full();
    expect(layout.events.map((e) => e.id)).toEqual(["invasion", "unknown-cat", "returns", "raids", "release"]);
    expect(layout.events.map((e) => e.categoryIndex)).toEqual([1, -1, 1, 0, 1]);
  });

  it("draws a month event zoomed out as a point in mid-month, never on the 1st", () => {
    const raids = full().events.find((e) => e.id === "raids");
    expect(raids?.kind).toBe("point");
    const x = full().xScale;
    expect(raids?.cx).toBeCloseTo(x(utc(2022, 12, 16) + 12 * 3_600_000), 6);
    expect(raids?.cx).toBeGreaterThan(x(utc(2022, 12, 15)));
  });

  it("draws the same month across December once it is wide enough", () => {
    const layout = layoutTimeline({ events, categories, domain: [utc(2022, 11), utc(2023, 2)], width: 900 });
    const raids = layout.events.find((e) => e.id === "raids");
    expect(raids?.kind).toBe("period");
    expect(raids?.x0).toBeCloseTo(layout.xScale(utc(2022, 12)), 6);
    expect(raids?.x1).toBeCloseTo(layout.xScale(utc(2023, 1)), 6);
    expect(layout.events.map((e) => e.id)).toEqual(["raids", "release"]);
  });

  it("clips a long period to the view and says so", () => {
    const layout = layoutTimeline({ events, categories, domain: [utc(2002, 6), utc(2002, 7)], width: 800 });
    const [returns] = layout.events;
    expect(returns?.id).toBe("returns");
    expect([returns?.x0, returns?.x1, returns?.clippedStart, returns?.clippedEnd]).toEqual([-16, 816, true, true]);
    expect(layout.labels.find((l) => l.id === "returns")?.position).toBe("on");
  });

  it.each([390, 1366, 1920])("calls out or labels the headlines at %ipx without overlaps", (width) => {
    const layout = full(width);
    expectNoOverlaps(layout);
    const named = new Map([...layout.labels, ...layout.callouts].map((l) => [l.id, l.text]));
    expect(named.get("invasion")).toBe("Soviet invasion");
    expect(named.has("raids")).toBe(true);
    expect(layout.callouts.map((c) => c.id)).toContain("invasion");
  });

  it("stacks lanes and grows with them; a fixed height caps them and clusters the rest", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ev(`c${i}`, "2001-05-15", { title: `Crowd ${i}` }));
    const noCallouts = { calloutRowHeight: 0 };
    const grown = layoutTimeline({ events: crowd, categories, domain: [utc(2001), utc(2002)], width: 800, options: noCallouts });
    expect(grown.laneCount).toBe(12);
    expect(grown.eventsHeight).toBe(12 * 22 + 12);
    expect(grown.height).toBe(grown.eventsTop + grown.eventsHeight + 28);
    expect(new Set(grown.events.map((e) => e.lane)).size).toBe(12);
    expect(grown.clusters).toEqual([]);
    // The callout rows (2 × 18 px) sit between the era row and the lanes.
    const withCallouts = layoutTimeline({ events: crowd, categories, domain: [utc(2001), utc(2002)], width: 800 });
    expect(withCallouts.eventsHeight).toBe(36 + 12 * 22 + 12);
    expect(withCallouts.lanesTop).toBe(20 + 36 + 6);

    const capped = layoutTimeline({
      events: crowd, categories, domain: [utc(2001), utc(2002)], width: 800, height: 200, options: noCallouts,
    });
    expect(capped.height).toBe(200);
    // (200 - era row 20 - axis 28 - padding 12) / 22 = 6 lanes: five of single events, one for the cluster
    expect(capped.laneCount).toBe(6);
    expect(capped.events.length).toBe(5);
    expect(capped.clusters.map((c) => [c.size, c.lane, c.text])).toEqual([[7, 5, "7 events"]]);
    expect(Math.max(...capped.events.map((e) => e.y), ...capped.clusters.map((c) => c.y))).toBeLessThan(capped.axisY);
    expectNoOverlaps(capped);
  });

  it("reserves room for headline labels when packing lanes", () => {
    const crowd = [
      ev("headline", "2001-03-01", { importance: 1, title: "A long headline that needs room" }),
      ...Array.from({ length: 8 }, (_, i) => ev(`q${i}`, `2001-03-${String(5 + i * 2).padStart(2, "0")}`)),
    ];
    const layout = layoutTimeline({
      events: crowd, categories, domain: [utc(2001), utc(2002)], width: 1366, options: { calloutRowHeight: 0 },
    });
    const headline = layout.events.find((e) => e.id === "headline");
    expect(layout.events.filter((e) => e.lane === headline?.lane).map((e) => e.id)).toEqual(["headline"]);
    expect(layout.labels[0]?.id).toBe("headline");
    expectNoOverlaps(layout);
  });

  it("puts a pinned label first without moving any mark", () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      ev(`p${i}`, `2001-03-${String(1 + (i % 28)).padStart(2, "0")}`, { importance: i === 17 ? 3 : 2 }));
    const input = { events: crowd, categories, domain: [utc(2001, 2), utc(2001, 5)] as const, width: 700 };
    const plain = layoutTimeline(input);
    const pinned = layoutTimeline({ ...input, pinnedLabelIds: new Set(["p17"]) });
    expect(plain.labels.map((l) => l.id)).not.toContain("p17");
    expect(pinned.labels[0]?.id).toBe("p17");
    expect(pinned.events.map((e) => [e.id, e.lane, e.cx])).toEqual(plain.events.map((e) => [e.id, e.lane, e.cx]));
    expectNoOverlaps(pinned, new Set(["p17"]));
  });

  it("places the eras in view, clipped, with labels only where they fit", () => {
    const layout = layoutTimeline({ events, categories, eras, domain: [utc(1985), utc(2023)], width: 1000 });
    const [war, now] = layout.eras;
    expect(war?.x0).toBe(0);
    expect(war?.x1).toBeCloseTo(layout.xScale(utc(1989, 3)), 6);
    expect(war?.labelVisible).toBe(true);
    expect(now?.x1).toBe(1000);
    // Aug 2021 to Jan 2023 is ~37 px: too narrow for "Taliban government"
    expect(now?.labelVisible).toBe(false);
    const narrow = layoutTimeline({ events, categories, eras, domain: [utc(1990), utc(2000)], width: 1000 });
    expect(narrow.eras).toEqual([]);
  });

  it("gives a headline with a callout no label, and packs it into the top lane with no room kept", () => {
    const crowd = [
      ev("headline", "2001-03-01", { importance: 1, title: "A long headline that needs room" }),
      ...Array.from({ length: 8 }, (_, i) => ev(`q${i}`, `2001-03-${String(5 + i * 2).padStart(2, "0")}`)),
    ];
    const layout = layoutTimeline({ events: crowd, categories, domain: [utc(2001), utc(2002)], width: 1366 });
    expect(layout.callouts.map((c) => [c.id, c.text])).toEqual([["headline", "A long headline that needs room"]]);
    expect(layout.labels.map((l) => l.id)).not.toContain("headline");
    const headline = layout.events.find((e) => e.id === "headline");
    expect(headline?.lane).toBe(0);
    expect(layout.events.filter((e) => e.lane === 0).length).toBeGreaterThan(1);
    expectNoOverlaps(layout);
  });

  it("places only what is in a one-year window among 50,000 events", () => {
    const many = syntheticEvents(50_000, 3);
    const domain = [utc(2001, 7), utc(2002, 7)] as const;
    const expected = many
      .filter((e) => {
        const { start, end } = eventExtent(e);
        return start < domain[1] && end > domain[0];
      })
      .map((e) => e.id)
      .sort();
    const layout = layoutTimeline({ events: many, categories, domain, width: 1366 });
    const shown = [...layout.events.map((e) => e.id), ...layout.clusters.flatMap((c) => c.eventIds)];
    expect(shown.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(500);
    expect(expected.length).toBeLessThan(5000);
    expect(layout.events.length).toBeGreaterThan(50);
    expect(layout.clusters.length).toBeGreaterThan(0);
    expect(layout.laneCount).toBeLessThanOrEqual(12);
    expectNoOverlaps(layout);
  });

  it("keeps labels apart in a dense zoomed-in window of synthetic events", () => {
    const many = syntheticEvents(5_000, 8);
    const layout = layoutTimeline({ events: many, categories, domain: [utc(2010, 3), utc(2010, 3) + 45 * DAY], width: 1366 });
    expect(layout.events.length).toBeGreaterThan(10);
    expect(layout.events.length + layout.clusters.reduce((n, c) => n + c.size, 0)).toBeGreaterThan(20);
    expectNoOverlaps(layout);
  });
});
