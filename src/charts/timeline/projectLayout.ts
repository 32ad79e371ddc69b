import { scaleUtc } from "d3-scale";
import { approximateMeasure } from "../shared/measureText.ts";
import { calloutAnchor } from "./callouts.ts";
import {
  axisParts, DEFAULT_TIMELINE_OPTIONS, type PlacedCluster, type PlacedEvent, type TimelineLayout, type TimelineLayoutInput,
  type TimelineLayoutOptions,
} from "./layout.ts";
import { rectsIntersect, type Rect } from "./labels.ts";
import type { PlacedLabel } from "./eventLabels.ts";
import { clippedExtent } from "./placeEvents.ts";
import { centreOf, eventKind } from "./time.ts";

// Placement (which events get lanes, which merge into clusters, where labels
// and callouts fit) is the costly part of a layout: with 50,000 events in view
// it takes longer than a display frame. During a gesture the timeline may
// instead carry the last placement over to the new domain: every mark is moved
// to its new position, the axis and eras are laid out afresh, and nothing is
// re-placed until the next full layout (see usePlacedLayout for when).

/**
 * `layout` redrawn for input.domain without placing anything again: the same
 * events in the same lanes, the same clusters, labels and callouts, moved with
 * their marks; new ticks and eras. Sizes and vertical positions are kept.
 */
export function projectLayout(layout: TimelineLayout, input: TimelineLayoutInput): TimelineLayout {
  const o = { ...DEFAULT_TIMELINE_OPTIONS, ...input.options };
  const measure = input.measureText ?? approximateMeasure;
  const { width, domain } = input;
  const xScale = scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
  const pxPerMs = width / (domain[1] - domain[0]);
  const toX = (ms: number) => (ms - domain[0]) * pxPerMs;
  // Everything not tied to an event's dates moves as the domain does: x' = a·x + b.
  const a = (layout.domain[1] - layout.domain[0]) / (domain[1] - domain[0]);
  const b = (layout.domain[0] - domain[0]) * pxPerMs;
  const move = (x: number) => a * x + b;

  const moved = new Map<string, { before: PlacedEvent; after: PlacedEvent }>();
  const events = layout.events.map((e) => {
    const rawX0 = toX(e.start);
    const rawX1 = toX(e.end);
    const after: PlacedEvent = {
      ...e, ...clippedExtent(rawX0, rawX1, width), cx: toX(centreOf(e.start, e.end)), kind: eventKind(rawX0, rawX1, o.minPeriodPx),
    };
    moved.set(e.id, { before: e, after });
    return after;
  });
  const clusters = layout.clusters.map((c) => {
    const [x0, x1] = [move(c.x0), move(c.x1)];
    return { ...c, x0, x1, cx: (Math.max(x0, 0) + Math.min(x1, width)) / 2 };
  });
  const kept: Rect[] = [];
  // A label or callout keeps its place beside its mark: it moves as the point of the mark it hangs from.
  const shifted = layout.labels.map((l) => shiftLabel(l, labelShift(l, moved.get(l.id), o.markerRadius)));
  const labels = keepClear(shifted, events, clusters, o, input.pinnedLabelIds);
  const callouts = layout.callouts.flatMap((c) => {
    const m = moved.get(c.id);
    const dx = m ? calloutAnchor(m.after, width) - calloutAnchor(m.before, width) : move(c.x) - c.x;
    const rect = { ...c.rect, x0: c.rect.x0 + dx, x1: c.rect.x1 + dx };
    // Callouts come in priority order: one that now runs into an earlier one's text waits for the next placement.
    if (kept.some((k) => rectsIntersect(k, rect))) return [];
    kept.push(rect);
    return [{ ...c, x: c.x + dx, textX: c.textX + dx, rect, leader: { ...c.leader, x1: c.leader.x1 + dx, x2: c.leader.x2 + dx } }];
  });
  return {
    ...layout, xScale, domain, events, clusters, labels, callouts,
    ...axisParts(input, xScale, measure, o.fontPx),
  };
}

/** How far a label moves: as the side of its mark it sits against (a point's side moves with its centre). */
function labelShift(l: PlacedLabel, m: { before: PlacedEvent; after: PlacedEvent } | undefined, radius: number): number {
  if (!m) return 0;
  const { before, after } = m;
  const side = (e: PlacedEvent) => {
    if (e.kind === "point" || l.position === "above") return e.cx + (l.position === "left" ? -radius : radius);
    if (l.position === "on") return Math.max(0, e.x0);
    return l.position === "left" ? e.x0 : e.x1;
  };
  return side(after) - side(before);
}

/**
 * Zooming out brings marks closer: a label carried over may now cover another
 * label or mark. Such labels are left out until the next placement, first
 * come first served (labels are in priority order), so a label never covers
 * anything, as in a full layout; a pinned label may still cover marks.
 */
function keepClear(
  labels: readonly PlacedLabel[], events: readonly PlacedEvent[], clusters: readonly PlacedCluster[],
  o: TimelineLayoutOptions, pinned: ReadonlySet<string> | undefined,
): PlacedLabel[] {
  const r = o.markerRadius;
  const marks = events.map((e) => ({
    id: e.id,
    rect: e.kind === "point"
      ? { x0: e.cx - r, x1: e.cx + r, y0: e.y - r, y1: e.y + r }
      : { x0: e.x0, x1: e.x1, y0: e.y - o.barHeight / 2, y1: e.y + o.barHeight / 2 },
  }));
  for (const c of clusters) marks.push({ id: c.id, rect: { x0: c.x0, x1: c.x1, y0: c.y - o.laneHeight / 2, y1: c.y + o.laneHeight / 2 } });
  const kept: PlacedLabel[] = [];
  for (const l of labels) {
    if (kept.some((k) => rectsIntersect(k.rect, l.rect))) continue;
    if (!pinned?.has(l.id) && marks.some((m) => m.id !== l.id && rectsIntersect(m.rect, l.rect))) continue;
    kept.push(l);
  }
  return kept;
}

function shiftLabel(l: PlacedLabel, dx: number): PlacedLabel {
  return dx === 0 ? l : { ...l, x: l.x + dx, rect: { ...l.rect, x0: l.rect.x0 + dx, x1: l.rect.x1 + dx } };
}
