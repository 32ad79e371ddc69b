import { describe, expect, it } from "vitest";
import type { PlacedSeriesPoint } from "./seriesBand.ts";
import { nearestPoint, stepPoint } from "./bandFocus.ts";

const pt = (date: string, x: number, value: number | null): PlacedSeriesPoint => ({
  date, x, value, time: 0, y: value === null ? null : 10, approximate: false,
});
const points = [pt("1990", 0, 5), pt("1991", 10, null), pt("1992", 20, 7), pt("1993", 30, 9)];

describe("band focus", () => {
  it("finds the nearest point with a figure, skipping gaps", () => {
    expect(nearestPoint(points, 11)?.date).toBe("1992");
    expect(nearestPoint(points, 4)?.date).toBe("1990");
    expect(nearestPoint([pt("x", 0, null)], 0)).toBeUndefined();
  });
  it("steps along points with figures and stops at the ends", () => {
    expect(stepPoint(points, "1990", 1)?.date).toBe("1992");
    expect(stepPoint(points, "1993", 1)?.date).toBe("1993");
    expect(stepPoint(points, null, 1)?.date).toBe("1990");
    expect(stepPoint(points, null, -1)?.date).toBe("1993");
    expect(stepPoint(points, "1992", -5)?.date).toBe("1990");
  });
});
