import { describe, expect, it } from "vitest";
import type { Breakdown } from "../../data/schema/population.ts";
import { detentions, sexGroup } from "./__fixtures__/population.ts";
import { layoutSmallMultiples } from "./layoutSmallMultiples.ts";

describe("layoutSmallMultiples", () => {
  it("gives every row of a parts group the same 100% scale, labelled by date", () => {
    const layout = layoutSmallMultiples(sexGroup, 600);
    expect(layout.kind).toBe("stacked");
    if (layout.kind !== "stacked") return;
    expect(layout.rows.map((r) => r.label)).toEqual(["2021", "2022", "2023"]);
    for (const row of layout.rows) {
      const first = row.bar.segments[0];
      const last = row.bar.segments[row.bar.segments.length - 1];
      expect(first?.x).toBe(layout.gutter);
      expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(600, 6);
    }
    for (let i = 1; i < layout.rows.length; i++) {
      expect(layout.rows[i]?.y ?? 0).toBeGreaterThan(layout.rows[i - 1]?.y ?? 0);
    }
  });

  it("keeps a label's colour the same in every row", () => {
    const swapped: Breakdown = { ...sexGroup[1], parts: [...(sexGroup[1]?.parts ?? [])].reverse() } as Breakdown;
    const layout = layoutSmallMultiples([sexGroup[0], swapped].filter((b): b is Breakdown => b !== undefined), 600);
    if (layout.kind !== "stacked") throw new Error("expected rows");
    const colourOf = (row: number, label: string) => layout.rows[row]?.bar.segments.find((s) => s.label === label)?.colorIndex;
    expect(colourOf(0, "Female")).toBe(colourOf(1, "Female"));
    expect(colourOf(0, "Male")).toBe(colourOf(1, "Male"));
    expect(layout.key.map((k) => k.label)).toEqual(["Female", "Male"]);
  });

  it("draws comparison panels on one shared scale", () => {
    const half: Breakdown = { ...detentions, id: "half", date: "2024", parts: detentions.parts.map((p) => ({ ...p, value: p.value / 2 })) };
    const layout = layoutSmallMultiples([detentions, half], 500);
    expect(layout.kind).toBe("bars");
    if (layout.kind !== "bars") return;
    expect(layout.maxValue).toBe(1200);
    const [a, b] = layout.panels;
    expect(a?.bars.xMax).toBe(b?.bars.xMax);
    expect(b?.bars.bars[0]?.x1).toBeCloseTo((a?.bars.bars[0]?.x1 ?? 0) / 2, 6);
    expect(layout.panels.map((p) => p.label)).toEqual(["7 Jan 2023", "2024"]);
  });
});
