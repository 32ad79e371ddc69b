import { describe, expect, it } from "vitest";
import { period } from "../../data/dates.ts";
import { flow } from "../breakdown/__fixtures__/population.ts";
import { layoutColumns } from "./layoutColumns.ts";

describe("layoutColumns", () => {
  const layout = layoutColumns({ series: [flow], width: 600, height: 240 });

  it("draws no column for a null, and marks the year as having no figure", () => {
    expect(layout.columns.map((c) => c.year)).toEqual([1982, 1984, 1985]);
    expect(layout.noRecord.map((m) => m.year)).toEqual([1979, 1980, 1981, 1983]);
  });

  it("spans each column inside its own period, from zero", () => {
    for (const c of layout.columns) {
      const p = period(c.date);
      expect(c.x).toBeGreaterThan(layout.x(p.start));
      expect(c.x + c.width).toBeLessThan(layout.x(p.end));
      expect(c.y + c.height).toBeCloseTo(layout.y(0), 6);
      expect(c.y).toBeCloseTo(layout.y(c.value), 6);
    }
  });

  it("keeps every year on the axis, with or without a figure", () => {
    expect(layout.targets.map((t) => t.year)).toEqual([1979, 1980, 1981, 1982, 1983, 1984, 1985]);
  });

  it("sets several flows side by side within the period", () => {
    const two = layoutColumns({ series: [flow, { ...flow, id: "other" }], width: 600, height: 240 });
    const [c0, c1] = two.columns.filter((c) => c.year === 1982);
    expect(c0?.seriesIndex).toBe(0);
    expect(c1?.seriesIndex).toBe(1);
    expect(c1?.x ?? 0).toBeCloseTo((c0?.x ?? 0) + (c0?.width ?? 0), 6);
  });
});
