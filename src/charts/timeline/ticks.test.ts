import { describe, expect, it } from "vitest";
import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";
import { formatTick, timeTicks, type Tick, type TickUnit } from "./ticks.ts";

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const FONT = 12;
const GAP = 16;

const DOMAINS: Record<string, readonly [Date, Date]> = {
  "44 years": [utc(1979), utc(2023)],
  "2 years": [utc(2021, 3, 10), utc(2023, 3, 10)],
  "3 months": [utc(2022, 11, 15), utc(2023, 2, 15)],
  "2 weeks": [utc(2022, 12, 26), utc(2023, 1, 9)],
};
const WIDTHS = [390, 1366, 1920];
const cases = Object.entries(DOMAINS).flatMap(([name, domain]) => WIDTHS.map((w) => [name, w, domain] as const));

function labelGaps(ticks: readonly Tick[], measure: MeasureText): number[] {
  const labelled = ticks.filter((t) => t.major);
  return labelled.slice(1).map((t, i) => {
    const prev = labelled[i];
    if (!prev) throw new Error("unreachable");
    return t.labelX - measure(t.label, FONT) / 2 - (prev.labelX + measure(prev.label, FONT) / 2);
  });
}

describe("timeTicks never crowds its labels", () => {
  it.each(cases)("%s at %ipx", (_name, width, domain) => {
    const ticks = timeTicks(domain, width);
    const labelled = ticks.filter((t) => t.major);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    for (const gap of labelGaps(ticks, approximateMeasure)) expect(gap).toBeGreaterThanOrEqual(GAP - 1e-9);
    for (const t of labelled) {
      const w = approximateMeasure(t.label, FONT);
      expect(t.labelX - w / 2).toBeGreaterThanOrEqual(-1e-9);
      expect(t.labelX + w / 2).toBeLessThanOrEqual(width + 1e-9);
      // pushed in from an edge, but still touching its tick
      expect(Math.abs(t.labelX - t.x)).toBeLessThanOrEqual(w / 2 + 1e-9);
      expect(t.label).not.toBe("");
    }
    for (const t of ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(width + 1e-9);
      if (!t.major) expect(t.label).toBe("");
    }
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
  });

  it.each(cases)("%s at %ipx, with a font twice as wide", (_name, width, domain) => {
    const wide: MeasureText = (t, px) => 2 * approximateMeasure(t, px);
    const ticks = timeTicks(domain, width, wide);
    for (const gap of labelGaps(ticks, wide)) expect(gap).toBeGreaterThanOrEqual(GAP - 1e-9);
    expect(ticks.filter((t) => t.major).length).toBeGreaterThanOrEqual(1);
  });
});

describe("timeTicks picks the finest interval that fits", () => {
  it.each([
    ["44 years", 390, ["1980", "1990", "2000", "2010", "2020"]],
    ["44 years", 1366, ["1980", "1985", "1990", "1995", "2000", "2005", "2010", "2015", "2020"]],
    ["2 years", 1366, ["Apr 2021", "Jul 2021", "Oct 2021", "Jan 2022", "Apr 2022", "Jul 2022", "Oct 2022", "Jan 2023"]],
    ["3 months", 390, ["Dec 2022", "Jan 2023", "Feb 2023"]],
    ["3 months", 1366, ["21 Nov 2022", "28 Nov", "5 Dec", "12 Dec", "19 Dec", "26 Dec", "2 Jan 2023", "9 Jan", "16 Jan",
      "23 Jan", "30 Jan", "6 Feb", "13 Feb"]],
    // The tick on the left edge has no room for its label, so the year moves to the next one.
    ["2 weeks", 1366, ["27 Dec 2022", "28 Dec", "29 Dec", "30 Dec", "31 Dec", "1 Jan 2023", "2 Jan", "3 Jan", "4 Jan",
      "5 Jan", "6 Jan", "7 Jan", "8 Jan", "9 Jan"]],
    ["2 weeks", 390, ["26 Dec 2022", "2 Jan 2023", "9 Jan"]],
  ] as const)("%s at %ipx", (name, width, labels) => {
    const domain = DOMAINS[name];
    if (!domain) throw new Error(name);
    expect(timeTicks(domain, width).filter((t) => t.major).map((t) => t.label)).toEqual(labels);
  });

  it.each(cases)("%s at %ipx names the year on the first label and wherever it changes", (_name, width, domain) => {
    let year: number | null = null;
    for (const t of timeTicks(domain, width).filter((tick) => tick.major)) {
      if (t.date.getUTCFullYear() !== year) expect(t.label).toContain(String(t.date.getUTCFullYear()));
      year = t.date.getUTCFullYear();
    }
  });

  it("pushes edge labels inside the chart instead of clipping them", () => {
    const ticks = timeTicks(DOMAINS["2 weeks"] ?? [utc(0), utc(1)], 390);
    const first = ticks.find((t) => t.major);
    expect(first?.x).toBe(0);
    expect(first?.labelX).toBeCloseTo(approximateMeasure("26 Dec 2022", FONT) / 2, 9);
  });

  it("falls back to month names without the year, keeping it where the year changes", () => {
    // Months are 54–59 px apart here: room for "Jan 2023" beside "Feb", not for "Feb 2023" beside "Jan 2023".
    const ticks = timeTicks([utc(2022, 1, 15), utc(2023, 12, 15)], 1340, approximateMeasure, { minSpacingPx: 40 });
    const labels = ticks.filter((t) => t.major).map((t) => t.label);
    expect(labels.slice(0, 3)).toEqual(["Feb 2022", "Mar", "Apr"]);
    expect(labels).toContain("Jan 2023");
    expect(labels).not.toContain("Feb 2023");
  });

  it("adds unlabelled minor ticks for gridlines, not on top of labelled ones", () => {
    const ticks = timeTicks(DOMAINS["44 years"] ?? [utc(0), utc(1)], 1366);
    const minor = ticks.filter((t) => !t.major);
    expect(minor.length).toBeGreaterThan(30);
    expect(minor.every((t) => t.date.getUTCMonth() === 0 && t.date.getUTCDate() === 1)).toBe(true);
    const majorTimes = new Set(ticks.filter((t) => t.major).map((t) => +t.date));
    expect(minor.some((t) => majorTimes.has(+t.date))).toBe(false);
  });

  it("returns nothing for an empty or inverted domain or width", () => {
    expect(timeTicks([utc(2000), utc(2000)], 500)).toEqual([]);
    expect(timeTicks([utc(2001), utc(2000)], 500)).toEqual([]);
    expect(timeTicks([utc(2000), utc(2001)], 0)).toEqual([]);
  });

  it("still never crowds over centuries on a phone", () => {
    const ticks = timeTicks([utc(1000), utc(2023)], 390);
    for (const gap of labelGaps(ticks, approximateMeasure)) expect(gap).toBeGreaterThanOrEqual(GAP - 1e-9);
    expect(ticks.filter((t) => t.major).length).toBeGreaterThanOrEqual(2);
  });
});

describe("formatTick", () => {
  it.each([
    [utc(1980), "decade", true, "1980"],
    [utc(1989), "year", false, "1989"],
    [utc(1989, 2), "month", true, "Feb 1989"],
    [utc(1989, 2), "month", false, "Feb"],
    [utc(1989, 4), "quarter", true, "Apr 1989"],
    [utc(2023, 2, 15), "day", false, "15 Feb"],
    [utc(2023, 1, 7), "day", true, "7 Jan 2023"],
    [utc(2023, 1, 2), "week", false, "2 Jan"],
  ] as const)("%s as %s (year: %s) → %s", (date, unit: TickUnit, withYear, label) => {
    expect(formatTick(date, unit, withYear)).toBe(label);
  });
});
