import { describe, expect, it } from "vitest";
import { provinces } from "./__fixtures__/population.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { FONT } from "../shared/chartText.ts";
import { layoutStackedBar } from "./layoutStackedBar.ts";

describe("layoutStackedBar", () => {
  it("fills the full width with segments in file order", () => {
    const layout = layoutStackedBar(provinces.parts, 600);
    const total = layout.segments.reduce((sum, s) => sum + s.width, 0);
    expect(total).toBeCloseTo(600, 6);
    expect(layout.segments.map((s) => s.partIndex)).toEqual([0, 1, 2, 3, 4, 5]);
    layout.segments.forEach((s, i) => {
      const next = layout.segments[i + 1];
      if (next) expect(next.x).toBeCloseTo(s.x + s.width, 6);
    });
    expect(layout.segments[0]?.x).toBe(0);
  });

  it("makes each segment as wide as its share", () => {
    const layout = layoutStackedBar(provinces.parts, 1000);
    const first = layout.segments[0];
    expect(first?.width).toBeCloseTo((736_686 / 1_490_562) * 1000, 6);
    expect(first?.shareText).toBe("49.4%");
    expect(first?.valueText).toBe("736,686");
  });

  it("labels segments that fit and lists the rest in the key", () => {
    const layout = layoutStackedBar(provinces.parts, 600);
    for (const s of layout.segments) {
      if (s.labelLines.length === 0) continue;
      for (const line of s.labelLines) expect(approximateMeasure(line, FONT.label)).toBeLessThanOrEqual(s.width);
    }
    const listed = layout.overflow.map((s) => s.label);
    expect(listed).toContain("Province Six");
    expect(layout.segments[0]?.labelLines).toEqual(["Province One", "49.4%", "736,686"]);
    expect(layout.segments.filter((s) => s.labelLines.length > 0).length + listed.length).toBe(6);
  });

  it("keeps a left gutter when asked and still ends at the width", () => {
    const layout = layoutStackedBar(provinces.parts, 500, { x0: 50, names: false });
    expect(layout.segments[0]?.x).toBe(50);
    const last = layout.segments[layout.segments.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(500, 6);
    expect(layout.segments[0]?.labelLines).toEqual(["49.4%"]);
  });
});
