import type { ScaleTime } from "d3-scale";
import { period } from "../../data/dates.ts";
import type { Era } from "../../data/schema/events.ts";
import type { MeasureText } from "../shared/measureText.ts";
import type { TimeDomain } from "./time.ts";

// Eras are light background bands with their name in a row above the events.

export interface PlacedEra {
  readonly id: string;
  readonly era: Era;
  /** Position in the eras array: lets the view alternate shades. */
  readonly index: number;
  /** Start of the era's first period, UTC ms. */
  readonly start: number;
  /** End of its last period, UTC ms; Infinity while ongoing (no end). */
  readonly end: number;
  /** Band edges, clipped to [0, width]. */
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  /** Left end of the label (text-anchor: start): the band's start, or the view's left edge once that scrolls off. */
  readonly labelX: number;
  readonly labelWidth: number;
  /** False when the band is too narrow for its label, or the label would touch the previous one. */
  readonly labelVisible: boolean;
}

export interface EraOptions {
  readonly fontPx: number;
  /** Space kept between the label and the band's edges. */
  readonly paddingPx: number;
}

export function eraExtent(era: Era): { start: number; end: number } {
  return { start: period(era.start).start, end: era.end === undefined ? Number.POSITIVE_INFINITY : period(era.end).end };
}

/** Eras that intersect the view, in start order, with band edges and label placement. */
export function placeEras(
  eras: readonly Era[],
  x: ScaleTime<number, number>,
  domain: TimeDomain,
  width: number,
  measure: MeasureText,
  { fontPx, paddingPx }: EraOptions,
): PlacedEra[] {
  const placed: PlacedEra[] = [];
  let labelsEnd = Number.NEGATIVE_INFINITY;
  const visible = eras
    .map((era, index) => ({ era, index, ...eraExtent(era) }))
    .filter((e) => e.start < domain[1] && e.end > domain[0])
    .sort((a, b) => a.start - b.start || a.index - b.index);
  for (const { era, index, start, end } of visible) {
    const x0 = Math.max(0, x(start));
    const x1 = Number.isFinite(end) ? Math.min(width, x(end)) : width;
    const labelWidth = measure(era.label, fontPx);
    const labelX = x0 + paddingPx;
    const labelVisible = x1 - x0 >= labelWidth + 2 * paddingPx && labelX >= labelsEnd + paddingPx;
    if (labelVisible) labelsEnd = labelX + labelWidth;
    placed.push({ id: era.id, era, index, start, end, x0, x1, label: era.label, labelX, labelWidth, labelVisible });
  }
  return placed;
}
