import { describe, expect, it } from "vitest";
import { release } from "./__fixtures__/population.ts";
import { layoutWaffle, waffleCellsPath } from "./layoutWaffle.ts";

describe("layoutWaffle", () => {
  const widths = [120, 340, 600, 1200];

  it.each(widths)("draws one cell per unit, and each part's value in cells (width %i)", (width) => {
    const layout = layoutWaffle(release.parts, width);
    expect(layout.cells).toHaveLength(524);
    release.parts.forEach((part, i) => {
      expect(layout.cells.filter((c) => c.partIndex === i)).toHaveLength(part.value);
    });
  });

  it.each(widths)("never overlaps cells and keeps every row inside the width (width %i)", (width) => {
    const layout = layoutWaffle(release.parts, width);
    const seen = new Set<string>();
    for (const c of layout.cells) {
      const key = `${c.x},${c.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(c.x + c.size).toBeLessThanOrEqual(width);
      expect(c.size).toBeLessThanOrEqual(layout.step);
      expect(c.size).toBeGreaterThan(0);
    }
    expect(layout.rows * layout.columns).toBeGreaterThanOrEqual(524);
    expect(layout.height).toBe(layout.rows * layout.step);
  });

  it("fills row by row with each part contiguous, in file order", () => {
    const layout = layoutWaffle(release.parts, 340);
    const order = [...layout.cells].sort((a, b) => a.y - b.y || a.x - b.x).map((c) => c.partIndex);
    for (let i = 1; i < order.length; i++) expect(order[i] ?? 0).toBeGreaterThanOrEqual(order[i - 1] ?? 0);
  });

  it("names each part with its count, and marks the derived one", () => {
    const layout = layoutWaffle(release.parts, 340);
    expect(layout.key.map((k) => k.text)).toEqual([
      "54 women",
      "97 children",
      "373 not itemised by any source (524 − 54 − 97) †",
    ]);
    expect(layout.key.map((k) => k.derived)).toEqual([false, false, true]);
  });

  it("draws each part's cells as one path: a closed square per cell, where the cell is", () => {
    const layout = layoutWaffle(release.parts, 340);
    release.parts.forEach((part, i) => {
      const squares = waffleCellsPath(layout.cells, i).match(/M[^M]+/g) ?? [];
      expect(squares).toHaveLength(part.value);
      const cells = layout.cells.filter((c) => c.partIndex === i);
      expect(squares).toEqual(cells.map((c) => `M${c.x},${c.y}h${c.size}v${c.size}h${-c.size}Z`));
    });
  });

  it("insets outlined cells on every side, so they come out the size of filled ones", () => {
    const layout = layoutWaffle(release.parts, 340);
    const outlined = layout.cells.filter((x) => x.partIndex === 2);
    const squares = waffleCellsPath(layout.cells, 2, 0.5).match(/M[^M]+/g) ?? [];
    expect(squares).toEqual(outlined.map((c) => `M${c.x + 0.5},${c.y + 0.5}h${c.size - 1}v${c.size - 1}h${1 - c.size}Z`));
  });
});
