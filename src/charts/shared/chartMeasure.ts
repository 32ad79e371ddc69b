import { createCanvasMeasurer, type MeasureText } from "../shared/measureText.ts";

let shared: MeasureText | null = null;

/**
 * One text measurer for every chart, set in the page's own font so labels are
 * placed by real widths (jsdom falls back to the estimate). Created on first use
 * because the font is read from the page's custom properties.
 */
export function chartMeasure(): MeasureText {
  if (shared) return shared;
  const family =
    typeof document === "undefined" ? "" : getComputedStyle(document.documentElement).getPropertyValue("--font-sans").trim();
  shared = createCanvasMeasurer(family === "" ? {} : { fontFamily: family });
  return shared;
}
