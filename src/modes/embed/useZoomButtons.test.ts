import { describe, expect, it } from "vitest";
import { MIN_SPAN_MS } from "../../charts/timeline/zoom.ts";
import { zoomAboutCentre, ZOOM_STEP } from "./useZoomButtons.ts";

const full = [0, 1000 * MIN_SPAN_MS] as const;

describe("zoomAboutCentre", () => {
  it("halves the span about its centre, and doubles it back", () => {
    const shown = [200 * MIN_SPAN_MS, 600 * MIN_SPAN_MS] as const;
    const zoomedIn = zoomAboutCentre(shown, ZOOM_STEP, full);
    expect(zoomedIn).toEqual([300 * MIN_SPAN_MS, 500 * MIN_SPAN_MS]);
    expect(zoomedIn && zoomAboutCentre(zoomedIn, 1 / ZOOM_STEP, full)).toEqual(shown);
  });

  it("keeps the window inside the data, sliding it back rather than shrinking it", () => {
    expect(zoomAboutCentre([0, 400 * MIN_SPAN_MS], 2, full)).toEqual([0, 800 * MIN_SPAN_MS]);
  });

  it("stops at the deepest zoom", () => {
    expect(zoomAboutCentre([0, MIN_SPAN_MS], ZOOM_STEP, full)).toEqual([0, MIN_SPAN_MS]);
  });

  it("gives null (the whole span, written as no range) when zooming out reaches it", () => {
    expect(zoomAboutCentre([100 * MIN_SPAN_MS, 700 * MIN_SPAN_MS], 2, full)).toBeNull();
  });
});
