import { describe, expect, it } from "vitest";
import { assignLanes, type LaneItem } from "./lanes.ts";
import { seededRandom } from "./syntheticEvents.ts";

const item = (id: string, x0: number, x1: number): LaneItem => ({ id, x0, x1 });
const lanesOf = (items: readonly LaneItem[], gap: number, max?: number) => {
  const result = assignLanes(items, gap, max);
  return Object.fromEntries(items.map((i) => [i.id, result.lanes.get(i.id)]));
};

function randomItems(n: number, seed: number): LaneItem[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const x0 = random() * 1000;
    return item(`i${i}`, x0, x0 + random() * 120);
  });
}

const overlaps = (a: LaneItem, b: LaneItem, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;

describe("assignLanes", () => {
  it.each([
    ["no items", [], 0, {}, 0],
    ["apart", [item("a", 0, 10), item("b", 20, 30)], 4, { a: 0, b: 0 }, 1],
    ["exactly gap apart", [item("a", 0, 10), item("b", 14, 30)], 4, { a: 0, b: 0 }, 1],
    ["closer than the gap", [item("a", 0, 10), item("b", 13, 30)], 4, { a: 0, b: 1 }, 2],
    ["overlapping", [item("a", 0, 10), item("b", 5, 30)], 0, { a: 0, b: 1 }, 2],
    ["the longer of two equal starts goes first", [item("short", 0, 5), item("long", 0, 50)], 2, { long: 0, short: 1 }, 2],
    ["reuses the lowest free lane", [item("a", 0, 100), item("b", 10, 20), item("c", 30, 40), item("d", 50, 200)], 2,
      { a: 0, b: 1, c: 1, d: 1 }, 2],
    ["zero-width points at the same x", [item("a", 5, 5), item("b", 5, 5), item("c", 5, 5)], 1, { a: 0, b: 1, c: 2 }, 3],
  ] as const)("%s", (_name, items, gap, expected, laneCount) => {
    expect(lanesOf(items, gap)).toEqual(expected);
    expect(assignLanes(items, gap).laneCount).toBe(laneCount);
  });

  it("never puts overlapping items (gap included) in the same lane", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const items = randomItems(400, seed);
      const { lanes, overflow } = assignLanes(items, 6);
      expect(overflow.size).toBe(0);
      for (let i = 0; i < items.length; i += 1) {
        for (let j = i + 1; j < items.length; j += 1) {
          const a = items[i];
          const b = items[j];
          if (a && b && overlaps(a, b, 6)) expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
        }
      }
    }
  });

  it("uses as few lanes as the deepest pile-up needs", () => {
    const items = randomItems(300, 9);
    const { laneCount } = assignLanes(items, 0);
    // the most items covering any one item's start (a lower bound that greedy packing meets)
    const depth = Math.max(...items.map((p) => items.filter((q) => q.x0 <= p.x0 && p.x0 < q.x1).length));
    expect(laneCount).toBe(depth);
  });

  it("does not depend on input order", () => {
    const items = randomItems(200, 11);
    const reversed = [...items].reverse();
    expect(lanesOf(reversed, 3)).toEqual(lanesOf(items, 3));
  });

  it("sends what does not fit in maxLanes to the last lane and reports it", () => {
    const items = [item("a", 0, 50), item("b", 10, 60), item("c", 20, 70), item("d", 30, 80), item("e", 100, 110)];
    const result = assignLanes(items, 0, 2);
    expect(result.laneCount).toBe(2);
    expect(lanesOf(items, 0, 2)).toEqual({ a: 0, b: 1, c: 1, d: 1, e: 0 });
    expect([...result.overflow]).toEqual(["c", "d"]);
  });

  it("keeps non-overflowing items apart even with a cap", () => {
    const items = randomItems(400, 21);
    const { lanes, overflow, laneCount } = assignLanes(items, 2, 5);
    expect(laneCount).toBeLessThanOrEqual(5);
    const placed = items.filter((i) => !overflow.has(i.id));
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && overlaps(a, b, 2)) expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
      }
    }
  });
});
