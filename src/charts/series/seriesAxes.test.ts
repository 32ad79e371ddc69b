import { describe, expect, it } from "vitest";
import { period } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import { flow, stockA, stockB } from "../breakdown/__fixtures__/population.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { breakTime, fullDomain, layoutSeriesAxes, shortBreakLabel } from "./seriesAxes.ts";

const Y = (year: number) => period(String(year)).start;

describe("layoutSeriesAxes", () => {
  it("spans from the first period's start to the last period's end", () => {
    expect(fullDomain([stockA])).toEqual([Y(1979), Y(1986)]);
  });

  it("starts the value axis at zero with compact labels", () => {
    const axes = layoutSeriesAxes({ series: [stockA], width: 600, height: 300 });
    expect(axes.yTicks[0]?.value).toBe(0);
    expect(axes.y(0)).toBeCloseTo(axes.plot.bottom, 6);
    expect(axes.yTicks.map((t) => t.label)).toContain("1M");
  });

  it("never crowds the year labels", () => {
    const long: Series = { ...stockA, breaks: [], points: Array.from({ length: 45 }, (_, i) => ({ date: String(1979 + i), value: i })) };
    for (const width of [340, 600, 1200]) {
      const axes = layoutSeriesAxes({ series: [long], width, height: 300 });
      const w = approximateMeasure("0000", 12);
      for (let i = 1; i < axes.xTicks.length; i++) {
        expect((axes.xTicks[i]?.x ?? 0) - (axes.xTicks[i - 1]?.x ?? 0)).toBeGreaterThan(w + 4);
      }
      expect(axes.xTicks.length).toBeGreaterThan(2);
    }
  });

  it("labels a year at the middle of its span", () => {
    const axes = layoutSeriesAxes({ series: [stockA], width: 1200, height: 300 });
    const tick = axes.xTicks.find((t) => t.year === 1980);
    expect(tick?.x).toBeCloseTo(axes.x((Y(1980) + Y(1981)) / 2), 6);
  });

  it("places a stock's break between values and a flow's at the period start", () => {
    const p = period("1983");
    expect(breakTime(p, "stock")).toBe((p.start + p.end) / 2);
    expect(breakTime(p, "flow")).toBe(p.start);
    const axes = layoutSeriesAxes({ series: [stockA], width: 1200, height: 300 });
    expect(axes.breaks[0]?.x).toBeCloseTo(axes.x((Y(1983) + Y(1984)) / 2), 6);
  });

  it("merges breaks at the same place and never lets labels collide", () => {
    const axes = layoutSeriesAxes({ series: [stockA, stockB, flow], width: 340, height: 300 });
    const at1983 = axes.breaks.filter((b) => Math.abs(b.x - axes.x((Y(1983) + Y(1984)) / 2)) < 1);
    expect(at1983).toHaveLength(1);
    expect(at1983[0]?.fullLabels).toEqual([
      "Refugees in Country A: 1983: a change in counting",
      "Refugees in Country B: 1983: Country B counts more groups",
    ]);
    const placed = axes.breaks.filter((b) => b.row !== null);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        if (!a || !b || a.row !== b.row) continue;
        const span = (p: typeof a) => {
          const w = approximateMeasure(p.shortLabel, 12);
          return p.anchor === "start" ? [p.x + 3, p.x + 3 + w] : [p.x - 3 - w, p.x - 3];
        };
        const [a0, a1] = span(a);
        const [b0, b1] = span(b);
        expect((a1 ?? 0) <= (b0 ?? 0) || (b1 ?? 0) <= (a0 ?? 0)).toBe(true);
      }
    }
  });

  it("shortens break labels to what comes before the colon", () => {
    expect(shortBreakLabel("1995", "1995–99: one flat estimate")).toBe("1995–99");
    expect(shortBreakLabel("2022-12", "A change with no colon")).toBe("Dec 2022");
  });

  it("follows a given time domain", () => {
    const axes = layoutSeriesAxes({ series: [stockA], width: 600, height: 300, xDomain: [Y(1981), Y(1983)] });
    expect(axes.x(Y(1981))).toBeCloseTo(axes.plot.left, 6);
    expect(axes.x(Y(1983))).toBeCloseTo(axes.plot.right, 6);
    expect(axes.xTicks.map((t) => t.year)).toEqual([1981, 1982]);
    expect(axes.breaks).toHaveLength(0);
  });
});
