import { describe, expect, it } from "vitest";
import { dodge, stepYear, yearAtX } from "./hover.ts";

const targets = [
  { year: 2000, x: 10 },
  { year: 2001, x: 20 },
  { year: 2002, x: 30 },
];

describe("hover", () => {
  it("finds the nearest year", () => {
    expect(yearAtX(targets, 14)).toBe(2000);
    expect(yearAtX(targets, 26)).toBe(2002);
    expect(yearAtX([], 5)).toBeNull();
  });

  it("steps through years by key", () => {
    expect(stepYear(targets, 2001, "ArrowLeft")).toBe(2000);
    expect(stepYear(targets, 2000, "ArrowLeft")).toBe(2000);
    expect(stepYear(targets, 2001, "ArrowRight")).toBe(2002);
    expect(stepYear(targets, null, "ArrowLeft")).toBe(2002);
    expect(stepYear(targets, 2001, "Home")).toBe(2000);
    expect(stepYear(targets, 2001, "End")).toBe(2002);
  });

  it("moves labels apart within bounds", () => {
    const tops = dodge([{ centre: 50, size: 20 }, { centre: 52, size: 20 }, { centre: 98, size: 20 }], 0, 100);
    const spans = tops.map((t) => [t, t + 20] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0] ?? 0).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
    for (const [t0, t1] of spans) {
      expect(t0).toBeGreaterThanOrEqual(0);
      expect(t1).toBeLessThanOrEqual(100);
    }
  });
});
