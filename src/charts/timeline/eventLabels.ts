import type { TimelineEvent } from "../../data/schema/events.ts";
import { CALLOUT_GAP, calloutAnchor, calloutCandidateLimit, placeCallouts, type PlacedCallout } from "./callouts.ts";
import { placeLabels, type LabelCandidate, type LabelPlacement, type Obstacle } from "./labels.ts";
import type { PlacedEvent } from "./layout.ts";

// Turns placed events into callout and label candidates (text fitted and
// measured, marks as obstacles) and places them: callouts first, then labels
// around them. An event with a callout gets no label as well.

export interface PlacedLabel extends LabelPlacement {
  /** The event's title, shortened with "…" to the layout's maxLabelWidthPx. */
  readonly text: string;
}

export interface EventLabelContext {
  readonly width: number;
  readonly lanesTop: number;
  readonly eventsTop: number;
  readonly eventsHeight: number;
  readonly laneCount: number;
  readonly laneHeight: number;
  readonly fontPx: number;
  readonly markerRadius: number;
  readonly barHeight: number;
  readonly offset: number;
  /** Lower is placed first. */
  readonly importance: (e: TimelineEvent) => number;
  /** Labels placed first and allowed over other marks (the selected event's). */
  readonly pinned: ReadonlySet<string>;
  readonly labelFor: (e: TimelineEvent) => { text: string; width: number };
  /** Events that already have a callout: no label for them. */
  readonly skip?: ReadonlySet<string>;
  /** More things labels must keep off: callouts, their leaders, cluster pills. */
  readonly obstacles?: readonly Obstacle[];
}

export function placeEventLabels(events: readonly PlacedEvent[], c: EventLabelContext): PlacedLabel[] {
  const { width } = c;
  // A period's label goes by the part of its bar that is in view.
  const obstacles: Obstacle[] = events.map((e) => {
    const half = e.kind === "point" ? c.markerRadius : c.barHeight / 2;
    const [x0, x1] = e.kind === "point" ? [e.cx - half, e.cx + half] : [e.x0, e.x1];
    return { id: e.id, x0, y0: e.y - half, x1, y1: e.y + half };
  });
  // Many more candidates than could ever fit (a zoomed-out view of 50,000 events)
  // only cost time: keep the best few, enough to fill every lane with short labels.
  const limit = Math.ceil(width / 24) * c.laneCount;
  const ranked = events
    .filter((e) => !c.skip?.has(e.id))
    .sort((a, b) => c.importance(a.event) - c.importance(b.event) || a.start - b.start || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  const texts = new Map<string, string>();
  const candidates: LabelCandidate[] = ranked.map((e) => {
    const { text, width: w } = c.labelFor(e.event);
    texts.set(e.id, text);
    const base = { id: e.id, lane: e.lane, width: w, priority: c.importance(e.event), overMarks: c.pinned.has(e.id) };
    return e.kind === "point" ? { ...base, x: e.cx } : { ...base, x: Math.max(0, e.x0), xEnd: Math.min(width, e.x1) };
  });
  const bounds = { x0: 0, y0: c.eventsTop, x1: width, y1: c.eventsTop + c.eventsHeight };
  const placed = placeLabels(candidates, bounds, {
    lanesTop: c.lanesTop, laneHeight: c.laneHeight, labelHeight: Math.round(c.fontPx * 1.2),
    markerRadius: c.markerRadius, offset: c.offset, obstacles: c.obstacles ? [...obstacles, ...c.obstacles] : obstacles,
  });
  return placed.map((p) => ({ ...p, text: texts.get(p.id) ?? "" }));
}

export interface EventCalloutContext {
  readonly width: number;
  readonly top: number;
  readonly rowHeight: number;
  readonly rows: number;
  readonly fontPx: number;
  readonly markerRadius: number;
  readonly barHeight: number;
  /** Events this important get a callout. */
  readonly importance: 1 | 2 | 3;
  /** Go first (the selected event). */
  readonly pinned: ReadonlySet<string>;
  readonly calloutFor: (e: TimelineEvent) => { text: string; width: number };
  /** Marks leaders must not cross besides the events' own markers (cluster pills). */
  readonly obstacles: readonly Obstacle[];
}

/** Callouts for the headline events drawn: pinned first, then the earliest. */
export function placeEventCallouts(events: readonly PlacedEvent[], c: EventCalloutContext): PlacedCallout[] {
  if (c.rows <= 0) return [];
  const markers: Obstacle[] = events
    .filter((e) => e.kind === "point")
    .map((e) => ({ id: e.id, x0: e.cx - c.markerRadius, y0: e.y - c.markerRadius, x1: e.cx + c.markerRadius, y1: e.y + c.markerRadius }));
  const candidates = events
    .filter((e) => (e.event.importance ?? 3) <= c.importance)
    .map((e) => ({ e, x: calloutAnchor(e, c.width), priority: c.pinned.has(e.id) ? 0 : 1 }))
    .sort((a, b) => a.priority - b.priority || a.x - b.x || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, calloutCandidateLimit(c.rows, c.width))
    .map(({ e, x, priority }) => {
      const half = e.kind === "point" ? c.markerRadius : c.barHeight / 2;
      return { id: e.id, x, markTop: e.y - half, priority, ...c.calloutFor(e.event) };
    });
  return placeCallouts(candidates, {
    top: c.top, rowHeight: c.rowHeight, rows: c.rows, width: c.width, textHeight: Math.round(c.fontPx * 1.2), gap: CALLOUT_GAP,
    obstacles: [...markers, ...c.obstacles],
  });
}
