import { describe, expect, it } from "vitest";
import { period } from "../../data/dates.ts";
import { stockA, stockB } from "../breakdown/__fixtures__/population.ts";
import { layoutLineChart } from "./layoutLineChart.ts";

const Y = (year: number) => period(String(year)).start;
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

describe("layoutLineChart", () => {
  const layout = layoutLineChart({ series: [stockB, stockA], width: 800, height: 320 });
  const a = layout.lines.find((l) => l.seriesId === "stock-a");
  const b = layout.lines.find((l) => l.seriesId === "stock-b");

  it("puts each stock at the end of its period", () => {
    const p1979 = a?.points.find((p) => p.year === 1979);
    expect(p1979?.x).toBeCloseTo(layout.x(Y(1980)), 6);
    expect(p1979?.y).toBeCloseTo(layout.y(400_000), 6);
  });

  it("leaves a gap for a null instead of drawing through it", () => {
    expect(subpaths(a?.path ?? "")).toBe(1);
    expect(subpaths(b?.path ?? "")).toBe(2);
    expect(b?.points.map((p) => p.year)).not.toContain(1981);
  });

  it("marks estimates and isolated points", () => {
    expect(a?.points.filter((p) => p.approximate).map((p) => p.year)).toEqual([1979, 1983]);
    expect(b?.points.find((p) => p.year === 1980)?.isolated).toBe(false);
    expect(layout.hasApproximate).toBe(true);
  });

  it("emphasises the primary series and gives it the first colour", () => {
    expect(layout.lines[0]?.seriesId).toBe("stock-a");
    expect(layout.lines[0]?.primary).toBe(true);
    expect(layout.lines[0]?.colorIndex).toBe(0);
    expect(b?.primary).toBe(false);
  });

  it("labels each line at its end without overlaps", () => {
    expect(layout.endLabels).toHaveLength(2);
    for (const label of layout.endLabels) {
      expect(label.x).toBeGreaterThan(layout.plot.right - 1);
      expect(label.lines[label.lines.length - 1]).toMatch(/M$/);
    }
    const [first, second] = [...layout.endLabels].sort((p, q) => p.y - q.y);
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBeGreaterThanOrEqual((first?.lines.length ?? 0) * layout.lineHeight);
  });

  it("offers one hover target per year, at the stock's position", () => {
    expect(layout.targets.map((t) => t.year)).toEqual([1979, 1980, 1981, 1982, 1983, 1984, 1985]);
    expect(layout.targets[0]?.x).toBeCloseTo(layout.x(Y(1980)), 6);
  });

  it("keeps to a given time domain", () => {
    const zoomed = layoutLineChart({ series: [stockA], width: 800, height: 320, xDomain: [Y(1980), Y(1983)] });
    expect(zoomed.targets.map((t) => t.year)).toEqual([1979, 1980, 1981, 1982]);
    expect(zoomed.endLabels[0]?.lines.at(-1)).toBe("2.9M");
  });
});
