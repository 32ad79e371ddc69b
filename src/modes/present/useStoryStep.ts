import { useCallback, useLayoutEffect, useRef } from "react";
import { clampStep, type StoryStep } from "../../data/derive/story.ts";
import { useActions, useAppStore } from "../../state/store.ts";

export interface StoryPosition {
  /** 1-based, within 1..count (1 when there are no steps). */
  readonly current: number;
  readonly count: number;
  readonly step: StoryStep | undefined;
  /** Goes to a 1-based step (clamped); one history entry, so Back returns to the step before. */
  readonly go: (n: number) => void;
}

const keyOf = (n: number, target: StoryStep) => `${n}:${target.event.id}:${target.frame.join("-")}`;

/**
 * The presenter's position in the story, from the store's ui.step (the URL's
 * ?step=), and the way to move it. A step decides the timeline's window and
 * its selected event, so all three change in one store update: the URL sync
 * then writes one history entry per step, and Back lands on a whole step
 * (separate setStep, setDomain and selectEvent calls would each push one).
 */
export function useStoryStep(steps: readonly StoryStep[]): StoryPosition {
  const { showStep } = useActions();
  const stored = useAppStore((s) => s.ui.step);
  const count = steps.length;
  const current = clampStep(stored, count);
  const step = steps[current - 1];
  // The step (and window) last put in the store.
  const shown = useRef<string | null>(null);

  const show = useCallback(
    (n: number, target: StoryStep, writeStep: boolean) => {
      shown.current = keyOf(n, target);
      showStep(writeStep ? n : null, target.frame, target.event.id);
    },
    [showStep],
  );

  // On arrival, after Back/Forward, or when the data changes: frame the current
  // step. An unchosen step stays unwritten (step 1 is the default, and writing
  // it would add a history entry); one out of range is corrected in the same update.
  // A layout effect, so that a page opened at a step never paints another window first.
  useLayoutEffect(() => {
    if (!step || shown.current === keyOf(current, step)) return;
    show(current, step, stored !== null && stored !== current);
  }, [current, step, stored, show]);

  const go = useCallback(
    (n: number) => {
      const next = clampStep(n, count);
      const target = steps[next - 1];
      if (!target || next === current) return;
      show(next, target, true);
    },
    [count, current, steps, show],
  );
  return { current, count, step, go };
}
