import { formatDateRange } from "../../data/dates.ts";
import { formatCount } from "../../format/number.ts";
import type { ClusterGroup, EventColumns, LaneSelection } from "./clusterLane.ts";
import type { TimeDomain } from "./time.ts";
import { binStartIso, type TimeBins } from "./timeBins.ts";
import { DAY_MS, MIN_SPAN_MS } from "./zoom.ts";

// A cluster: events in view that could not each have a place in the lanes,
// drawn as one pill with a count in the cluster lane (see clusterLane.ts for
// how they are formed). Activating one zooms to clusterExtentDomain, where its
// events spread out into marks or smaller clusters.

export interface PlacedCluster {
  /** Stable while panning: from the bin size and the start of its earliest bin ("cluster-y-2022-01-01"), unique. */
  readonly id: string;
  /** In time order. */
  readonly eventIds: readonly string[];
  readonly size: number;
  /** UTC ms extent of its events: earliest start, latest end. */
  readonly start: number;
  readonly end: number;
  /**
   * The part of [start, end] inside the cluster's bins: where its events' marks
   * would be. clusterExtentDomain zooms here, since one long period among the
   * events would otherwise make [start, end] decades wide.
   */
  readonly focusStart: number;
  readonly focusEnd: number;
  /** The pill, px (may reach a little beyond the view). */
  readonly x0: number;
  readonly x1: number;
  /** Centre of the pill's visible part: where its count goes. */
  readonly cx: number;
  readonly y: number;
  readonly lane: number;
  /** What the pill says: "12 events" when that fits, else "12" (or "1.2k"). */
  readonly text: string;
  /** Most common category first; index into categories, -1 for unknown ones. */
  readonly categoryCounts: readonly { readonly categoryIndex: number; readonly count: number }[];
  readonly dominantCategoryIndex: number;
}

export interface ClusterPlacement {
  readonly selection: LaneSelection;
  readonly columns: EventColumns;
  readonly bins: TimeBins;
  readonly lane: number;
  readonly y: number;
  readonly width: number;
  /** Width of a pill around a text. */
  readonly pillWidth: (text: string) => number;
}

export function placeClusters(groups: readonly ClusterGroup[], p: ClusterPlacement): PlacedCluster[] {
  const { input, start: starts, end: ends, bin } = p.selection;
  const { id: ids, category } = p.columns;
  return groups.map((g) => {
    const size = g.members.length;
    const eventIds = new Array<string>(size);
    // Tallies by category index + 1 (slot 0: unknown); a plain array, since a cluster may hold 50,000 events.
    const counts: number[] = [];
    let [start, end] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    let [firstBin, lastBin] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (let m = 0; m < size; m += 1) {
      const i = g.members[m] ?? 0;
      const at = input[i] ?? 0;
      eventIds[m] = ids[at] ?? "";
      start = Math.min(start, starts[i] ?? start);
      end = Math.max(end, ends[i] ?? end);
      firstBin = Math.min(firstBin, bin[i] ?? firstBin);
      lastBin = Math.max(lastBin, bin[i] ?? lastBin);
      const slot = (category[at] ?? -1) + 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    const categoryCounts = counts
      .flatMap((count, slot) => (count > 0 ? [{ categoryIndex: slot - 1, count }] : []))
      .sort((a, b) => b.count - a.count || a.categoryIndex - b.categoryIndex);
    // "12 events" when the pill can hold it or grow to (into free space in its lane, on screen); else "12".
    const count = formatClusterCount(size);
    const full = `${count} events`;
    const grown = Math.max(g.x1, Math.max(g.x0, 0) + p.pillWidth(full));
    const fits = grown <= Math.min(g.room, p.width);
    const x1 = fits ? grown : g.x1;
    // A group without a pill shares its bin with a pill or another such group: its first event tells it apart.
    const id = `cluster-${p.bins.key}-${binStartIso(p.bins, g.firstBin)}${g.hasPill ? "" : `-${eventIds[0] ?? ""}`}`;
    return {
      id, eventIds, size, start, end,
      focusStart: Math.max(start, p.bins.edges[firstBin] ?? start), focusEnd: Math.min(end, p.bins.edges[lastBin + 1] ?? end),
      x0: g.x0, x1, cx: (Math.max(g.x0, 0) + Math.min(x1, p.width)) / 2, y: p.y, lane: p.lane, text: fits ? full : count,
      categoryCounts, dominantCategoryIndex: categoryCounts[0]?.categoryIndex ?? -1,
    };
  });
}

/**
 * The domain that shows a cluster's events spread out: its focus (see
 * PlacedCluster) padded by padFraction each side, at least 14 days (the
 * deepest zoom). The container still clamps it to the full domain.
 */
export function clusterExtentDomain(cluster: Pick<PlacedCluster, "focusStart" | "focusEnd">, padFraction = 0.1): TimeDomain {
  const { focusStart: start, focusEnd: end } = cluster;
  const pad = Math.max(0, end - start) * Math.max(0, padFraction);
  const d0 = start - pad;
  const d1 = end + pad;
  if (d1 - d0 >= MIN_SPAN_MS) return [d0, d1];
  const centre = (start + end) / 2;
  return [centre - MIN_SPAN_MS / 2, centre + MIN_SPAN_MS / 2];
}

/** "1.2k": at most four characters, rounded down (a pill never claims more than it holds). */
export function formatClusterCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${Math.floor(n / 100) / 10}k`;
  if (n < 1_000_000) return `${Math.floor(n / 1000)}k`;
  return `${Math.floor(n / 100_000) / 10}M`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** "Dec 2022 – Jan 2023", "1990–1994", "3 Jan 2023 – 9 Jan 2023": as precise as the span calls for. */
export function clusterRangeText(cluster: Pick<PlacedCluster, "start" | "end">): string {
  const span = cluster.end - cluster.start;
  const last = Math.max(cluster.start, cluster.end - 1);
  const cut = span >= 2 * 365 * DAY_MS ? 4 : span >= 60 * DAY_MS ? 7 : 10;
  return formatDateRange(iso(cluster.start).slice(0, cut), iso(last).slice(0, cut));
}

/** The accessible name of a cluster's mark. */
export function clusterAriaLabel(cluster: Pick<PlacedCluster, "size" | "start" | "end">): string {
  return `${formatCount(cluster.size)} events, ${clusterRangeText(cluster)}; activate to zoom in`;
}
