import type { TimeDomain } from "./time.ts";
import { clampDomain } from "./zoom.ts";

interface Options {
  /** The domain shown when the finger went down. */
  readonly domainAt: () => TimeDomain;
  readonly width: number;
  readonly fullDomain: TimeDomain;
  readonly onPan: (domain: TimeDomain) => void;
  readonly onEnd: (domain: TimeDomain) => void;
}

/** The domain after dragging `dx` pixels: content follows the finger. */
export function pannedDomain(start: TimeDomain, dx: number, width: number, full: TimeDomain): TimeDomain {
  const msPerPx = (start[1] - start[0]) / width;
  return clampDomain([start[0] - dx * msPerPx, start[1] - dx * msPerPx], full);
}

/**
 * One-finger pan for touch screens. The element's touch-action (pan-y) gives
 * vertical swipes to the browser, which then cancels the pointer; sideways
 * moves stay ours. Returns a function that detaches the listeners.
 */
export function attachTouchPan(el: Element, o: Options): () => void {
  let drag: { id: number; x: number; start: TimeDomain; last: TimeDomain } | null = null;
  const down = (e: Event) => {
    const p = e as PointerEvent;
    if (p.pointerType !== "touch" || !p.isPrimary) return;
    const start = o.domainAt();
    drag = { id: p.pointerId, x: p.clientX, start, last: start };
  };
  const move = (e: Event) => {
    const p = e as PointerEvent;
    if (!drag || p.pointerId !== drag.id) return;
    drag.last = pannedDomain(drag.start, p.clientX - drag.x, o.width, o.fullDomain);
    o.onPan(drag.last);
  };
  const end = (e: Event) => {
    const p = e as PointerEvent;
    if (!drag || p.pointerId !== drag.id) return;
    const moved = drag.last !== drag.start;
    const last = drag.last;
    drag = null;
    if (moved) o.onEnd(last);
  };
  el.addEventListener("pointerdown", down);
  el.addEventListener("pointermove", move);
  el.addEventListener("pointerup", end);
  el.addEventListener("pointercancel", end);
  return () => {
    el.removeEventListener("pointerdown", down);
    el.removeEventListener("pointermove", move);
    el.removeEventListener("pointerup", end);
    el.removeEventListener("pointercancel", end);
  };
}
