import { describe, expect, it } from "vitest";
import { detentions, ranged } from "./__fixtures__/population.ts";
import { layoutBars } from "./layoutBars.ts";

describe("layoutBars", () => {
  it("starts every bar at zero and scales lengths linearly", () => {
    const layout = layoutBars(detentions.parts, 500);
    const perUnit = (layout.bars[0]?.x1 ?? 0) / 1200;
    for (const [i, bar] of layout.bars.entries()) {
      expect(bar.x0).toBe(0);
      expect(bar.x1).toBeCloseTo((detentions.parts[i]?.value ?? 0) * perUnit, 6);
    }
    expect(layout.bars[0]?.x1).toBe(layout.xMax);
  });

  it("says 'at least' for a lower bound and marks it", () => {
    const layout = layoutBars(detentions.parts, 500);
    expect(layout.bars.map((b) => b.valueText)).toEqual(["at least 1,200", "524", "1"]);
    expect(layout.bars[0]?.atLeast).toBe(true);
    expect(layout.bars[0]?.valueX).toBeGreaterThan(layout.bars[0]?.x1 ?? 0);
  });

  it("keeps value labels inside the width and rows apart", () => {
    const layout = layoutBars(detentions.parts, 340);
    for (const bar of layout.bars) expect(bar.valueX).toBeLessThan(340);
    for (let i = 1; i < layout.bars.length; i++) {
      const prev = layout.bars[i - 1];
      expect(layout.bars[i]?.labelY ?? 0).toBeGreaterThan((prev?.barY ?? 0) + (prev?.barHeight ?? 0));
    }
  });

  it("draws a range from low to high around the value, and labels it as a range", () => {
    const layout = layoutBars(ranged.parts, 600);
    const bar = layout.bars[0];
    expect(bar?.range).not.toBeNull();
    expect(bar?.range?.x0).toBeLessThan(bar?.x1 ?? 0);
    expect(bar?.range?.x1).toBeGreaterThan(bar?.x1 ?? 0);
    // The scale reaches the top of the range, not just the value.
    expect(layout.maxValue).toBe(1500);
    expect(bar?.valueText).toBe("1,200 (1,000–1,500)");
    expect(layout.bars[1]?.valueText).toBe("~800");
  });

  it("uses a shared maximum when one is given", () => {
    const a = layoutBars(detentions.parts, 500, { maxValue: 2400 });
    expect(a.bars[0]?.x1).toBeCloseTo(a.xMax / 2, 6);
  });

  it("carries each part's own source", () => {
    const layout = layoutBars(detentions.parts, 500);
    expect(layout.bars[0]?.source?.name).toBe("Other source");
    expect(layout.bars[0]?.sourceY).not.toBeNull();
  });
});
