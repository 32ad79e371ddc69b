import { describe, expect, it } from "vitest";
import { approximateMeasure } from "../shared/measureText.ts";
import {
  compareCandidates, DEFAULT_LABEL_GEOMETRY, fitLabelText, inflate, labelOptions, placeLabels, rectsIntersect,
  type LabelCandidate, type LabelGeometry, type Obstacle, type Rect,
} from "./labels.ts";
import { seededRandom } from "./syntheticEvents.ts";

const BOUNDS: Rect = { x0: 0, y0: 0, x1: 600, y1: 5 * 22 };
const G: LabelGeometry = { ...DEFAULT_LABEL_GEOMETRY, lanesTop: 0 };

function randomCandidates(n: number, seed: number): LabelCandidate[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const x = random() * 600;
    const period = random() < 0.2;
    const base = { id: `l${i}`, x, lane: Math.floor(random() * 5), width: 20 + random() * 160, priority: 1 + Math.floor(random() * 3) };
    return period ? { ...base, xEnd: x + random() * 80 } : base;
  });
}

function markerRect(c: LabelCandidate, g: LabelGeometry): Obstacle {
  const cy = g.lanesTop + (c.lane + 0.5) * g.laneHeight;
  return { id: c.id, x0: c.x - g.markerRadius, y0: cy - g.markerRadius, x1: (c.xEnd ?? c.x) + g.markerRadius, y1: cy + g.markerRadius };
}

const within = (r: Rect, b: Rect) => r.x0 >= b.x0 && r.x1 <= b.x1 && r.y0 >= b.y0 && r.y1 <= b.y1;

describe("placeLabels", () => {
  it.each([
    ["a lone label goes right of its marker", [{ id: "a", x: 100, lane: 1, width: 50, priority: 1 }], "right"],
    ["near the right edge it goes left", [{ id: "a", x: 580, lane: 1, width: 50, priority: 1 }], "left"],
    ["a short period's label goes right of the bar's end", [{ id: "a", x: 100, xEnd: 140, lane: 1, width: 50, priority: 1 }], "right"],
    ["a long period's label goes on the bar", [{ id: "a", x: 100, xEnd: 300, lane: 1, width: 50, priority: 1 }], "on"],
  ] as const)("%s", (_name, candidates: readonly LabelCandidate[], position) => {
    const [placed] = placeLabels(candidates, BOUNDS, G);
    const [c] = candidates;
    expect(placed?.position).toBe(position);
    if (c && placed?.position === "right") expect(placed.rect.x0).toBe((c.xEnd ?? c.x) + G.markerRadius + G.offset);
    if (c && placed?.position === "left") expect(placed.rect.x1).toBe(c.x - G.markerRadius - G.offset);
  });

  it("goes above when both sides are taken, and is dropped when above is taken too", () => {
    const blockers: LabelCandidate[] = [
      { id: "leftBlock", x: 10, lane: 1, width: 70, priority: 1 },
      { id: "rightBlock", x: 110, lane: 1, width: 100, priority: 1 },
    ];
    const target: LabelCandidate = { id: "t", x: 100, lane: 1, width: 40, priority: 2 };
    const placed = placeLabels([target, ...blockers], BOUNDS, G);
    expect(placed.find((p) => p.id === "t")?.position).toBe("above");
    const aboveBlock: LabelCandidate = { id: "aboveBlock", x: 60, lane: 0, width: 80, priority: 1 };
    const again = placeLabels([target, ...blockers, aboveBlock], BOUNDS, G);
    expect(again.map((p) => p.id)).not.toContain("t");
  });

  it("drops a label that fits nowhere inside the bounds rather than clip it", () => {
    expect(placeLabels([{ id: "wide", x: 300, lane: 0, width: 700, priority: 1 }], BOUNDS, G)).toEqual([]);
  });

  it("puts a label on its own bar but never on another's", () => {
    const bar: LabelCandidate = { id: "bar", x: 100, xEnd: 400, lane: 0, width: 60, priority: 2 };
    const point: LabelCandidate = { id: "pt", x: 80, lane: 0, width: 40, priority: 1 };
    const obstacles = [markerRect(bar, G), markerRect(point, G)];
    const placed = placeLabels([bar, point], { x0: 0, y0: 0, x1: 600, y1: 22 }, { ...G, obstacles });
    // right of the point would cover the bar
    expect(placed.map((p) => [p.id, p.position])).toEqual([["pt", "left"], ["bar", "on"]]);
    expect(placed[1]?.rect.x0).toBe(100 + G.offset);
  });

  it("lets an overMarks label cover marks, but not labels", () => {
    const crowd: LabelCandidate[] = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, x: 20 + i * 12, lane: 0, width: 0, priority: 3 }));
    const obstacles = crowd.map((c) => markerRect(c, G));
    const bounds = { x0: 0, y0: 0, x1: 600, y1: 22 };
    const target = { id: "sel", x: 60, lane: 0, width: 60, priority: 0 };
    expect(placeLabels([target], bounds, { ...G, obstacles })).toEqual([]);
    expect(placeLabels([{ ...target, overMarks: true }], bounds, { ...G, obstacles }).map((p) => p.position)).toEqual(["right"]);
    const blocker = { id: "b", x: 100, lane: 0, width: 200, priority: -1, overMarks: true };
    const both = placeLabels([{ ...target, overMarks: true }, blocker], { ...bounds, x1: 320 }, { ...G, obstacles });
    expect(both.map((p) => p.id)).toEqual(["b"]);
  });

  it("never places two labels that touch, nor a label on a marker, nor outside the bounds", () => {
    for (const seed of [1, 2, 3, 4]) {
      const candidates = randomCandidates(80, seed);
      const obstacles = candidates.map((c) => markerRect(c, G));
      const placed = placeLabels(candidates, BOUNDS, { ...G, obstacles });
      expect(placed.length).toBeGreaterThanOrEqual(5);
      placed.forEach((a, i) => {
        expect(within(a.rect, BOUNDS)).toBe(true);
        for (const o of obstacles.filter((m) => m.id !== a.id)) {
          expect(rectsIntersect(inflate(a.rect, G.labelGap - 1e-9), o)).toBe(false);
        }
        for (const b of placed.slice(i + 1)) expect(rectsIntersect(inflate(a.rect, G.labelGap - 1e-9), b.rect)).toBe(false);
      });
    }
  });

  it("drops a label only for labels that rank above it", () => {
    for (const seed of [5, 6, 7]) {
      const candidates = randomCandidates(80, seed);
      const obstacles = candidates.map((c) => markerRect(c, G));
      const placed = placeLabels(candidates, BOUNDS, { ...G, obstacles });
      expect(placed.length).toBeGreaterThanOrEqual(5);
      expect(placed.length).toBeLessThan(candidates.length);
      const placedIds = new Set(placed.map((p) => p.id));
      const byId = new Map(candidates.map((c) => [c.id, c]));
      for (const dropped of candidates.filter((c) => !placedIds.has(c.id))) {
        for (const option of labelOptions(dropped, G)) {
          if (!within(option.rect, BOUNDS)) continue;
          const grown = inflate(option.rect, G.labelGap);
          const blockers = placed.filter((p) => rectsIntersect(grown, p.rect));
          const blockedByMark = obstacles.some((o) => o.id !== dropped.id && rectsIntersect(grown, o));
          expect(blockedByMark || blockers.length > 0).toBe(true);
          if (!blockedByMark) {
            // some label that ranks above the dropped one is in the way
            expect(blockers.some((b) => compareCandidates(byId.get(b.id) ?? dropped, dropped) < 0)).toBe(true);
          }
        }
      }
    }
  });

  it("keeps the headline when a lesser label wants the same place", () => {
    const minor: LabelCandidate = { id: "minor", x: 100, lane: 0, width: 80, priority: 3 };
    const headline: LabelCandidate = { id: "headline", x: 100, lane: 0, width: 80, priority: 1 };
    const placed = placeLabels([minor, headline], { x0: 0, y0: 0, x1: 200, y1: 22 }, G);
    expect(placed.map((p) => p.id)).toEqual(["headline", "minor"]);
    expect(placed.map((p) => p.position)).toEqual(["right", "left"]);
  });

  it("does not depend on the candidates' order", () => {
    const candidates = randomCandidates(200, 13);
    const a = placeLabels(candidates, BOUNDS, G);
    const b = placeLabels([...candidates].reverse(), BOUNDS, G);
    expect(b).toEqual(a);
  });
});

describe("fitLabelText", () => {
  const m = approximateMeasure; // 6.6 px per character at 12 px
  it.each([
    ["Soviet withdrawal", 200, "Soviet withdrawal"],
    ["Soviet troops complete their withdrawal", 100, "Soviet troops…"],
    ["Soviet troops, then more", 100, "Soviet troops…"],
    ["Supercalifragilistic", 60, "Supercal…"],
    ["Anything", 5, ""],
  ])("%j in %ipx → %j", (text, width, expected) => {
    const fitted = fitLabelText(text, width, m, 12);
    expect(fitted).toBe(expected);
    expect(m(fitted, 12)).toBeLessThanOrEqual(width);
  });
});
