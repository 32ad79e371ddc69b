import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Series } from "../../data/schema/population.ts";
import { validateText } from "../../data/validate.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { syntheticEvents } from "../timeline/syntheticEvents.ts";
import type { TimeDomain } from "../timeline/time.ts";
import { fullDomainOf } from "../timeline/zoom.ts";
import { domainToBrush } from "./brushDomain.ts";
import { BIN_PX, layoutOverview, layoutOverviewStrip, TICK_FONT_PX, type OverviewLayout } from "./layout.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function load<K extends "events" | "population">(kind: K) {
  const file = `${kind}.json`;
  const result = validateText(kind, readFileSync(resolve(import.meta.dirname, "../../../data", file), "utf8"), file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.data;
}
const doc = load("events");
const population = load("population");
const realFull = fullDomainOf({ events: doc.events, eras: doc.eras ?? [], series: population.series });
if (!realFull) throw new Error("no full domain");
const full: TimeDomain = realFull;

const real = (width: number, domain: TimeDomain = full, height = 52) =>
  layoutOverview({ fullDomain: full, domain, events: doc.events, series: population.series, eras: doc.eras ?? [], width, height });

const sum = (l: OverviewLayout) => l.densityBars.reduce((n, b) => n + b.count, 0);

/** Neighbouring labels keep clear of each other and stay inside the strip. */
function expectUncrowded(l: Pick<OverviewLayout, "ticks" | "width">, gapPx = 8) {
  const w = (t: string) => approximateMeasure(t, TICK_FONT_PX);
  l.ticks.forEach((t, i) => {
    expect(t.labelX - w(t.label) / 2).toBeGreaterThanOrEqual(-0.01);
    expect(t.labelX + w(t.label) / 2).toBeLessThanOrEqual(l.width + 0.01);
    const next = l.ticks[i + 1];
    if (next) expect(next.labelX - t.labelX).toBeGreaterThanOrEqual((w(t.label) + w(next.label)) / 2 + gapPx);
  });
}

describe("layoutOverview on data/events.json and population.json", () => {
  it("counts every event once, in at most width / 2 bars inside the plot", () => {
    for (const width of [1366, 390]) {
      const l = real(width);
      expect(l.densityBars.length).toBeLessThanOrEqual(width / BIN_PX);
      expect(sum(l)).toBe(doc.events.length);
      for (const b of l.densityBars) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width + 1e-6);
        expect(b.height).toBeGreaterThanOrEqual(2);
        expect(b.y + b.height).toBeCloseTo(l.plot.height, 6);
      }
      expect(Math.max(...l.densityBars.map((b) => b.count))).toBe(l.maxCount);
    }
  });

  it("labels decades at 1366 px and fewer years at 390 px", () => {
    expect(real(1366).ticks.map((t) => t.label)).toEqual(["1980", "1990", "2000", "2010", "2020"]);
    expect(real(390).ticks.map((t) => t.label)).toEqual(["1980", "2000", "2020"]);
    expect(real(350).ticks.map((t) => t.label)).toEqual(["1980", "2000", "2020"]);
  });

  it("sketches the primary series inside the plot, and era starts as lines", () => {
    const l = real(1366);
    expect(l.seriesPath).toMatch(/^M/);
    expect(l.seriesLine).toMatch(/^M/);
    const ys = (l.seriesLine ?? "").match(/-?\d+(\.\d+)?/g)?.map(Number).filter((_, i) => i % 2 === 1) ?? [];
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeLessThanOrEqual(l.plot.height + 1e-6);
    }
    expect(l.eraLines.map((e) => e.id)).toEqual((doc.eras ?? []).map((e) => e.id));
    for (const e of l.eraLines) expect(e.x).toBeGreaterThan(0);
  });

  it("puts the brush on the visible domain, and nothing else depends on it", () => {
    const domain: TimeDomain = [utc(1988), utc(1993)];
    const l = real(1366, domain);
    expect(l.brush).toEqual(domainToBrush(domain, full, 1366));
    expect(l.brush.x1 - l.brush.x0).toBeCloseTo((1366 * (domain[1] - domain[0])) / (full[1] - full[0]), 6);
    const { brush: _, xScale: _x, ...rest } = l;
    const { xScale: _y, ...strip } = layoutOverviewStrip({ fullDomain: full, events: doc.events, series: population.series, eras: doc.eras ?? [], width: 1366, height: 52 });
    expect(rest).toEqual(strip);
  });
});

describe("layoutOverview with 50,000 events", () => {
  const events = syntheticEvents(50_000, 7);
  const synthFull = fullDomainOf({ events }) ?? full;

  it("bins them all, in at most width / 2 bars, quickly", () => {
    for (const width of [1366, 390, 3]) {
      const t0 = performance.now();
      const l = layoutOverview({ fullDomain: synthFull, domain: synthFull, events, width, height: 52 });
      const ms = performance.now() - t0;
      expect(l.densityBars.length).toBeLessThanOrEqual(Math.floor(width / BIN_PX));
      expect(sum(l)).toBe(50_000);
      expect(ms).toBeLessThan(1500);
    }
  });

  it("counts events outside a narrower full domain at its edges, never dropping one", () => {
    const l = layoutOverview({ fullDomain: [utc(1990), utc(2000)], domain: [utc(1990), utc(2000)], events, width: 500, height: 52 });
    expect(sum(l)).toBe(50_000);
  });
});

describe("layoutOverview edge cases", () => {
  it("draws nothing at zero width and no series without a stock series", () => {
    const l = layoutOverview({ fullDomain: full, domain: full, events: doc.events, width: 0, height: 52 });
    expect(l.densityBars).toEqual([]);
    expect(l.densityPath).toBe("");
    expect(l.seriesPath).toBeNull();
  });

  it("keeps a null figure a gap in the sketch", () => {
    const source = { name: "UNHCR", url: "https://example.org/" };
    const series: Series[] = [{
      id: "s", label: "Refugees", unit: "people", source, primary: true,
      points: [{ date: "1980", value: 1 }, { date: "1981", value: 2 }, { date: "1982", value: null }, { date: "1983", value: 2 }, { date: "1984", value: 3 }],
    }];
    const l = layoutOverview({ fullDomain: [utc(1979), utc(1986)], domain: [utc(1979), utc(1986)], events: [], series, width: 600, height: 52 });
    expect(l.seriesLine?.match(/M/g)).toHaveLength(2);
  });

  it("never crowds its labels, from 240 to 2560 px", () => {
    for (let width = 240; width <= 2560; width += 40) expectUncrowded(real(width));
  });
});
