import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Category } from "../../data/schema/events.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { layoutTimeline, type TimelineLayout, type TimelineLayoutInput } from "./layout.ts";
import { syntheticEvents } from "./syntheticEvents.ts";
import { mayCarryOver, PLACEMENT, usePlacedLayout } from "./usePlacedLayout.ts";

const categories: Category[] = [{ id: "policy", label: "Policy" }];
const events = syntheticEvents(400, 3);
const utc = (y: number) => Date.UTC(y, 0, 1);
const base: TimelineLayoutInput = { events, categories, domain: [utc(1980), utc(2020)], width: 1000, measureText: approximateMeasure };
/** A layout's numbers: its scale is a new function each time. */
const plain = (l: TimelineLayout | null) => {
  if (!l) return null;
  const { xScale, ...rest } = l;
  return { ...rest, scaleDomain: xScale.domain().map(Number) };
};
const at = (d0: number, d1: number): TimelineLayoutInput => ({ ...base, domain: [d0, d1] });

describe("mayCarryOver", () => {
  const costly = { input: base, costMs: PLACEMENT.budgetMs + 1, at: 1000 };
  const next = at(utc(1981), utc(2019));
  it("carries a costly placement over between frames of a gesture", () => {
    expect(mayCarryOver(costly, next, true, 1000 + PLACEMENT.intervalMs - 1)).toBe(true);
  });
  it("places again when not moving, when placing is cheap, or when the last placement is old", () => {
    expect(mayCarryOver(costly, next, false, 1001)).toBe(false);
    expect(mayCarryOver({ ...costly, costMs: PLACEMENT.budgetMs }, next, true, 1001)).toBe(false);
    expect(mayCarryOver(costly, next, true, 1000 + PLACEMENT.intervalMs)).toBe(false);
    expect(mayCarryOver(null, next, true, 1001)).toBe(false);
  });
  it("places again when anything but the domain changed", () => {
    expect(mayCarryOver(costly, { ...next, width: 999 }, true, 1001)).toBe(false);
    expect(mayCarryOver(costly, { ...next, events: events.slice(1) }, true, 1001)).toBe(false);
    expect(mayCarryOver(costly, { ...next, pinnedLabelIds: new Set(["x"]) }, true, 1001)).toBe(false);
  });
});

describe("usePlacedLayout", () => {
  /** A clock under which each layout seems to take `costMs`: it moves on by that much on every read. */
  function slowClock(costMs: number) {
    let now = 0;
    return () => (now += costMs);
  }

  it("carries a slow placement over during a gesture, and places afresh when it ends", () => {
    const clock = slowClock(PLACEMENT.budgetMs * 2);
    const first = at(utc(1980), utc(2020));
    const { result, rerender } = renderHook(({ input, moving }) => usePlacedLayout(input, moving, clock), {
      initialProps: { input: first, moving: true },
    });
    const placed = result.current;
    expect(plain(placed)).toEqual(plain(layoutTimeline(first)));
    const second = at(utc(1982), utc(2018));
    rerender({ input: second, moving: true });
    // Carried over: the same events in the same lanes, moved to the new domain.
    expect(result.current?.domain).toEqual(second.domain);
    expect(result.current?.events.map((e) => [e.id, e.lane])).toEqual(placed?.events.map((e) => [e.id, e.lane]));
    rerender({ input: second, moving: false });
    expect(plain(result.current)).toEqual(plain(layoutTimeline(second)));
  });

  it("places every frame when placing is cheap", () => {
    const clock = slowClock(PLACEMENT.budgetMs / 2);
    const { result, rerender } = renderHook(({ input }) => usePlacedLayout(input, true, clock), { initialProps: { input: at(utc(1980), utc(2020)) } });
    const second = at(utc(1990), utc(1995));
    rerender({ input: second });
    expect(plain(result.current)).toEqual(plain(layoutTimeline(second)));
  });
});
