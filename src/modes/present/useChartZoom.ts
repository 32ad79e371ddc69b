import { useSyncExternalStore } from "react";

// The shared charts measure and place their text at 12–14 px. A projector needs
// at least 18 px (24 px on a 1080p screen), so the presenter draws its charts
// with CSS zoom: layout, text and strokes scale together and nothing collides.
// This stands in until the charts take a font size of their own.

/** The chart font the layouts measure with, px. */
const CHART_FONT_PX = 12;
/** The smallest chart text a projector audience can read: 18 px. */
export const MIN_CHART_ZOOM = 18 / CHART_FONT_PX;
const MAX_CHART_ZOOM = 3;
/** A 1920×1080 screen gets 24 px chart text: zoom 2 at a 960×540 reference. */
const REFERENCE = { width: 960, height: 540 } as const;

/** The zoom for a viewport: grows with the smaller of its width and height ratios. */
export function chartZoomFor(width: number, height: number): number {
  const ratio = Math.min(width / REFERENCE.width, height / REFERENCE.height);
  return Math.round(Math.min(MAX_CHART_ZOOM, Math.max(MIN_CHART_ZOOM, ratio)) * 100) / 100;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
};
const snapshot = () => chartZoomFor(window.innerWidth, window.innerHeight);
const serverSnapshot = () => MIN_CHART_ZOOM;

export function useChartZoom(): number {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
