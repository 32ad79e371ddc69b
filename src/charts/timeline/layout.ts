import { scaleUtc, type ScaleTime } from "d3-scale";
import type { Category, Era, TimelineEvent } from "../../data/schema/events.ts";
import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";
import { placeEras, type PlacedEra } from "./eras.ts";
import { placeEventLabels, type PlacedLabel } from "./eventLabels.ts";
import { assignLanes } from "./lanes.ts";
import { measuredLabel } from "./labelText.ts";
import { timeTicks, type Tick } from "./ticks.ts";
import { eventKind, eventTimes, visibleEventTimes, type EventTimes, type TimeDomain } from "./time.ts";

// The timeline, top to bottom: a row of era labels, the event lanes, the time
// axis. Everything here is pixels for the visible domain; the view only draws.

export interface TimelineLayoutOptions {
  readonly laneHeight: number;
  readonly fontPx: number;
  /** Half a point marker's size; also the clearance kept around marks. */
  readonly markerRadius: number;
  readonly barHeight: number;
  /** Space above the first lane and below the last. */
  readonly lanePadding: number;
  readonly eraRowHeight: number;
  readonly axisHeight: number;
  /** Lane cap when no height is given. */
  readonly maxLanes: number;
  /** Least space between marks in one lane. */
  readonly laneGapPx: number;
  /** Narrower than this, an event is a point at its centre. */
  readonly minPeriodPx: number;
  readonly maxLabelWidthPx: number;
  /** Events this important (1 = headline) keep room for their label when lanes are packed. */
  readonly reserveLabelImportance: 1 | 2 | 3;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineLayoutOptions = {
  laneHeight: 22, fontPx: 12, markerRadius: 5, barHeight: 8, lanePadding: 6, eraRowHeight: 20, axisHeight: 28,
  maxLanes: 12, laneGapPx: 4, minPeriodPx: 6, maxLabelWidthPx: 220, reserveLabelImportance: 1,
};

export interface TimelineLayoutInput {
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly eras?: readonly Era[];
  /** Visible domain, UTC ms. */
  readonly domain: TimeDomain;
  readonly width: number;
  /** Fixed total height: lanes are capped to what fits. Without it the layout grows with its lanes. */
  readonly height?: number;
  readonly measureText?: MeasureText;
  /** Labels to place before all others, over other marks if need be (the selected event's); lanes ignore this. */
  readonly pinnedLabelIds?: ReadonlySet<string>;
  readonly options?: Partial<TimelineLayoutOptions>;
}

export interface PlacedEvent {
  readonly id: string;
  readonly event: TimelineEvent;
  /** The event's period, UTC ms: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Pixel extent of the period, clipped to a little beyond the view (huge coordinates upset SVG). */
  readonly x0: number;
  readonly x1: number;
  /** The period continues beyond the view's left / right edge. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  /** Centre of the period: where a point marker goes. */
  readonly cx: number;
  readonly lane: number;
  /** Vertical centre of the lane. */
  readonly y: number;
  readonly kind: "point" | "period";
  /** Index into categories; -1 for an unknown category (draw it grey). */
  readonly categoryIndex: number;
  /** Did not fit in the lanes available: shares the last lane, possibly overlapping. */
  readonly overflow: boolean;
}

export type { PlacedEra, PlacedLabel, Tick };

export interface TimelineLayout {
  readonly xScale: ScaleTime<number, number>;
  readonly domain: TimeDomain;
  readonly width: number;
  readonly height: number;
  readonly ticks: Tick[];
  readonly eras: PlacedEra[];
  /** Visible events in start order. */
  readonly events: PlacedEvent[];
  /** In priority order: the first ones matter most. */
  readonly labels: PlacedLabel[];
  readonly laneCount: number;
  readonly laneHeight: number;
  /** Top of the events area (below the era label row). */
  readonly eventsTop: number;
  readonly eventsHeight: number;
  /** Where the time axis line goes. */
  readonly axisY: number;
}

const CLIP_MARGIN = 16;
const LABEL_OFFSET = 4;
// Building the index sorts every event: done once per events array, not per zoom frame.
const indexes = new WeakMap<readonly TimelineEvent[], EventTimes>();

function indexOf(events: readonly TimelineEvent[]): EventTimes {
  let index = indexes.get(events);
  if (!index) {
    index = eventTimes(events);
    indexes.set(events, index);
  }
  return index;
}

export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const o: TimelineLayoutOptions = { ...DEFAULT_TIMELINE_OPTIONS, ...input.options };
  const { width, domain } = input;
  const measure = input.measureText ?? approximateMeasure;
  const pinned = input.pinnedLabelIds ?? new Set<string>();
  const xScale = scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
  const eventsTop = o.eraRowHeight;
  const maxLanes = input.height === undefined
    ? o.maxLanes
    : Math.max(1, Math.floor((input.height - eventsTop - o.axisHeight - 2 * o.lanePadding) / o.laneHeight));

  const categoryIndex = new Map(input.categories.map((c, i) => [c.id, i]));
  const lo = -CLIP_MARGIN;
  const hi = width + CLIP_MARGIN;
  // The same map as xScale, inlined: it runs three times per visible event on every frame.
  const pxPerMs = width / (domain[1] - domain[0]);
  const toX = (ms: number) => (ms - domain[0]) * pxPerMs;
  const visible = visibleEventTimes(indexOf(input.events), domain).map((t) => {
    const rawX0 = toX(t.start);
    const rawX1 = toX(t.end);
    const kind = eventKind(rawX0, rawX1, o.minPeriodPx);
    const cx = toX(t.centre);
    const markX0 = kind === "point" ? cx - o.markerRadius : rawX0;
    const markX1 = kind === "point" ? cx + o.markerRadius : rawX1;
    return { t, rawX0, rawX1, kind, cx, markX0, markX1 };
  });
  // Pinning only moves a label up the queue: lanes ignore it, so selecting an event never moves marks.
  const importance = (e: TimelineEvent) => (pinned.has(e.id) ? 0 : (e.importance ?? 3));
  const labelFor = (e: TimelineEvent) => measuredLabel(e.title, o.maxLabelWidthPx, measure, o.fontPx);

  const { lanes, laneCount, overflow } = assignLanes(
    visible.map((v) => {
      const reserve = (v.t.event.importance ?? 3) <= o.reserveLabelImportance
        ? o.markerRadius + LABEL_OFFSET + labelFor(v.t.event).width : 0;
      return { id: v.t.event.id, x0: Math.max(lo, v.markX0), x1: Math.min(hi, v.markX1) + reserve };
    }),
    o.laneGapPx,
    maxLanes,
  );
  const usedLanes = Math.max(1, laneCount);
  const lanesTop = eventsTop + o.lanePadding;
  const eventsHeight = input.height === undefined
    ? usedLanes * o.laneHeight + 2 * o.lanePadding
    : Math.max(0, input.height - eventsTop - o.axisHeight);

  const events: PlacedEvent[] = visible.map((v) => {
    const lane = lanes.get(v.t.event.id) ?? 0;
    return {
      id: v.t.event.id, event: v.t.event, start: v.t.start, end: v.t.end,
      x0: Math.max(lo, v.rawX0), x1: Math.min(hi, v.rawX1), clippedStart: v.rawX0 < lo, clippedEnd: v.rawX1 > hi,
      cx: v.cx, lane, y: lanesTop + (lane + 0.5) * o.laneHeight, kind: v.kind,
      categoryIndex: categoryIndex.get(v.t.event.category) ?? -1, overflow: overflow.has(v.t.event.id),
    };
  });

  const labels = placeEventLabels(events, {
    width, lanesTop, eventsTop, eventsHeight, laneCount: usedLanes, importance, labelFor, pinned,
    laneHeight: o.laneHeight, fontPx: o.fontPx, markerRadius: o.markerRadius, barHeight: o.barHeight, offset: LABEL_OFFSET,
  });
  const eras = placeEras(input.eras ?? [], xScale, domain, width, measure, { fontPx: o.fontPx, paddingPx: 4 });
  const ticks = timeTicks(domain, width, measure, { fontPx: o.fontPx });
  const axisY = eventsTop + eventsHeight;
  return {
    xScale, domain, width, height: axisY + o.axisHeight, ticks, eras, events, labels,
    laneCount: usedLanes, laneHeight: o.laneHeight, eventsTop, eventsHeight, axisY,
  };
}
