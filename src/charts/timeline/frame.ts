import type { TimelineLayout } from "./layout.ts";

// Where the population band sits: between the event lanes and the time axis,
// so events and the series share one axis and the eye runs straight down.

export interface TimelineFrame {
  readonly bandTop: number;
  readonly bandHeight: number;
  /** The axis line, moved below the band. */
  readonly axisY: number;
  readonly height: number;
}

export function timelineFrame(layout: TimelineLayout, bandHeight: number): TimelineFrame {
  const bandTop = layout.axisY;
  return { bandTop, bandHeight, axisY: bandTop + bandHeight, height: layout.height + bandHeight };
}
