import { period } from "../../data/dates.ts";
import type { Era, TimelineEvent } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import { eraExtent } from "./eras.ts";
import { bandSeriesOf } from "./seriesBand.ts";
import { timeColumns, timeSpan } from "../../data/derive/timeColumns.ts";
import type { TimeDomain } from "./time.ts";

// Zoom is a change of domain. The store keeps the visible domain; d3-zoom only
// reads gestures. These functions translate between the two, given the base
// scale that maps the full domain onto [0, width]: a transform {k, x} shows
// base.invert((px - x) / k) at pixel px (d3-zoom's transform.rescaleX).

/** The numbers of a d3-zoom ZoomTransform: zoomIdentity.translate(x, y).scale(k). */
export interface ZoomNumbers {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const DAY_MS = 86_400_000;
/** The deepest zoom: two weeks across the chart (the data's finest dates are days). */
export const MIN_SPAN_MS = 14 * DAY_MS;

/** The transform that shows `domain` when the full domain is drawn `width` wide. */
export function domainToTransform(domain: TimeDomain, fullDomain: TimeDomain, width: number): ZoomNumbers {
  const full = fullDomain[1] - fullDomain[0];
  const k = full / (domain[1] - domain[0]);
  return { k, x: (-k * (domain[0] - fullDomain[0]) * width) / full, y: 0 };
}

/** The domain a transform shows: the inverse of domainToTransform. */
export function transformToDomain(transform: { readonly k: number; readonly x: number }, fullDomain: TimeDomain, width: number): TimeDomain {
  const full = fullDomain[1] - fullDomain[0];
  const at = (px: number) => fullDomain[0] + (((px - transform.x) / transform.k) * full) / width;
  return [at(0), at(width)];
}

/** d3-zoom's scaleExtent for a full domain: from all of it to minSpanMs. */
export function zoomScaleExtent(fullDomain: TimeDomain, minSpanMs: number = MIN_SPAN_MS): [number, number] {
  return [1, Math.max(1, (fullDomain[1] - fullDomain[0]) / minSpanMs)];
}

/**
 * A domain the chart can show: in order, at least minSpanMs long (widened
 * about its centre), at most the full domain, and inside it (slid back in,
 * keeping its span, rather than shrunk). Anything not finite gives the full domain.
 */
export function clampDomain(domain: TimeDomain, fullDomain: TimeDomain, minSpanMs: number = MIN_SPAN_MS): TimeDomain {
  const [f0, f1] = fullDomain;
  if (![domain[0], domain[1], f0, f1].every(Number.isFinite)) return fullDomain;
  let d0 = Math.min(domain[0], domain[1]);
  let d1 = Math.max(domain[0], domain[1]);
  const span = Math.min(f1 - f0, Math.max(minSpanMs, d1 - d0));
  const centre = (d0 + d1) / 2;
  d0 = centre - span / 2;
  d1 = centre + span / 2;
  if (d0 < f0) [d0, d1] = [f0, f0 + span];
  if (d1 > f1) [d0, d1] = [f1 - span, f1];
  return [d0, d1];
}

export interface FullDomainSources {
  readonly events?: readonly TimelineEvent[];
  readonly eras?: readonly Era[];
  /** All series: only the band's series (bandSeriesOf) counts, and only its points with a figure. */
  readonly series?: readonly Series[];
}

/**
 * Everything the data covers, from the earliest start to the latest end of
 * events, eras and the band's series, padded by padFraction on each side (so
 * the first and last marks are not cut by the edge) and at least minSpanMs
 * long. An ongoing era adds only its start. Null when there is nothing to show.
 */
export function fullDomainOf(
  { events = [], eras = [], series = [] }: FullDomainSources,
  padFraction = 0.02,
  minSpanMs: number = MIN_SPAN_MS,
): TimeDomain | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const take = (start: number, end: number) => {
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  };
  // From the typed columns: no pass over the event objects.
  const span = timeSpan(timeColumns(events));
  if (span) take(span[0], span[1]);
  for (const era of eras) {
    const { start, end } = eraExtent(era);
    take(start, Number.isFinite(end) ? end : start);
  }
  for (const p of bandSeriesOf(series)?.points ?? []) {
    if (p.value === null) continue;
    const { start, end } = period(p.date);
    take(start, end);
  }
  if (!(hi >= lo)) return null;
  const pad = (hi - lo) * padFraction;
  const d0 = lo - pad;
  const d1 = hi + pad;
  if (d1 - d0 >= minSpanMs) return [d0, d1];
  const centre = (d0 + d1) / 2;
  return [centre - minSpanMs / 2, centre + minSpanMs / 2];
}
