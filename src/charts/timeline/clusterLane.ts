import { eventCodes } from "../../data/derive/eventCodes.ts";
import type { Category, TimelineEvent } from "../../data/schema/events.ts";
import type { EventTime } from "./time.ts";
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
  times: readonly EventTime[], bins: TimeBins, capacityOf: (bin: number) => number, columns: EventColumns,
): LaneSelection {
  const n = times.length;
  const bin = new Int32Array(n);
  const input = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const keep = new Uint8Array(n).fill(1);
  const counts = new Int32Array(binCount(bins));
  const binAt = binner(bins);
  // The one pass over the event objects (scattered in memory: reading them is what costs at 50,000).
  for (let i = 0; i < n; i += 1) {
    const t = times[i];
    if (!t) continue;
    const b = binAt(t.centre);
    bin[i] = b;
    input[i] = t.index;
    start[i] = t.start;
    end[i] = t.end;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  const selection = { bin, keep, input, start, end };
  const room = Int32Array.from(counts, (count, b) => (count > capacityOf(b) ? Math.max(0, capacityOf(b)) : -1));
  if (room.every((r) => r < 0)) return selection;
  for (let i = 0; i < n; i += 1) if ((room[bin[i] ?? 0] ?? -1) >= 0) keep[i] = 0;
  for (let level = 1; level <= 3; level += 1) {
    for (let i = 0; i < n; i += 1) {
      const b = bin[i] ?? 0;
      const left = room[b] ?? -1;
      if (left > 0 && columns.importance[input[i] ?? 0] === level) {
        keep[i] = 1;
        room[b] = left - 1;
      }
    }
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
  readonly members: readonly number[];
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
  const perBin: number[][] = Array.from({ length: binCount(c.bins) }, () => []);
  let any = false;
  for (let i = 0; i < n; i += 1) {
    if (c.keep[i] === 0 || lane[i] === -1) {
      perBin[c.bin[i] ?? 0]?.push(i);
      any = true;
    }
  }
  let laneCount = 0;
  for (let i = 0; i < n; i += 1) laneCount = Math.max(laneCount, (lane[i] ?? -1) + 1);
  if (!any) return { lane, laneCount, clusterLane: -1, groups: [] };

  const occupants: Occupant[] = [];
  let above = 0;
  for (let i = 0; i < n; i += 1) {
    const l = lane[i] ?? -1;
    if (l === last) occupants.push({ ...extent(c.markExtent(i)), members: [i], bin: c.bin[i] ?? 0, pill: false });
    else if (l >= 0) above = Math.max(above, l + 1);
  }
  perBin.forEach((members, b) => {
    if (members.length === 1) occupants.push({ ...extent(c.markExtent(members[0] ?? 0)), members, bin: b, pill: false });
    else if (members.length > 1) occupants.push({ ...extent(c.pillExtent(b)), members, bin: b, pill: true });
  });
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
    groups.push({ x0: g.x0, x1: g.x1, members: Int32Array.from(g.members).sort(), firstBin: g.firstBin, hasPill: g.pill, room });
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
  const groups: { x0: number; x1: number; members: number[]; firstBin: number; pill: boolean }[] = [];
  for (const o of sorted) {
    const g = groups[groups.length - 1];
    if (!g || o.x0 >= g.x1 + gap) {
      groups.push({ x0: o.x0, x1: o.x1, members: [...o.members], firstBin: o.bin, pill: o.pill });
    } else {
      if (o.pill && !g.pill) [g.x0, g.x1, g.firstBin] = [o.x0, o.x1, o.bin];
      else if (o.pill === g.pill) [g.x0, g.x1, g.firstBin] = [Math.min(g.x0, o.x0), Math.max(g.x1, o.x1), Math.min(g.firstBin, o.bin)];
      // A loop, not push(...): a pill of 50,000 members would overflow the argument stack.
      for (const m of o.members) g.members.push(m);
      g.pill ||= o.pill;
    }
    const cur = groups[groups.length - 1];
    if (cur && cur.members.length > 1) cur.x1 = Math.max(cur.x1, cur.x0 + minWidth(cur.members.length));
  }
  return groups;
}
