import { describe, expect, it } from "vitest";
import type { TimeDomain } from "../timeline/time.ts";
import { MIN_SPAN_MS } from "../timeline/zoom.ts";
import {
  brushToDomain, decimalYear, domainForKey, domainText, domainToBrush, recentredDomain, RESIZE_FACTOR,
} from "./brushDomain.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const full: TimeDomain = [utc(1978, 2, 11), utc(2024, 11, 3)];

describe("brush ↔ domain", () => {
  const domains: TimeDomain[] = [
    full, [utc(1988), utc(1993)], [utc(2022, 12), utc(2023, 1, 8)], [utc(2000), utc(2000) + MIN_SPAN_MS],
    [full[0], full[0] + 3 * DAY * 365], [full[1] - MIN_SPAN_MS, full[1]],
  ];
  it("round-trips within 1 ms at every width", () => {
    for (const width of [1366, 390, 1200, 97]) {
      for (const d of domains) {
        const px = domainToBrush(d, full, width);
        const back = brushToDomain(px.x0, px.x1, full, width);
        expect(Math.abs(back[0] - d[0])).toBeLessThan(1);
        expect(Math.abs(back[1] - d[1])).toBeLessThan(1);
      }
    }
  });

  it("maps the full domain onto the whole width", () => {
    expect(domainToBrush(full, full, 1366)).toEqual({ x0: 0, x1: 1366 });
  });

  it("clamps: at least the minimum span, edges in either order, inside the full domain", () => {
    const point = brushToDomain(500, 500, full, 1000);
    expect(point[1] - point[0]).toBeCloseTo(MIN_SPAN_MS, 3);
    expect((point[0] + point[1]) / 2).toBeCloseTo((full[0] + full[1]) / 2, 3);
    expect(brushToDomain(600, 400, full, 1000)).toEqual(brushToDomain(400, 600, full, 1000));
    const past = brushToDomain(950, 1100, full, 1000);
    expect(past[1]).toBe(full[1]);
    expect(past[1] - past[0]).toBeCloseTo(((1100 - 950) / 1000) * (full[1] - full[0]), 3);
    expect(brushToDomain(-50, 2000, full, 1000)).toEqual(full);
    expect(brushToDomain(NaN, 10, full, 1000)).toEqual(full);
  });

  it("recentres keeping the span, sliding back inside at the ends", () => {
    const d: TimeDomain = [utc(1988), utc(1993)];
    const r = recentredDomain(d, utc(2001), full);
    expect(r[1] - r[0]).toBe(d[1] - d[0]);
    expect((r[0] + r[1]) / 2).toBe(utc(2001));
    expect(recentredDomain(d, full[0], full)).toEqual([full[0], full[0] + (d[1] - d[0])]);
  });
});

describe("domainForKey", () => {
  const d: TimeDomain = [utc(1990), utc(2000)];
  const span = d[1] - d[0];
  const shift = (ms: number): TimeDomain => [d[0] + ms, d[1] + ms];

  it("moves a tenth of the span with arrows, a whole span with Shift or Page keys", () => {
    expect(domainForKey("ArrowRight", false, d, full)).toEqual(shift(span / 10));
    expect(domainForKey("ArrowLeft", false, d, full)).toEqual(shift(-span / 10));
    expect(domainForKey("ArrowUp", false, d, full)).toEqual(shift(span / 10));
    expect(domainForKey("ArrowRight", true, d, full)).toEqual(shift(span));
    expect(domainForKey("ArrowLeft", true, d, full)).toEqual(shift(-span));
    expect(domainForKey("PageDown", false, d, full)).toEqual(shift(-span));
  });

  it("goes to the ends with Home and End, keeping the span", () => {
    expect(domainForKey("Home", false, d, full)).toEqual([full[0], full[0] + span]);
    expect(domainForKey("End", false, d, full)).toEqual([full[1] - span, full[1]]);
    expect(domainForKey("ArrowRight", true, [full[1] - span, full[1]], full)).toEqual([full[1] - span, full[1]]);
  });

  it("narrows with + and widens with − about the centre (as the timeline zooms), within the limits", () => {
    const wide = domainForKey("-", false, d, full);
    expect(wide && wide[1] - wide[0]).toBeCloseTo(span * RESIZE_FACTOR, 3);
    expect(wide && (wide[0] + wide[1]) / 2).toBeCloseTo((d[0] + d[1]) / 2, 3);
    const narrow = domainForKey("+", false, d, full);
    expect(narrow && narrow[1] - narrow[0]).toBeCloseTo(span / RESIZE_FACTOR, 3);
    expect(domainForKey("-", false, [full[0], full[1] - DAY], full)).toEqual(full);
    const tiny = domainForKey("+", false, [utc(2000), utc(2000) + MIN_SPAN_MS], full);
    expect(tiny && tiny[1] - tiny[0]).toBeCloseTo(MIN_SPAN_MS, 3);
  });

  it("ignores other keys", () => {
    expect(domainForKey("a", false, d, full)).toBeNull();
    expect(domainForKey("Tab", false, d, full)).toBeNull();
  });
});

describe("domainText", () => {
  it("says a window as precisely as its span needs, reading the end as exclusive", () => {
    expect(domainText([utc(1988), utc(1993)])).toBe("1988–1992");
    expect(domainText([utc(1988, 3), utc(1988, 7)])).toBe("Mar–Jun 1988");
    expect(domainText([utc(2022, 11), utc(2023, 2)])).toBe("Nov 2022 – Jan 2023");
    expect(domainText([utc(2022, 12, 3), utc(2023, 1, 8)])).toBe("3 Dec 2022 – 7 Jan 2023");
    expect(domainText([utc(2023, 1, 7), utc(2023, 1, 8)])).toBe("7 Jan 2023");
  });

  it("gives decimal years", () => {
    expect(decimalYear(utc(1989))).toBe(1989);
    expect(decimalYear(utc(1989, 7, 2) + DAY / 2)).toBeCloseTo(1989.5, 2);
  });
});
