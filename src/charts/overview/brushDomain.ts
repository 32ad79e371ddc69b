import { utcFormat } from "d3-time-format";
import type { TimeDomain } from "../timeline/time.ts";
import { clampDomain, MIN_SPAN_MS } from "../timeline/zoom.ts";

// The overview always draws the FULL domain across [0, width]; its brush is the
// visible domain in those pixels. Plain linear maths (what scaleUtc does), so a
// domain → pixels → domain round trip loses well under a millisecond.

/** The brush's edges, px from the strip's left edge. */
export interface BrushPx {
  readonly x0: number;
  readonly x1: number;
}

/** Where the visible domain sits on the strip. */
export function domainToBrush(domain: TimeDomain, fullDomain: TimeDomain, width: number): BrushPx {
  const [f0, f1] = fullDomain;
  const k = width / (f1 - f0);
  return { x0: (domain[0] - f0) * k, x1: (domain[1] - f0) * k };
}

/** The time at pixel x of the strip. */
export function timeAtPx(x: number, fullDomain: TimeDomain, width: number): number {
  const [f0, f1] = fullDomain;
  return f0 + (x / width) * (f1 - f0);
}

/**
 * The domain a brush shows, made showable by clampDomain: edges in either order,
 * at least minSpanMs (a brush can be dragged narrower than a pixel), inside the full domain.
 */
export function brushToDomain(x0: number, x1: number, fullDomain: TimeDomain, width: number, minSpanMs: number = MIN_SPAN_MS): TimeDomain {
  return clampDomain([timeAtPx(x0, fullDomain, width), timeAtPx(x1, fullDomain, width)], fullDomain, minSpanMs);
}

/** The same span centred on `centre` (a click on the strip), slid back inside the full domain. */
export function recentredDomain(domain: TimeDomain, centre: number, fullDomain: TimeDomain): TimeDomain {
  const half = (domain[1] - domain[0]) / 2;
  return clampDomain([centre - half, centre + half], fullDomain);
}

/** The same centre, span multiplied by `factor` (> 1 widens). */
export function rescaledDomain(domain: TimeDomain, factor: number, fullDomain: TimeDomain): TimeDomain {
  const centre = (domain[0] + domain[1]) / 2;
  const half = ((domain[1] - domain[0]) * factor) / 2;
  return clampDomain([centre - half, centre + half], fullDomain);
}

/** How much +/− widen or narrow the window. */
export const RESIZE_FACTOR = 1.5;
/** How far an arrow key moves the window, as a fraction of its span. */
export const STEP_FRACTION = 0.1;

/**
 * The domain a key asks for, or null when the key is not the overview's. Arrows move
 * by a tenth of the span (Shift, or PageUp/PageDown: a whole span); Up/Down act like
 * Right/Left as on any slider; Home/End go to the ends; +/− widen/narrow about the centre.
 */
export function domainForKey(key: string, shiftKey: boolean, domain: TimeDomain, fullDomain: TimeDomain): TimeDomain | null {
  const span = domain[1] - domain[0];
  const by = (ms: number): TimeDomain => clampDomain([domain[0] + ms, domain[1] + ms], fullDomain);
  const step = shiftKey ? span : span * STEP_FRACTION;
  switch (key) {
    case "ArrowRight": case "ArrowUp": return by(step);
    case "ArrowLeft": case "ArrowDown": return by(-step);
    case "PageUp": return by(span);
    case "PageDown": return by(-span);
    case "Home": return clampDomain([fullDomain[0], fullDomain[0] + span], fullDomain);
    case "End": return clampDomain([fullDomain[1] - span, fullDomain[1]], fullDomain);
    // As on the timeline: + zooms in (a narrower window), − zooms out.
    case "+": case "=": return rescaledDomain(domain, 1 / RESIZE_FACTOR, fullDomain);
    case "-": case "_": return rescaledDomain(domain, RESIZE_FACTOR, fullDomain);
    default: return null;
  }
}

const year = utcFormat("%Y");
const monthYear = utcFormat("%b %Y");
const month = utcFormat("%b");
const dayMonthYear = utcFormat("%-d %b %Y");
const YEAR_MS = 365.25 * 86_400_000;

/**
 * A domain in words, as precise as its span needs: "1988–1992", "Mar–Jun 1988",
 * "Dec 2022 – Jan 2023", "3 Dec 2022 – 7 Jan 2023". The end is exclusive, so it
 * is read one millisecond earlier (a window ending on 1 Jan 1993 ends in 1992).
 */
export function domainText(domain: TimeDomain): string {
  const a = new Date(domain[0]);
  const b = new Date(Math.max(domain[0], domain[1] - 1));
  const span = domain[1] - domain[0];
  const range = (x: string, y: string, sep: string) => (x === y ? x : `${x}${sep}${y}`);
  if (span >= 3 * YEAR_MS) return range(year(a), year(b), "–");
  if (span >= 60 * 86_400_000) {
    return year(a) === year(b) ? `${range(month(a), month(b), "–")} ${year(a)}` : `${monthYear(a)} – ${monthYear(b)}`;
  }
  return range(dayMonthYear(a), dayMonthYear(b), " – ");
}

/** A decimal year (1988.5 is mid-1988): the slider's numeric value. */
export function decimalYear(time: number): number {
  const y = new Date(time).getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return y + (time - start) / (Date.UTC(y + 1, 0, 1) - start);
}
