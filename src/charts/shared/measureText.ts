// Text width is the one thing pure layout cannot compute. It is injected, so
// layout stays testable in node/jsdom (which have no text metrics) and the
// browser can use real font metrics.

/** Width in px of `text` set at `fontPx`. */
export type MeasureText = (text: string, fontPx: number) => number;

/** Average advance of a character, as a fraction of the font size, for Latin sans-serif text. */
export const AVERAGE_CHAR_WIDTH = 0.55;

/**
 * A deterministic estimate: characters × 0.55 × font size. Counts code points
 * (not UTF-16 units) so that text outside the BMP is not counted twice.
 */
export const approximateMeasure: MeasureText = (text, fontPx) => {
  let chars = 0;
  for (const _ of text) chars += 1;
  return chars * AVERAGE_CHAR_WIDTH * fontPx;
};

/** The part of a 2D canvas context measuring needs (so tests can fake it). */
export interface TextMeasuringContext {
  font: string;
  measureText(text: string): { width: number };
}

export interface CanvasMeasurerOptions {
  /** CSS font-family list; should match the chart's stylesheet. */
  readonly fontFamily?: string;
  readonly fontWeight?: number | string;
  /** Where the context comes from; defaults to an OffscreenCanvas or a detached <canvas>. */
  readonly createContext?: () => TextMeasuringContext | null;
  /** Entries kept before the cache is cleared (labels repeat on every zoom frame). */
  readonly cacheSize?: number;
}

const DEFAULT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Naskh Arabic', sans-serif";

/**
 * Measures with a canvas 2D context when one exists; otherwise (jsdom, old
 * browsers, workers without OffscreenCanvas) falls back to approximateMeasure.
 * Results are cached because the same labels are measured on every zoom frame.
 */
export function createCanvasMeasurer(options: CanvasMeasurerOptions = {}): MeasureText {
  const family = options.fontFamily ?? DEFAULT_FAMILY;
  const weight = options.fontWeight ?? 400;
  const limit = options.cacheSize ?? 5000;
  const context = (options.createContext ?? defaultContext)();
  if (!context) return approximateMeasure;
  const cache = new Map<string, number>();
  return (text, fontPx) => {
    const key = `${fontPx}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = `${weight} ${fontPx}px ${family}`;
    const width = context.measureText(text).width;
    if (cache.size >= limit) cache.clear();
    cache.set(key, width);
    return width;
  };
}

function defaultContext(): TextMeasuringContext | null {
  try {
    if (typeof OffscreenCanvas !== "undefined") {
      return new OffscreenCanvas(1, 1).getContext("2d");
    }
    // jsdom defines HTMLCanvasElement but logs "not implemented" for getContext; its
    // navigator says so, and the approximation is what tests want anyway.
    if (typeof document === "undefined" || /jsdom/i.test(globalThis.navigator?.userAgent ?? "")) return null;
    return document.createElement("canvas").getContext("2d");
  } catch {
    return null;
  }
}
