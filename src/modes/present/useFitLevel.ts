import { useLayoutEffect, useState } from "react";

interface Fit {
  readonly key: string;
  readonly level: number;
  /** The box's height when this level was chosen. */
  readonly height: number;
}

/**
 * Steps a slide's box down through denser levels (0 = everything at full size)
 * until its content fits, so nothing scrolls or spills on a small projector.
 * The page's CSS says what each level gives up (see present.css, data-*-fit).
 * It starts again from 0 when `resetKey` changes (a new step, a new size) or
 * when the box grows (the timeline beside it settles to a smaller height):
 * levels change only the content, never the box, so this cannot oscillate.
 * Returns the level, and the callback to pass as the box's ref.
 */
export function useFitLevel<T extends HTMLElement>(maxLevel: number, resetKey: string): [number, (box: T | null) => void] {
  const [fit, setFit] = useState<Fit>({ key: resetKey, level: 0, height: 0 });
  const level = fit.key === resetKey ? fit.level : 0;
  // The element in state, not a ref: the effect below must re-run when it mounts.
  const [box, setBox] = useState<T | null>(null);

  // After every render at this level, and whenever the box or a child changes
  // size (a chart appears once it has measured its width), measure again.
  // Observing starts with a first report, so each level is measured at least once.
  useLayoutEffect(() => {
    if (!box || typeof ResizeObserver === "undefined") return;
    const check = () => {
      const height = box.clientHeight;
      const overflows = box.scrollHeight > height + 1 || box.scrollWidth > box.clientWidth + 1;
      setFit((f) => {
        const current = f.key === resetKey ? f : { key: resetKey, level: 0, height };
        if (height > current.height + 1 && current.level > 0) return { key: resetKey, level: 0, height };
        if (!overflows || current.level >= maxLevel) return current === f ? f : current;
        return { key: resetKey, level: current.level + 1, height };
      });
    };
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, [box, level, maxLevel, resetKey]);

  return [level, setBox];
}
