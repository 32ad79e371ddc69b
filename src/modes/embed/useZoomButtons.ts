import type { EventsDocument } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import type { TimeDomain } from "../../charts/timeline/time.ts";
import { clampDomain, MIN_SPAN_MS } from "../../charts/timeline/zoom.ts";
import { useFullDomain } from "../../charts/timeline/useFullDomain.ts";
import { useActions, useAppStore } from "../../state/store.ts";

// In an embed the wheel belongs to the article, so zooming needs buttons. They
// change the store's domain like the timeline's keys do: about the centre,
// clamped to what the timeline can show. The full domain is worked out exactly
// as Timeline.tsx does, so both agree on what "all of it" is.

/** How much one press narrows (or, inverted, widens) the visible span. */
export const ZOOM_STEP = 0.5;

export interface ZoomButtons {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
  readonly canZoomIn: boolean;
  /** False at the whole span: zoom out and reset would do nothing. */
  readonly canZoomOut: boolean;
}

/** The domain after zooming by factor (< 1 in, > 1 out) about its centre; null means the whole span. */
export function zoomAboutCentre(shown: TimeDomain, factor: number, full: TimeDomain): TimeDomain | null {
  const centre = (shown[0] + shown[1]) / 2;
  const half = ((shown[1] - shown[0]) * factor) / 2;
  const next = clampDomain([centre - half, centre + half], full);
  return next[0] <= full[0] && next[1] >= full[1] ? null : next;
}

export function useZoomButtons(doc: EventsDocument | undefined, series: readonly Series[]): ZoomButtons {
  const stored = useAppStore((s) => s.domain);
  const { setDomain } = useActions();
  const full = useFullDomain(doc, series);
  const shown = stored ? clampDomain(stored, full) : full;
  const whole = shown[0] <= full[0] && shown[1] >= full[1];
  return {
    zoomIn: () => setDomain(zoomAboutCentre(shown, ZOOM_STEP, full)),
    zoomOut: () => setDomain(zoomAboutCentre(shown, 1 / ZOOM_STEP, full)),
    reset: () => setDomain(null),
    canZoomIn: shown[1] - shown[0] > MIN_SPAN_MS + 1,
    canZoomOut: !whole,
  };
}
