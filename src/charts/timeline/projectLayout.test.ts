import { describe, expect, it } from "vitest";
import type { Category } from "../../data/schema/events.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { rectsIntersect } from "./labels.ts";
import { layoutTimeline, type TimelineLayoutInput } from "./layout.ts";
import { projectLayout } from "./projectLayout.ts";
import { syntheticEvents } from "./syntheticEvents.ts";
import { centreOf } from "./time.ts";

const categories: Category[] = ["conflict", "displacement", "returns", "policy", "detention", "diplomacy"].map((id) => ({ id, label: id }));
const events = syntheticEvents(3000, 11);
const utc = (y: number) => Date.UTC(y, 0, 1);
const input = (domain: readonly [number, number]): TimelineLayoutInput => ({
  events, categories, eras: [{ id: "e", label: "An era", start: "1990", end: "1999" }], domain, width: 1200, measureText: approximateMeasure,
});

describe("projectLayout", () => {
  const from = input([utc(1985), utc(2005)]);
  const placed = layoutTimeline(from);

  it("changes nothing when the domain is the same", () => {
    // The fixture has something of every kind to carry over.
    expect([placed.events, placed.clusters, placed.labels, placed.callouts].map((l) => l.length > 0)).toEqual([true, true, true, true]);
    const same = projectLayout(placed, from);
    expect(same.events).toEqual(placed.events);
    expect(same.clusters).toEqual(placed.clusters);
    expect(same.labels).toEqual(placed.labels);
    expect(same.callouts).toEqual(placed.callouts);
    expect(same.ticks).toEqual(placed.ticks);
    expect(same.eras).toEqual(placed.eras);
  });

  it("moves every mark, label, callout and pill with a pan, keeping lanes and what is placed", () => {
    const days = 200;
    const to = input([from.domain[0] + days * 86_400_000, from.domain[1] + days * 86_400_000]);
    const panned = projectLayout(placed, to);
    const dx = -(days * 86_400_000 * 1200) / (from.domain[1] - from.domain[0]);
    expect(panned.events.map((e) => [e.id, e.lane, e.y])).toEqual(placed.events.map((e) => [e.id, e.lane, e.y]));
    panned.events.forEach((e) => expect(e.cx).toBeCloseTo(panned.xScale(centreOf(e.start, e.end)), 6));
    panned.clusters.forEach((c, i) => expect(c.x0).toBeCloseTo((placed.clusters[i]?.x0 ?? 0) + dx, 6));
    panned.callouts.forEach((c) => {
      const before = placed.callouts.find((b) => b.id === c.id);
      expect(c.textX).toBeCloseTo((before?.textX ?? 0) + dx, 6);
      expect(c.leader.x1).toBeCloseTo((before?.leader.x1 ?? 0) + dx, 6);
    });
    // A label beside a point moves with it; nothing new is placed.
    const points = new Set(placed.events.filter((e) => e.kind === "point").map((e) => e.id));
    for (const l of panned.labels.filter((l) => points.has(l.id))) {
      expect(l.x).toBeCloseTo((placed.labels.find((b) => b.id === l.id)?.x ?? 0) + dx, 6);
    }
    expect(panned.labels.every((l) => placed.labels.some((b) => b.id === l.id))).toBe(true);
    // The axis and the eras are laid out for the new domain, as a full layout would.
    const fresh = layoutTimeline(to);
    expect(panned.ticks).toEqual(fresh.ticks);
    expect(panned.eras).toEqual(fresh.eras);
    expect(panned.domain).toEqual(to.domain);
  });

  it("leaves out, when zooming out, the labels and callouts that would now cover something", () => {
    const out = projectLayout(placed, input([utc(1979), utc(2023)]));
    expect(out.labels.length).toBeLessThan(placed.labels.length);
    const r = 5;
    out.labels.forEach((a, i) => {
      for (const b of out.labels.slice(i + 1)) expect(rectsIntersect(a.rect, b.rect)).toBe(false);
      for (const e of out.events.filter((e) => e.id !== a.id && e.kind === "point")) {
        expect(rectsIntersect(a.rect, { x0: e.cx - r, x1: e.cx + r, y0: e.y - r, y1: e.y + r }), `${a.id} on ${e.id}`).toBe(false);
      }
    });
    out.callouts.forEach((a, i) => {
      for (const b of out.callouts.slice(i + 1)) expect(rectsIntersect(a.rect, b.rect)).toBe(false);
    });
  });
});
