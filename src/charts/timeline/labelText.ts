import type { MeasureText } from "../shared/measureText.ts";
import { fitLabelText } from "./labels.ts";

// Labels are fitted and measured on every zoom frame for every visible event;
// the answer only changes with the text, the font size and the measurer.

const caches = new WeakMap<MeasureText, Map<string, { text: string; width: number }>>();
const LIMIT = 20_000;

/** The title fitted to maxWidth (see fitLabelText) and its width, memoised per measurer. */
export function measuredLabel(title: string, maxWidth: number, measure: MeasureText, fontPx: number): { text: string; width: number } {
  let cache = caches.get(measure);
  if (!cache) {
    cache = new Map();
    caches.set(measure, cache);
  }
  const key = `${fontPx}|${maxWidth}|${title}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = fitLabelText(title, maxWidth, measure, fontPx);
  const result = { text, width: text === "" ? 0 : measure(text, fontPx) };
  if (cache.size >= LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
