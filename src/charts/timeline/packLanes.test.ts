import { describe, expect, it } from "vitest";
import { packLanes, type PackItem } from "./packLanes.ts";
import { seededRandom } from "./syntheticEvents.ts";

const item = (i: number, x0: number, x1: number): PackItem => ({ i, x0, x1 });
const lanes = (tiers: PackItem[][], gap: number, max: number, size: number) => [...packLanes(tiers, gap, max, size).lane];

describe("packLanes", () => {
  it("packs one tier greedily, lowest free lane first", () => {
    expect(lanes([[item(0, 0, 10), item(1, 14, 30), item(2, 5, 20), item(3, 40, 50)]], 4, 12, 4)).toEqual([0, 0, 1, 0]);
  });

  it("packs a later tier around the earlier one, in its gaps", () => {
    const headline = item(0, 50, 60);
    const quiet = [item(1, 0, 20), item(2, 30, 45), item(3, 52, 58), item(4, 70, 90)];
    // 2 ends 5 px before the headline: enough (gap 4); 3 sits on it and goes down a lane.
    expect(lanes([[headline], quiet], 4, 12, 5)).toEqual([0, 0, 0, 1, 0]);
  });

  it("gives -1 to what fits nowhere, and never more lanes than allowed", () => {
    const result = packLanes([[item(0, 0, 10)], [item(1, 0, 10), item(2, 0, 10)]], 2, 2, 3);
    expect([...result.lane]).toEqual([0, 1, -1]);
    expect(result.laneCount).toBe(2);
  });

  it("never puts two items closer than the gap in one lane, whatever the tiers", () => {
    const random = seededRandom(9);
    for (let round = 0; round < 20; round += 1) {
      const all = Array.from({ length: 200 }, (_, i) => {
        const x0 = random() * 1000;
        return item(i, x0, x0 + random() * 80);
      });
      const tiers = [all.filter((x) => x.i % 7 === 0), all.filter((x) => x.i % 7 === 1), all.filter((x) => x.i % 7 > 1)];
      const { lane, laneCount } = packLanes(tiers, 3, 9, all.length);
      expect(laneCount).toBeLessThanOrEqual(9);
      for (const a of all) {
        for (const b of all) {
          if (a.i < b.i && lane[a.i] !== -1 && lane[a.i] === lane[b.i]) expect(a.x0 < b.x1 + 3 && b.x0 < a.x1 + 3).toBe(false);
        }
      }
      // A later tier never pushes an earlier one out: the first tier lands as if alone.
      expect(tiers[0]?.map((x) => lane[x.i])).toEqual(tiers[0]?.map((x) => packLanes([tiers[0] ?? []], 3, 9, all.length).lane[x.i]));
    }
  });
});
