import { eventCodes } from "../../data/derive/eventCodes.ts";
import type { Category, TimelineEvent } from "../../data/schema/events.ts";
import { centreOf, type TimeSlice } from "./time.ts";
import { binCount, binner, type TimeBins } from "./timeBins.ts";

// Semantic zoom: events that cannot each have a place in the lanes merge into
// clusters, drawn in one reserved lane (the lowest) as a pill with a count.
// Nothing is ever drawn twice or hidden: every event in view is either placed
// in a lane or counted in exactly one cluster. Positions are visible-array
// indices (events in time order), so no per-event maps are needed for 50,000.

/** Per-event facts by position in the input array, built once per events array (see placeEvents). */
export interface EventColumns {
  readonly importance: Uint8Array;
  /** Index into categories; -1 for an unknown category. */
  readonly category: Int32Array;
  readonly id: readonly string[];
}

export function eventColumns(events: readonly TimelineEvent[], categories: readonly Category[]): EventColumns {
  const { importance, category } = eventCodes(events, categories);
  return { importance, category, id: events.map((e) => e.id) };
}

/** Facts about the events in view, by visible index: compact arrays, so that 50,000 events are read only once. */
export interface LaneSelection {
  /** Bin of each visible event (by its centre). */
  readonly bin: Int32Array;
  /** 1: goes on to lane packing; 0: clustered straight away. */
  readonly keep: Uint8Array;
  /** Position in the input array (for EventColumns). */
  readonly input: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

/**
 * Which events go into lane packing. A bin holding more events than its lanes
 * could ever show (`capacityOf`) sends only that many, the most important
 * first (then the earliest), and clusters the rest straight away: a
 * zoomed-out view of 50,000 events costs binning, not packing.
 */
export function selectForLanes(
  times: TimeSlice, bins: TimeBins, capacityOf: (bin: number) => number, columns: EventColumns,
): LaneSelection {
  const { input, start, end } = times;
  const n = input.length;
  const bin = new Int32Array(n);
  const keep = new Uint8Array(n).fill(1);
  const bins_ = binCount(bins);
  // Per bin, how many events of each importance (slots 1–3) it holds.
  const levels = new Int32Array(bins_ * 4);
  const binAt = binner(bins);
  for (let i = 0; i < n; i += 1) {
    const b = binAt(centreOf(start[i] as number, end[i] as number));
    bin[i] = b;
    const slot = b * 4 + (columns.importance[input[i] as number] as number);
    levels[slot] = (levels[slot] as number) + 1;
  }
  const selection = { bin, keep, input, start, end };
  // A full bin keeps its most important events, the earliest first within a level: every event
  // above its `cut` level, and the first `atCut` of that level. -1: the bin is not full.
  const cut = new Int32Array(bins_).fill(-1);
  const atCut = new Int32Array(bins_);
  let anyFull = false;
  for (let b = 0; b < bins_; b += 1) {
    const count = (levels[b * 4 + 1] as number) + (levels[b * 4 + 2] as number) + (levels[b * 4 + 3] as number);
    const capacity = capacityOf(b);
    if (count <= capacity) continue;
    anyFull = true;
    let room = Math.max(0, capacity);
    let level = 1;
    while (level <= 3 && room >= (levels[b * 4 + level] as number)) room -= levels[b * 4 + level++] as number;
    cut[b] = level;
    atCut[b] = room;
  }
  if (!anyFull) return selection;
  for (let i = 0; i < n; i += 1) {
    const b = bin[i] as number;
    const c = cut[b] as number;
    if (c < 0) continue;
    const level = columns.importance[input[i] as number] as number;
    if (level < c) continue;
    if (level === c && (atCut[b] as number) > 0) atCut[b] = (atCut[b] as number) - 1;
    else keep[i] = 0;
  }
  return selection;
}

export interface ClusterLaneInput {
  /** From packLanes with maxLanes lanes: -1 for events that did not fit. */
  readonly lane: Int32Array;
  /** From selectForLanes: 0 for events clustered without packing. */
  readonly keep: Uint8Array;
  readonly bin: Int32Array;
  readonly bins: TimeBins;
  readonly maxLanes: number;
  readonly gap: number;
  /** Pixel extent of bin b's pill (inset from its neighbours'). */
  readonly pillExtent: (b: number) => readonly [number, number];
  /** Pixel extent of event i's mark (no label room). */
  readonly markExtent: (i: number) => readonly [number, number];
  /** Least width of a pill counting n events. */
  readonly minPillWidth: (n: number) => number;
}

export interface ClusterGroup {
  readonly x0: number;
  readonly x1: number;
  /** Visible indices, ascending (time order). */
  readonly members: Int32Array;
  /** Names the cluster: the earliest bin of its pills, or of its marks when it has no pill. */
  readonly firstBin: number;
  /** Holds a bin's pill; false for a cluster of a few marks that collided in the cluster lane. */
  readonly hasPill: boolean;
  /** How far right the pill may grow (to hold "12 events"): the next occupant of the lane, less the gap. */
  readonly room: number;
}

interface Occupant {
  readonly x0: number;
  readonly x1: number;
  readonly members: ArrayLike<number>;
  readonly bin: number;
  /** A bin's pill (several events), or one event's own mark. */
  readonly pill: boolean;
}

/**
 * Turns the lowest lane into the cluster lane when anything did not fit: the
 * events that did not fit, and those packed into the lowest lane, become
 * occupants of that lane, a pill per bin (several events) or their own mark
 * (one event); overlapping occupants merge, left to right. A group of one is
 * drawn as itself in the cluster lane; larger groups become clusters.
 * Returns the updated lanes (-1: in a cluster) and the groups.
 */
export function clusterLanes(c: ClusterLaneInput): { lane: Int32Array; laneCount: number; clusterLane: number; groups: ClusterGroup[] } {
  const n = c.lane.length;
  const lane = Int32Array.from(c.lane);
  const last = Math.max(1, Math.floor(c.maxLanes)) - 1;
  // The events left out, grouped by bin (a counting sort: ascending within each bin).
  const bins = binCount(c.bins);
  const offset = new Int32Array(bins + 1);
  let laneCount = 0;
  for (let i = 0; i < n; i += 1) {
    const l = lane[i] as number;
    if (c.keep[i] === 0 || l === -1) {
      const b = (c.bin[i] as number) + 1;
      offset[b] = (offset[b] as number) + 1;
    }
    else if (l + 1 > laneCount) laneCount = l + 1;
  }
  for (let b = 0; b < bins; b += 1) offset[b + 1] = (offset[b + 1] as number) + (offset[b] as number);
  const left = offset[bins] as number;
  if (left === 0) return { lane, laneCount, clusterLane: -1, groups: [] };
  const byBin = new Int32Array(left);
  const fill = offset.slice(0, bins);
  for (let i = 0; i < n; i += 1) {
    if (c.keep[i] === 0 || lane[i] === -1) {
      const b = c.bin[i] as number;
      byBin[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
    }
  }

  const occupants: Occupant[] = [];
  let above = 0;
  for (let i = 0; i < n; i += 1) {
    const l = lane[i] ?? -1;
    if (l === last) occupants.push({ ...extent(c.markExtent(i)), members: [i], bin: c.bin[i] ?? 0, pill: false });
    else if (l >= 0) above = Math.max(above, l + 1);
  }
  for (let b = 0; b < bins; b += 1) {
    const members = byBin.subarray(offset[b], offset[b + 1]);
    if (members.length === 1) occupants.push({ ...extent(c.markExtent(members[0] ?? 0)), members, bin: b, pill: false });
    else if (members.length > 1) occupants.push({ ...extent(c.pillExtent(b)), members, bin: b, pill: true });
  }
  const clusterLane = Math.min(last, above);
  const groups: ClusterGroup[] = [];
  const swept = sweep(occupants, c.gap, c.minPillWidth);
  swept.forEach((g, k) => {
    if (g.members.length === 1) {
      lane[g.members[0] ?? 0] = clusterLane;
      return;
    }
    for (const i of g.members) lane[i] = -1;
    const room = (swept[k + 1]?.x0 ?? Number.POSITIVE_INFINITY) - c.gap;
    groups.push({ x0: g.x0, x1: g.x1, members: g.members, firstBin: g.firstBin, hasPill: g.pill, room });
  });
  return { lane, laneCount: clusterLane + 1, clusterLane, groups };
}

const extent = ([x0, x1]: readonly [number, number]) => ({ x0, x1 });

/**
 * Merges occupants closer than gap, left to right. A mark that touches a pill
 * is counted in it without stretching it (a long bar would otherwise bridge it
 * to the next pill, and the next); a pill arriving on marks takes them in and
 * keeps its extent; marks touching marks become a pill around them, grown
 * rightwards to fit its count.
 */
function sweep(occupants: Occupant[], gap: number, minWidth: (n: number) => number) {
  const sorted = [...occupants].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.bin - b.bin);
  // Members stay in their occupants' arrays (parts) until the sweep is done: a pill of 50,000 is copied once.
  const groups: { x0: number; x1: number; parts: ArrayLike<number>[]; size: number; firstBin: number; pill: boolean }[] = [];
  for (const o of sorted) {
    const g = groups[groups.length - 1];
    if (!g || o.x0 >= g.x1 + gap) {
      groups.push({ x0: o.x0, x1: o.x1, parts: [o.members], size: o.members.length, firstBin: o.bin, pill: o.pill });
    } else {
      if (o.pill && !g.pill) [g.x0, g.x1, g.firstBin] = [o.x0, o.x1, o.bin];
      else if (o.pill === g.pill) [g.x0, g.x1, g.firstBin] = [Math.min(g.x0, o.x0), Math.max(g.x1, o.x1), Math.min(g.firstBin, o.bin)];
      g.parts.push(o.members);
      g.size += o.members.length;
      g.pill ||= o.pill;
    }
    const cur = groups[groups.length - 1];
    if (cur && cur.size > 1) cur.x1 = Math.max(cur.x1, cur.x0 + minWidth(cur.size));
  }
  return groups.map(({ parts, size, ...g }) => ({ ...g, members: ascending(parts, size) }));
}

/** The parts' members in one array, ascending (sorted only when the parts are not already in order). */
function ascending(parts: readonly ArrayLike<number>[], size: number): Int32Array {
  const out = new Int32Array(size);
  let k = 0;
  let sorted = true;
  for (const part of parts) {
    for (let j = 0; j < part.length; j += 1) {
      const m = part[j] as number;
      if (k > 0 && m < (out[k - 1] as number)) sorted = false;
      out[k++] = m;
    }
  }
  return sorted ? out : out.sort();
}
