import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Category, TimelineEvent } from "../../data/schema/events.ts";
import { validateText } from "../../data/validate.ts";
import { clusterAriaLabel, clusterExtentDomain, clusterRangeText, formatClusterCount, type PlacedCluster } from "./cluster.ts";
import { layoutTimeline, type TimelineLayout, type TimelineLayoutOptions } from "./layout.ts";
import { syntheticEvents } from "./syntheticEvents.ts";
import { eventExtent, type TimeDomain } from "./time.ts";
import { binOf, timeBinsFor } from "./timeBins.ts";
import { fullDomainOf } from "./zoom.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

function realDocument() {
  const file = resolve(import.meta.dirname, "../../../data/events.json");
  const result = validateText("events", readFileSync(file, "utf8"), "events.json");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.data;
}

interface Dataset {
  readonly name: string;
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly extents: ReadonlyMap<string, { start: number; end: number }>;
}

const synthCategories: Category[] = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}` }));
const dataset = (name: string, events: readonly TimelineEvent[], categories: readonly Category[]): Dataset => ({
  name, events, categories, extents: new Map(events.map((e) => [e.id, eventExtent(e)])),
});
const real = realDocument();
const datasets: Dataset[] = [
  dataset("real", real.events, real.categories),
  dataset("300 synthetic", syntheticEvents(300, 11), synthCategories),
  dataset("5,000 synthetic", syntheticEvents(5_000, 12), synthCategories),
  dataset("50,000 synthetic", syntheticEvents(50_000, 13), synthCategories),
];
const domains: [string, (d: Dataset) => TimeDomain][] = [
  ["the full span", (d) => fullDomainOf({ events: d.events }) ?? [utc(1979), utc(2024)]],
  ["a decade", () => [utc(2000), utc(2010)]],
  ["a year", () => [utc(2022, 7), utc(2023, 7)]],
  ["a month", () => [utc(2022, 12, 15), utc(2023, 1, 15)]],
  ["two weeks around 7 Jan 2023", () => [utc(2022, 12, 31), utc(2023, 1, 14)]],
];
// On a phone the container caps the lanes (VISUAL.md: taller lanes, fewer of them).
const widths: [number, Partial<TimelineLayoutOptions>][] = [[390, { maxLanes: 8 }], [1366, {}], [1920, {}]];

const layoutOf = (d: Dataset, domain: TimeDomain, width: number, options: Partial<TimelineLayoutOptions> = {}) =>
  layoutTimeline({ events: d.events, categories: d.categories, domain, width, options });

/** The invariant: every event in view is drawn once or counted in exactly one cluster; nothing else. */
function expectEveryEventOnce(d: Dataset, layout: TimelineLayout): void {
  const [d0, d1] = layout.domain;
  const inView = d.events.filter((e) => {
    const x = d.extents.get(e.id);
    return x !== undefined && x.start < d1 && x.end > d0;
  }).map((e) => e.id);
  const clustered = layout.clusters.flatMap((c) => c.eventIds);
  expect(layout.events.length + layout.clusters.reduce((n, c) => n + c.size, 0)).toBe(inView.length);
  expect([...layout.events.map((e) => e.id), ...clustered].sort()).toEqual(inView.sort());
}

/** Clusters are real groups, sorted, apart from each other and from the events in their lane, and on screen. */
function expectWellFormedClusters(d: Dataset, layout: TimelineLayout): void {
  const clusters = [...layout.clusters].sort((a, b) => a.x0 - b.x0);
  for (const [k, c] of clusters.entries()) {
    expect(c.size).toBe(c.eventIds.length);
    expect(c.size).toBeGreaterThanOrEqual(2);
    expect(c.categoryCounts.reduce((n, x) => n + x.count, 0)).toBe(c.size);
    expect(c.dominantCategoryIndex).toBe(c.categoryCounts[0]?.categoryIndex);
    const starts = c.eventIds.map((id) => d.extents.get(id)?.start ?? Number.NaN);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(c.start).toBe(Math.min(...starts));
    expect(c.end).toBe(Math.max(...c.eventIds.map((id) => d.extents.get(id)?.end ?? Number.NaN)));
    expect(c.x1).toBeGreaterThan(Math.max(0, c.x0));
    expect(c.start <= c.focusStart && c.focusStart < c.focusEnd && c.focusEnd <= c.end).toBe(true);
    expect(c.x1 > 0 && c.x0 < layout.width, `${c.id} on screen`).toBe(true);
    expect(c.lane).toBe(layout.laneCount - 1);
    expect(c.y).toBeLessThan(layout.axisY);
    expect([formatClusterCount(c.size), `${formatClusterCount(c.size)} events`]).toContain(c.text);
    const next = clusters[k + 1];
    if (next) expect(c.x1 + 4, `${c.id} touches ${next.id}`).toBeLessThanOrEqual(next.x0 + 1e-9);
    for (const e of layout.events.filter((x) => x.lane === c.lane)) {
      const [x0, x1] = e.kind === "point" ? [e.cx - 5, e.cx + 5] : [e.x0, e.x1];
      expect(x0 < c.x1 && c.x0 < x1, `${e.id} on ${c.id}`).toBe(false);
    }
  }
  expect(new Set(layout.clusters.map((c) => c.id)).size).toBe(layout.clusters.length);
}

describe("clustering keeps every event in view reachable", () => {
  for (const d of datasets) {
    describe(d.name, () => {
      it.each(domains.flatMap(([name, domain]) => widths.map(([w, o]) => [name, w, domain, o] as const)))(
        "%s at %ipx: each event drawn once or counted once",
        (_name, width, domainOf, options) => {
          const layout = layoutOf(d, domainOf(d), width, options);
          expectEveryEventOnce(d, layout);
          expectWellFormedClusters(d, layout);
          expect(layout.laneCount).toBeLessThanOrEqual(options.maxLanes ?? 12);
        },
      );
    });
  }

  it("holds with a fixed height (few lanes) too", () => {
    for (const d of datasets.slice(0, 3)) {
      for (const height of [120, 200, 320]) {
        const layout = layoutTimeline({ events: d.events, categories: d.categories, domain: [utc(1979), utc(2024)], width: 800, height });
        expectEveryEventOnce(d, layout);
        expectWellFormedClusters(d, layout);
        expect(layout.height).toBe(height);
      }
    }
  });

  it("is deterministic: a copy of the same events gives the same layout", () => {
    const d = datasets[2];
    if (!d) throw new Error("no dataset");
    const summary = (l: TimelineLayout) => ({
      events: l.events.map((e) => [e.id, e.lane, e.cx]), clusters: l.clusters, callouts: l.callouts, labels: l.labels,
    });
    const a = layoutOf(d, [utc(1999), utc(2004)], 1366);
    const b = layoutTimeline({ events: structuredClone([...d.events]), categories: d.categories, domain: [utc(1999), utc(2004)], width: 1366 });
    expect(summary(b)).toEqual(summary(a));
    expect(a.clusters.length).toBeGreaterThan(0);
  });
});

describe("clusters split as you zoom in", () => {
  const cases = datasets.flatMap((d) =>
    [[1366, {}], [390, { maxLanes: 8 }]].flatMap(([width, options]) =>
      [domains[0], domains[1], domains[2]].map((entry) => ({ d, width: width as number, options: options as Partial<TimelineLayoutOptions>, entry }))));

  it.each(cases.map((c) => [c.d.name, c.entry?.[0] ?? "", c.width, c] as const))(
    "%s, %s at %ipx: zoomed to its extent, no cluster keeps all its events",
    (_n, _dom, _w, { d, width, options, entry }) => {
      if (!entry) return;
      const layout = layoutOf(d, entry[1](d), width, options);
      const picks = [...new Set([layout.clusters[0], layout.clusters[Math.floor(layout.clusters.length / 2)], layout.clusters.at(-1)])];
      for (const c of picks.filter((x): x is PlacedCluster => x !== undefined)) {
        const zoomed = layoutOf(d, clusterExtentDomain(c, 0.1), width, options);
        expectEveryEventOnce(d, zoomed);
        const members = new Set(c.eventIds);
        const largest = Math.max(0, ...zoomed.clusters.map((z) => z.eventIds.filter((id) => members.has(id)).length));
        expect(largest, `${c.id} (${c.size} events)`).toBeLessThan(c.size);
      }
    },
  );
});

describe("calendar bins", () => {
  it("keep their edges while panning", () => {
    const domain: TimeDomain = [utc(2000), utc(2010)];
    const shift = 365 * DAY;
    const px = 1366 / (domain[1] - domain[0]);
    const a = timeBinsFor(domain, px, 30);
    const b = timeBinsFor([domain[0] - shift, domain[1] - shift], px, 30);
    expect(a.key).toBe(b.key);
    const shared = a.edges.filter((e) => e >= (b.edges[0] ?? 0) && e <= (b.edges.at(-1) ?? 0));
    expect(shared.length).toBeGreaterThan(3);
    for (const e of shared) expect(b.edges).toContain(e);
  });

  it.each([30, 180])("keep the real data's clusters while panning %i days: same events, moved with the view", (days) => {
    const d = datasets[0];
    if (!d) throw new Error("no dataset");
    const domain: TimeDomain = [utc(2000), utc(2024)];
    const shift = days * DAY;
    const before = layoutOf(d, domain, 390, { maxLanes: 8 });
    const after = layoutOf(d, [domain[0] - shift, domain[1] - shift], 390, { maxLanes: 8 });
    expect(before.clusters.length).toBeGreaterThan(0);
    expect(after.clusters.map((c) => [c.id, c.eventIds])).toEqual(before.clusters.map((c) => [c.id, c.eventIds]));
    after.clusters.forEach((c, k) => expect(c.x0 - (before.clusters[k]?.x0 ?? 0)).toBeCloseTo((shift * 390) / (domain[1] - domain[0]), 6));
  });

  it("are the finest calendar size at least the given width", () => {
    const year: TimeDomain = [utc(2022), utc(2023)];
    expect(timeBinsFor(year, 1366 / (365 * DAY), 30).key).toBe("hm");
    expect(timeBinsFor(year, 1366 / (365 * DAY), 20).key).toBe("w");
    expect(timeBinsFor([utc(1978), utc(2024)], 1366 / (46 * 365.25 * DAY), 28).key).toBe("y");
    expect(timeBinsFor([utc(1978), utc(2024)], 390 / (46 * 365.25 * DAY), 28).key).toBe("5y");
    const days = timeBinsFor([utc(2023, 1, 1) + 5 * 3_600_000, utc(2023, 1, 3)], 1, 1);
    expect(days.edges).toEqual([utc(2023, 1, 1), utc(2023, 1, 2), utc(2023, 1, 3)]);
    expect(binOf(days, utc(2022))).toBe(0);
    expect(binOf(days, utc(2023, 1, 2) + 1)).toBe(1);
    expect(binOf(days, utc(2024))).toBe(1);
  });
});

describe("cluster helpers", () => {
  it("zooms to a cluster's extent, padded, and never closer than 14 days", () => {
    const pad = (utc(2010) - utc(2000)) / 10;
    expect(clusterExtentDomain({ focusStart: utc(2000), focusEnd: utc(2010) }, 0.1)).toEqual([utc(2000) - pad, utc(2010) + pad]);
    const day = clusterExtentDomain({ focusStart: utc(2023, 1, 7), focusEnd: utc(2023, 1, 8) });
    expect(day[1] - day[0]).toBe(14 * DAY);
    expect((day[0] + day[1]) / 2).toBe(utc(2023, 1, 7) + DAY / 2);
  });

  it.each([[7, "7"], [999, "999"], [1234, "1.2k"], [9999, "9.9k"], [50_000, "50k"], [1_250_000, "1.2M"]])(
    "formats %i as %s", (n, text) => expect(formatClusterCount(n)).toBe(text));

  it("names a cluster with its count and span, as precise as the span", () => {
    const months = { size: 12, start: utc(2022, 12), end: utc(2023, 2) };
    expect(clusterAriaLabel(months)).toBe("12 events, Dec 2022 – Jan 2023; activate to zoom in");
    expect(clusterRangeText({ start: utc(1990), end: utc(1995) })).toBe("1990–1994");
    expect(clusterRangeText({ start: utc(2023, 1, 3), end: utc(2023, 1, 10) })).toBe("3 Jan 2023 – 9 Jan 2023");
    expect(clusterAriaLabel({ size: 50_000, start: utc(1979), end: utc(2024) })).toBe("50,000 events, 1979–2023; activate to zoom in");
  });
});
