import { describe, expect, it } from "vitest";
import type { Series } from "../../data/schema/population.ts";
import { bandBreaks, bandSeriesOf, companionSeriesOf, layoutSeriesBand } from "./seriesBand.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const source = { name: "UNHCR", url: "https://www.unhcr.org/refugee-statistics/" };

function stock(points: [string, number | null, boolean?][], extra: Partial<Series> = {}): Series {
  return {
    id: "refugees", label: "Refugees", unit: "people", source,
    points: points.map(([date, value, approximate]) => (approximate ? { date, value, approximate } : { date, value })),
    ...extra,
  };
}

const yearly = stock([
  ["1980", 1_400_000], ["1981", 2_400_000, true], ["1982", 2_900_000], ["1983", null], ["1984", 2_900_000],
  ["1985", 2_700_000], ["1989", 3_270_000], ["1990", 3_250_000],
], { breaks: [{ date: "1985-07", label: "New registration" }] });

const band = (series: Series, domain: readonly [number, number], width = 1000, height = 120) =>
  layoutSeriesBand({ series, domain, width, height });

const moves = (path: string | null | undefined) => (path ?? "").match(/M/g)?.length ?? 0;
const numbers = (path: string | null | undefined) => (path ?? "").match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];

describe("layoutSeriesBand", () => {
  it("puts a stock at the end of its period", () => {
    const b = band(yearly, [utc(1979), utc(1992)]);
    const p1989 = b?.points.find((p) => p.date === "1989");
    expect(p1989?.time).toBe(utc(1990));
    expect(p1989?.x).toBeCloseTo(b?.xScale(utc(1990)) ?? NaN, 9);
    const monthly = band(stock([["2022-12", 10], ["2023-01", 20]]), [utc(2022, 11), utc(2023, 3)]);
    expect(monthly?.points.map((p) => p.time)).toEqual([utc(2023, 1), utc(2023, 2)]);
  });

  it("leaves a gap for null: the area has two runs", () => {
    const b = band(yearly, [utc(1979), utc(1992)]);
    expect(moves(b?.areaPath)).toBe(2);
    expect(moves(b?.linePath)).toBe(2);
    const noGap = band(stock([["1980", 1], ["1981", 2], ["1982", 3]]), [utc(1979), utc(1984)]);
    expect(moves(noGap?.areaPath)).toBe(1);
  });

  it("scales y from zero to a nice maximum, with compact tick labels", () => {
    const b = band(yearly, [utc(1979), utc(1992)]);
    expect(b?.yScale.domain()[0]).toBe(0);
    expect(b?.yMax).toBe(4_000_000);
    expect(b?.baselineY).toBe(120);
    expect(b?.yTicks.map((t) => t.label)).toEqual(["0", "1M", "2M", "3M", "4M"]);
    expect(b?.yTicks[0]?.y).toBe(120);
    const taller = band(yearly, [utc(1979), utc(1992)], 1000, 240);
    expect(taller?.yTicks.map((t) => t.label)).toContain("1.5M");
    expect(taller?.yTicks.map((t) => t.label)).toContain("500k");
  });

  it("keeps y the same while zooming", () => {
    expect(band(yearly, [utc(1980), utc(1982)])?.yMax).toBe(band(yearly, [utc(1979), utc(1992)])?.yMax);
  });

  it("flags approximate points", () => {
    const b = band(yearly, [utc(1979), utc(1992)]);
    expect(b?.points.filter((p) => p.approximate).map((p) => p.date)).toEqual(["1981"]);
    const approx = b?.points.find((p) => p.approximate);
    expect(approx?.y).toBeCloseTo(b?.yScale(2_400_000) ?? NaN, 9);
    expect(b?.points.find((p) => p.date === "1983")?.y).toBeNull();
  });

  it("marks breaks at the start of their period", () => {
    const b = band(yearly, [utc(1979), utc(1992)]);
    expect(b?.breaks).toEqual([{ x: b?.xScale(utc(1985, 7)), date: "1985-07", label: "New registration", number: 1 }]);
    expect(band(yearly, [utc(1986), utc(1992)])?.breaks).toEqual([]);
  });

  it("cuts the path at the view's edges when zoomed in between two counts", () => {
    // 2 weeks in mid-1987: between the 1985 stock (at 1 Jan 1986) and the 1989 one (at 1 Jan 1990)
    const b = band(yearly, [utc(1987, 7), utc(1987, 7, 15)]);
    expect(b?.points).toEqual([]);
    expect(moves(b?.areaPath)).toBe(1);
    const xs = numbers(b?.linePath).filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeCloseTo(0, 6);
    expect(Math.max(...xs)).toBeCloseTo(1000, 6);
    for (const n of numbers(b?.areaPath)) expect(Math.abs(n)).toBeLessThanOrEqual(1000);
  });

  it("draws nothing outside the data, and nothing for a flow", () => {
    const b = band(yearly, [utc(2000), utc(2001)]);
    expect([b?.areaPath, b?.linePath, b?.points]).toEqual([null, null, []]);
    expect(band(stock([["1980", 5]], { measure: "flow" }), [utc(1979), utc(1982)])).toBeNull();
  });

  it("handles a series with no figures at all", () => {
    const b = band(stock([["1980", null], ["1981", null]]), [utc(1979), utc(1983)]);
    expect(b?.areaPath).toBeNull();
    expect(b?.yMax).toBe(1);
  });
});

describe("bandSeriesOf", () => {
  const flow = stock([], { id: "returns", measure: "flow" });
  const first = stock([], { id: "first" });
  const marked = stock([], { id: "marked", primary: true });
  it.each([
    ["the primary one", [flow, first, marked], "marked"],
    ["else the first stock", [flow, first], "first"],
    ["none when all are flows", [flow], undefined],
  ] as const)("%s", (_name, all: readonly Series[], id) => {
    expect(bandSeriesOf(all)?.id).toBe(id);
  });
});

describe("layoutSeriesBand with companions", () => {
  const make = (id: string, values: (number | null)[]): Parameters<typeof layoutSeriesBand>[0]["series"] => ({
    id, label: id, unit: "people", source: { name: "S", url: "https://example.org" },
    points: values.map((value, i) => ({ date: String(2000 + i), value })),
  });
  const full: readonly [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2004, 0, 1)];

  it("scales to the largest value of every series shown, and draws each companion as its own line", () => {
    const own = make("own", [1, 2, 3]);
    const other = make("other", [10, null, 8]);
    const alone = layoutSeriesBand({ series: own, domain: full, width: 400, height: 100 });
    const compared = layoutSeriesBand({ series: own, domain: full, width: 400, height: 100, companions: [other] });
    expect(alone?.yMax).toBeLessThan(10);
    expect(compared?.yMax).toBeGreaterThanOrEqual(10);
    expect(compared?.companions.map((c) => c.series.id)).toEqual(["other"]);
    // The gap in 2001 splits the companion's line in two runs.
    expect(compared?.companions[0]?.linePath?.match(/M/g)?.length).toBe(2);
  });
});

describe("companionSeriesOf", () => {
  it("offers only other stock series of the same unit", () => {
    const base = { label: "x", source: { name: "S", url: "https://example.org" }, points: [] };
    const band = { ...base, id: "a", unit: "people" };
    const all = [band, { ...base, id: "b", unit: "people" }, { ...base, id: "c", unit: "people", measure: "flow" as const }, { ...base, id: "d", unit: "km" }];
    expect(companionSeriesOf(all, band).map((s) => s.id)).toEqual(["b"]);
  });
});

describe("bandBreaks", () => {
  it("numbers the band's own breaks first, then a compared series', named by series", () => {
    const src = { name: "S", url: "https://example.org" };
    const own = { id: "a", label: "Pakistan", unit: "people", source: src, points: [], breaks: [{ date: "1995", label: "flat estimate" }] };
    const other = { id: "b", label: "Iran", unit: "people", source: src, points: [], breaks: [{ date: "2022", label: "counting changes" }] };
    expect(bandBreaks(own, [other])).toEqual([
      { number: 1, date: "1995", label: "flat estimate" },
      { number: 2, date: "2022", label: "Iran: counting changes" },
    ]);
    expect(bandBreaks(own, [])).toHaveLength(1);
  });
});
