import { useMemo, useState } from "react";
import { layoutTimeline, type TimelineLayout, type TimelineLayoutInput } from "./layout.ts";
import { projectLayout } from "./projectLayout.ts";

/**
 * While a gesture runs, a layout that took longer than budgetMs is placed
 * again at most every intervalMs; the frames between carry the last placement
 * over to the new domain (projectLayout). Map libraries place their labels the
 * same way, on a clock rather than every frame. A cheap layout (the bundled
 * data's takes well under a millisecond) is placed on every frame, and every
 * layout is placed afresh once the gesture ends.
 */
export const PLACEMENT = { budgetMs: 4, intervalMs: 120 } as const;

interface Placed {
  readonly layout: TimelineLayout;
  readonly input: TimelineLayoutInput;
  readonly costMs: number;
  readonly at: number;
}

/** Whether a frame may carry `last` over instead of placing again. */
export function mayCarryOver(
  last: Pick<Placed, "input" | "costMs" | "at"> | null, input: TimelineLayoutInput, moving: boolean, now: number,
  limits: { readonly budgetMs: number; readonly intervalMs: number } = PLACEMENT,
): boolean {
  if (!moving || !last || last.costMs <= limits.budgetMs || now - last.at >= limits.intervalMs) return false;
  // Only the domain may differ: other events, another width or a new selection need a real placement.
  const a = last.input;
  return a.events === input.events && a.categories === input.categories && a.eras === input.eras && a.width === input.width
    && a.height === input.height && a.measureText === input.measureText && a.pinnedLabelIds === input.pinnedLabelIds
    && a.options === input.options;
}

/**
 * A layout function that remembers its last placement: layoutTimeline(input),
 * or while `moving`, that placement carried over when placing again would cost a frame.
 */
export function placer(clock: () => number = () => performance.now()) {
  let last: Placed | null = null;
  return (input: TimelineLayoutInput, moving: boolean): TimelineLayout => {
    const now = clock();
    if (last && mayCarryOver(last, input, moving, now)) return projectLayout(last.layout, input);
    const layout = layoutTimeline(input);
    last = { layout, input, costMs: clock() - now, at: now };
    return layout;
  };
}

/** placer() for a component: one per timeline, laid out again when the input or `moving` changes. */
export function usePlacedLayout(
  input: TimelineLayoutInput | null, moving: boolean, clock?: () => number,
): TimelineLayout | null {
  const [place] = useState(() => placer(clock));
  return useMemo(() => (input ? place(input, moving) : null), [place, input, moving]);
}
