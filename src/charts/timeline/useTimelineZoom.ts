import { useEffect, useRef } from "react";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import type { TimeDomain } from "./time.ts";
import { attachTouchPan } from "./touchPan.ts";
import { domainToTransform, transformToDomain, zoomScaleExtent } from "./zoom.ts";

// d3-zoom only interprets gestures; the domain lives in React state and the
// store. Outside changes (reset, URL, keys) are pushed back with zoom.transform,
// and the events those pushes emit (no sourceEvent) are ignored.

export type WheelZoom = "on" | "modifier" | "off";

interface Options {
  readonly width: number;
  readonly height: number;
  readonly fullDomain: TimeDomain;
  /** The domain to show when no gesture is running. */
  readonly domain: TimeDomain;
  readonly wheel: WheelZoom;
  /** Every frame of a gesture: only the timeline redraws. */
  readonly onGesture: (domain: TimeDomain) => void;
  /** When a gesture ends: the store, the URL and linked views update. */
  readonly onSettle: (domain: TimeDomain) => void;
}

export function useTimelineZoom<E extends Element>(options: Options) {
  const ref = useRef<E>(null);
  const behaviour = useRef<ZoomBehavior<E, unknown> | null>(null);
  const latest = useRef(options);
  const gesturing = useRef(false);
  useEffect(() => {
    latest.current = options;
  });

  const { width, height, fullDomain, wheel } = options;
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0) return;
    const z = zoom<E, unknown>()
      .scaleExtent(zoomScaleExtent(fullDomain))
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]])
      .filter((event: Event) => allowGesture(event, latest.current.wheel))
      .on("start", (e: D3ZoomEvent<E, unknown>) => {
        if (e.sourceEvent) gesturing.current = true;
      })
      .on("zoom", (e: D3ZoomEvent<E, unknown>) => {
        if (!e.sourceEvent) return;
        latest.current.onGesture(transformToDomain(e.transform, fullDomain, width));
      })
      .on("end", (e: D3ZoomEvent<E, unknown>) => {
        if (!gesturing.current) return;
        gesturing.current = false;
        latest.current.onSettle(transformToDomain(e.transform, fullDomain, width));
      });
    behaviour.current = z;
    const selection = select(el);
    selection.call(z);
    // d3-zoom cancels every touchmove it sees, which would stop the page from
    // scrolling; so it only gets multi-finger touches (pinch). One finger pans
    // through pointer events, and only sideways: touch-action leaves vertical
    // swipes to the browser, which scrolls the page.
    selection.style("touch-action", "pan-y");
    // At the deepest zoom d3-zoom lets a ctrl/⌘+wheel through, and the browser
    // would zoom the whole host page: a zoom gesture over the chart stays ours.
    const keepZoomWheel = (e: Event) => {
      const w = e as WheelEvent;
      if (latest.current.wheel === "modifier" && (w.ctrlKey || w.metaKey)) w.preventDefault();
    };
    el.addEventListener("wheel", keepZoomWheel, { passive: false });
    const detachPan = attachTouchPan(el, {
      domainAt: () => latest.current.domain,
      width,
      onPan: (d) => latest.current.onGesture(d),
      onEnd: (d) => latest.current.onSettle(d),
      fullDomain,
    });
    return () => {
      selection.on(".zoom", null);
      detachPan();
      el.removeEventListener("wheel", keepZoomWheel);
      behaviour.current = null;
    };
  }, [width, height, fullDomain, wheel]);

  // Keep d3-zoom's idea of the transform in step with the domain shown.
  const [d0, d1] = options.domain;
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (!el || !z || gesturing.current || width <= 0) return;
    const t = domainToTransform([d0, d1], fullDomain, width);
    select(el).call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
  }, [d0, d1, fullDomain, width, wheel]);

  return ref;
}

/** Which pointer events may start a zoom or pan, per mode (embeds never swallow page scroll). */
export function allowGesture(event: Event, wheel: WheelZoom): boolean {
  if (event.type === "touchstart") return (event as TouchEvent).touches.length > 1;
  if (event.type === "wheel") {
    const w = event as WheelEvent;
    if (wheel === "off") return false;
    if (wheel === "modifier") return w.ctrlKey || w.metaKey;
    return true;
  }
  if (event.type === "dblclick") return false;
  const m = event as MouseEvent;
  return !m.button && !(m.ctrlKey && event.type === "mousedown");
}
