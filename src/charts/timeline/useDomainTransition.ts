import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TimeDomain } from "./time.ts";

const DURATION_MS = 250;

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Programmatic zooms (reset, keys, links) glide to their target in a quarter of
 * a second; under prefers-reduced-motion they jump. Only the timeline redraws
 * while it runs: the store already holds the target. A window set before the
 * first frame (a page opened at a presenter step, say) is simply shown: there
 * is nothing on screen yet to glide from.
 */
export function useDomainTransition(target: TimeDomain, gesture: TimeDomain | null): TimeDomain {
  const [shown, setShown] = useState<TimeDomain>(target);
  const shownRef = useRef(shown);
  const painted = useRef(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      painted.current = true;
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  // A gesture is drawn as it goes; when it settles, the store catches up with
  // what is already on screen, so there is nothing to animate.
  useLayoutEffect(() => {
    if (gesture) shownRef.current = gesture;
  }, [gesture]);
  const [t0, t1] = target;
  // Layout effect: the first frame after a change already shows its start.
  useLayoutEffect(() => {
    const from = shownRef.current;
    if (!painted.current || prefersReducedMotion() || (from[0] === t0 && from[1] === t1)) {
      shownRef.current = [t0, t1];
      setShown([t0, t1]);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const tick = (now: number) => {
      const k = ease(Math.min(1, (now - start) / DURATION_MS));
      const next: TimeDomain = [from[0] + (t0 - from[0]) * k, from[1] + (t1 - from[1]) * k];
      shownRef.current = next;
      setShown(next);
      if (k < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [t0, t1]);
  return gesture ?? shown;
}
