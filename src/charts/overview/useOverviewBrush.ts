import { useEffect, useRef, useState } from "react";
import { brushSelection, brushX, type BrushBehavior, type BrushSelection, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import type { TimeDomain } from "../timeline/time.ts";
import { brushToDomain, domainToBrush, recentredDomain, timeAtPx, type BrushPx } from "./brushDomain.ts";

// d3-brush only interprets gestures, as d3-zoom does for the timeline: the
// visible domain lives in the container. Outside changes (the main view
// zooming, keys) are pushed back with brush.move, and the events those pushes
// emit (no sourceEvent) are ignored, so they never echo back as onBrush.
//
// Two changes to d3-brush's defaults:
// - A press on the background starts a new, empty selection. Here a click
//   (less than CLICK_PX of movement) recentres the current window instead, and
//   only a drag draws a new one; the window never stays empty.
// - Handles are centred on the edges, so a wide (touch) handle covers a narrow
//   window and it can only be resized, never moved. Here each handle's hit area
//   grows outwards, and reaches inwards at most a quarter of the window.

/** A press that moves less than this is a click. */
export const CLICK_PX = 3;

export interface BrushInfo {
  /** False on every frame of a drag; true once, when it ends (and for clicks and keys). */
  readonly settled: boolean;
}

interface Options {
  readonly width: number;
  readonly height: number;
  readonly fullDomain: TimeDomain;
  /** The window to show when no gesture is running. */
  readonly domain: TimeDomain;
  /** Width of each handle's hit area: 44 on touch screens. */
  readonly handlePx: number;
  readonly onBrush: (domain: TimeDomain, info: BrushInfo) => void;
}

interface Gesture {
  readonly startDomain: TimeDomain;
  /** Pressed on the background, not on the window or a handle. */
  readonly background: boolean;
  readonly pressX: number;
  /** A background press that has moved far enough to draw a new window. */
  drawing: boolean;
  moved: boolean;
  last: readonly [number, number] | null;
}

export function useOverviewBrush(options: Options) {
  const ref = useRef<SVGGElement>(null);
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef(options);
  const gesture = useRef<Gesture | null>(null);
  /** The window's pixels during a gesture (for what React draws around it); null otherwise. */
  const [live, setLive] = useState<BrushPx | null>(null);
  useEffect(() => {
    latest.current = options;
  });

  // By value: a container that rebuilds the same full domain each render must not restart the brush mid-drag.
  const { width, height, handlePx } = options;
  const [f0, f1] = options.fullDomain;
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0 || height <= 0) return;
    const fullDomain: TimeDomain = [f0, f1];
    const g = select(el);
    const b = brushX<unknown>()
      .extent([[0, 0], [width, height]])
      .handleSize(handlePx)
      .keyModifiers(false);
    const show = (d: TimeDomain) => {
      const px = domainToBrush(d, fullDomain, width);
      b.move(g, [px.x0, px.x1]);
    };
    b.on("start.fit brush.fit end.fit", () => fitHandles(el, handlePx, height))
      .on("start", (e: D3BrushEvent<unknown>) => {
        const source: unknown = e.sourceEvent;
        if (!source) return;
        const target = source instanceof Event ? source.target : null;
        const background = target instanceof Element && target.classList.contains("overlay");
        const startDomain = latest.current.domain;
        const pressX = pairOf(e.selection)?.[0] ?? 0;
        gesture.current = { startDomain, background, pressX, drawing: false, moved: false, last: null };
        // d3 has collapsed the window onto the pressed point: keep the old one until the pointer moves.
        if (background) show(startDomain);
      })
      .on("brush", (e: D3BrushEvent<unknown>) => {
        const now = gesture.current;
        const sel = pairOf(e.selection);
        if (!e.sourceEvent || !now || !sel) return;
        if (now.background && !now.drawing) {
          if (sel[1] - sel[0] < CLICK_PX) {
            show(now.startDomain);
            return;
          }
          now.drawing = true;
        }
        now.moved = true;
        now.last = sel;
        setLive({ x0: sel[0], x1: sel[1] });
        latest.current.onBrush(brushToDomain(sel[0], sel[1], fullDomain, width), { settled: false });
      })
      .on("end", (e: D3BrushEvent<unknown>) => {
        const now = gesture.current;
        if (!e.sourceEvent || !now) return;
        gesture.current = null;
        setLive(null);
        const next = settledDomain(now, pairOf(e.selection), fullDomain, width);
        // Snap to what the container will show (clamped, never empty): a programmatic move, ignored above.
        show(next ?? now.startDomain);
        if (next) latest.current.onBrush(next, { settled: true });
      });
    behaviour.current = b;
    g.call(b);
    // d3-brush claims every touch; a vertical swipe over the strip must still scroll the page.
    g.style("touch-action", "pan-y");
    return () => {
      g.on(".brush", null);
      behaviour.current = null;
      gesture.current = null;
    };
  }, [width, height, f0, f1, handlePx]);

  // Keep the brush on the domain shown, except while the user holds it.
  const [d0, d1] = options.domain;
  useEffect(() => {
    const el = ref.current;
    const b = behaviour.current;
    if (!el || !b || gesture.current || width <= 0) return;
    const px = domainToBrush([d0, d1], [f0, f1], width);
    b.move(select(el), [px.x0, px.x1]);
  }, [d0, d1, f0, f1, width, height, handlePx]);

  return { ref, live };
}

/** The domain a gesture ends on; null when nothing changed (a click on the window itself). */
function settledDomain(
  g: Gesture, sel: readonly [number, number] | null, fullDomain: TimeDomain, width: number,
): TimeDomain | null {
  if (g.background && !g.drawing) return recentredDomain(g.startDomain, timeAtPx(g.pressX, fullDomain, width), fullDomain);
  if (!g.moved) return null;
  // d3 empties a window dragged to zero width; take its last position instead (clamped to the minimum span).
  const s = sel && sel[1] > sel[0] ? sel : g.last;
  return s ? brushToDomain(s[0], s[1], fullDomain, width) : g.startDomain;
}

function pairOf(selection: BrushSelection | null): readonly [number, number] | null {
  if (!selection) return null;
  const [a, b] = selection;
  return typeof a === "number" && typeof b === "number" ? [a, b] : null;
}

/** Handles span the strip's height and grow outwards from the window's edges (see the note at the top). */
function fitHandles(el: SVGGElement, hitPx: number, height: number): void {
  const s = pairOf(brushSelection(el));
  if (!s) return;
  const [x0, x1] = s;
  const inward = Math.min(hitPx / 2, (x1 - x0) / 4);
  const g = select(el);
  g.selectAll(".handle").attr("y", 0).attr("height", height).attr("width", hitPx);
  g.select(".handle--w").attr("x", x0 - hitPx + inward);
  g.select(".handle--e").attr("x", x1 - inward);
}
