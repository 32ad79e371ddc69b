import { zoomIdentity } from "d3-zoom";
import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import { clampDomain, DAY_MS, domainToTransform, fullDomainOf, MIN_SPAN_MS, transformToDomain, zoomScaleExtent } from "./zoom.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const FULL = [utc(1978, 2, 10), utc(2024, 3, 5)] as const;

const DOMAINS: [string, readonly [number, number]][] = [
  ["the full domain", FULL],
  ["the 1980s", [utc(1980), utc(1990)]],
  ["December 2022", [utc(2022, 12), utc(2023, 1)]],
  ["two weeks", [utc(2022, 12, 26), utc(2023, 1, 9)]],
  ["the first fortnight", [FULL[0], FULL[0] + MIN_SPAN_MS]],
  ["the last year", [FULL[1] - 365 * DAY_MS, FULL[1]]],
];

describe("domainToTransform / transformToDomain", () => {
  it.each(DOMAINS.flatMap(([name, d]) => [390, 1366].map((w) => [name, d, w] as const)))(
    "%s at %ipx round-trips within 1 ms",
    (_name, domain, width) => {
      const back = transformToDomain(domainToTransform(domain, FULL, width), FULL, width);
      expect(Math.abs(back[0] - domain[0])).toBeLessThanOrEqual(1);
      expect(Math.abs(back[1] - domain[1])).toBeLessThanOrEqual(1);
    },
  );

  it("gives the identity for the full domain", () => {
    expect(domainToTransform(FULL, FULL, 800)).toEqual({ k: 1, x: -0, y: 0 });
  });

  it("agrees with d3-zoom's own rescaleX", () => {
    const width = 1000;
    const base = scaleUtc().domain([FULL[0], FULL[1]]).range([0, width]);
    for (const [, domain] of DOMAINS) {
      const { k, x } = domainToTransform(domain, FULL, width);
      const shown = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain().map(Number);
      expect(Math.abs((shown[0] ?? NaN) - domain[0])).toBeLessThanOrEqual(1);
      expect(Math.abs((shown[1] ?? NaN) - domain[1])).toBeLessThanOrEqual(1);
    }
  });

  it("sets d3-zoom's scale extent from the full domain to the minimum span", () => {
    expect(zoomScaleExtent([0, 28 * DAY_MS])).toEqual([1, 2]);
    expect(zoomScaleExtent([0, DAY_MS])).toEqual([1, 1]);
  });
});

describe("clampDomain", () => {
  const F = [utc(2000), utc(2010)] as const;
  it.each([
    ["inside: unchanged", [utc(2002), utc(2003)], [utc(2002), utc(2003)]],
    ["reversed: put in order", [utc(2003), utc(2002)], [utc(2002), utc(2003)]],
    ["off the left: slid right, same span", [utc(1998), utc(2001)], [utc(2000), utc(2003)]],
    ["off the right: slid left, same span", [utc(2009), utc(2012)], [utc(2010) - (utc(2012) - utc(2009)), utc(2010)]],
    ["wider than everything: the full domain", [utc(1990), utc(2020)], [utc(2000), utc(2010)]],
    ["too short: widened about its centre", [utc(2005, 6, 10), utc(2005, 6, 12)], [utc(2005, 6, 4), utc(2005, 6, 18)]],
    ["too short at the edge: widened, then slid in", [utc(2000), utc(2000, 1, 2)], [utc(2000), utc(2000, 1, 15)]],
    ["not a number: the full domain", [Number.NaN, utc(2003)], [utc(2000), utc(2010)]],
  ] as const)("%s", (_name, domain, expected) => {
    expect(clampDomain(domain, F)).toEqual(expected);
  });
});

describe("fullDomainOf", () => {
  const source = [{ name: "s", url: "https://example.org" }];
  const events: TimelineEvent[] = [
    { id: "b", date: "2023-01-07", title: "b", category: "c", sources: source },
    { id: "a", date: "1979-12", endDate: "1980", title: "a", category: "c", sources: source },
  ];
  const series = (id: string, points: Series["points"], extra: Partial<Series> = {}): Series =>
    ({ id, label: id, unit: "people", source: source[0] ?? { name: "", url: "" }, points, ...extra });

  it("spans the events from the first start to the last end, padded 2%", () => {
    const lo = utc(1979, 12);
    const hi = utc(2023, 1, 8);
    const pad = (hi - lo) * 0.02;
    expect(fullDomainOf({ events })).toEqual([lo - pad, hi + pad]);
  });

  it("takes in eras and the band's series, but not other series or missing figures", () => {
    const eras = [{ id: "e", label: "e", start: "1975" }, { id: "f", label: "f", start: "1990", end: "2024-06" }];
    const all = [
      series("flow", [{ date: "1950", value: 5 }], { measure: "flow" }),
      series("stock", [{ date: "1970", value: null }, { date: "1978", value: 1 }]),
    ];
    expect(fullDomainOf({ events, eras, series: all }, 0)).toEqual([utc(1975), utc(2024, 7)]);
    expect(fullDomainOf({ events, series: all }, 0)).toEqual([utc(1978), utc(2023, 1, 8)]);
  });

  it("is at least the minimum span, and null with nothing to show", () => {
    const one = fullDomainOf({ events: events.slice(0, 1) });
    expect(one).toEqual([utc(2023, 1, 7) + DAY_MS / 2 - MIN_SPAN_MS / 2, utc(2023, 1, 7) + DAY_MS / 2 + MIN_SPAN_MS / 2]);
    expect(fullDomainOf({})).toBeNull();
  });
});
