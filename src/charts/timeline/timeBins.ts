import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";
import type { TimeDomain } from "./time.ts";

// Calendar bins for clustering. Their edges are fixed in time (1 Jan, the 1st
// of a month, a Monday…) and the bin size depends only on the zoom level
// (px per ms), never on where the view starts: panning slides the same bins
// across the screen instead of re-cutting them, so clusters do not jitter.

const DAY = 86_400_000;

interface BinSize {
  /** Short and stable: goes into cluster ids. */
  readonly key: string;
  readonly interval: TimeInterval;
  /** The shortest bin of this size (February, a common year): the size is chosen so that even it is wide enough. */
  readonly minMs: number;
}

const halfMonth = utcDay.filter((d) => d.getUTCDate() === 1 || d.getUTCDate() === 16);
const months = (n: number) => utcMonth.every(n) ?? utcMonth;
const years = (n: number) => utcYear.every(n) ?? utcYear;

const SIZES: readonly BinSize[] = [
  { key: "d", interval: utcDay, minMs: DAY },
  { key: "w", interval: utcMonday, minMs: 7 * DAY },
  { key: "hm", interval: halfMonth, minMs: 13 * DAY },
  { key: "m", interval: utcMonth, minMs: 28 * DAY },
  { key: "2m", interval: months(2), minMs: 59 * DAY },
  { key: "3m", interval: months(3), minMs: 90 * DAY },
  { key: "6m", interval: months(6), minMs: 181 * DAY },
  { key: "y", interval: utcYear, minMs: 365 * DAY },
  { key: "2y", interval: years(2), minMs: 730 * DAY },
  { key: "5y", interval: years(5), minMs: 1826 * DAY },
  { key: "10y", interval: years(10), minMs: 3652 * DAY },
  { key: "20y", interval: years(20), minMs: 7304 * DAY },
  { key: "50y", interval: years(50), minMs: 18_262 * DAY },
  { key: "100y", interval: years(100), minMs: 36_524 * DAY },
];

export interface TimeBins {
  /** Which bin size: "d", "w", "hm" (half month), "m", "2m", … "100y". */
  readonly key: string;
  /** Bin k is [edges[k], edges[k + 1]), UTC ms; the first and last bins may reach beyond the domain. */
  readonly edges: readonly number[];
  /** The domain the bins cover. */
  readonly domain: TimeDomain;
}

/** The finest calendar bins at least minBinPx wide at pxPerMs, covering the domain. */
export function timeBinsFor(domain: TimeDomain, pxPerMs: number, minBinPx: number): TimeBins {
  const size = SIZES.find((s) => s.minMs * pxPerMs >= minBinPx) ?? SIZES[SIZES.length - 1] ?? SIZES[0];
  const interval = size?.interval ?? utcYear;
  const start = interval.floor(new Date(domain[0]));
  // range() starts at `start` (a boundary) and stops before domain[1]: one more edge closes the last bin.
  const edges = interval.range(start, new Date(domain[1])).map((d) => d.getTime());
  if (edges.length === 0) edges.push(start.getTime());
  edges.push(interval.offset(new Date(edges[edges.length - 1] ?? start.getTime()), 1).getTime());
  return { key: size?.key ?? "y", edges, domain };
}

export function binCount(bins: TimeBins): number {
  return Math.max(0, bins.edges.length - 1);
}

/**
 * The bin of an instant, clamped into the domain first: a period that starts
 * or ends off screen is binned where it is visible, and every event in view
 * gets a bin in view.
 */
export function binOf(bins: TimeBins, ms: number): number {
  return binner(bins)(ms);
}

/**
 * binOf for many instants in about increasing order (events in view come
 * sorted by start): the bin of the previous call is checked first, and the
 * binary search runs only on a miss.
 */
export function binner(bins: TimeBins): (ms: number) => number {
  const edges = Float64Array.from(bins.edges);
  const last = Math.max(0, edges.length - 2);
  const [d0, d1] = bins.domain;
  let k = 0;
  return (ms) => {
    const t = ms < d0 ? d0 : ms >= d1 ? d1 - 1 : ms;
    if ((edges[k] ?? 0) <= t && t < (edges[k + 1] ?? 0)) return k;
    let lo = 0;
    let hi = edges.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((edges[mid] ?? 0) <= t) lo = mid;
      else hi = mid;
    }
    k = Math.min(lo, last);
    return k;
  };
}

/** An ISO date for a bin's start, for readable, stable ids. */
export function binStartIso(bins: TimeBins, k: number): string {
  const ms = bins.edges[k] ?? bins.domain[0];
  return new Date(ms).toISOString().slice(0, 10);
}
