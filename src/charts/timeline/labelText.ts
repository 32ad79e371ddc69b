import type { MeasureText } from "../shared/measureText.ts";
import { textCaches } from "../shared/textCache.ts";
import { fitLabelText } from "./labels.ts";

// Labels are fitted and measured on every zoom frame for every visible event;
// the answer only changes with the text, the font size and the measurer.

const caches = textCaches<{ text: string; width: number }>(20_000);

/** The title fitted to maxWidth (see fitLabelText) and its width, memoised per measurer. */
export function measuredLabel(title: string, maxWidth: number, measure: MeasureText, fontPx: number): { text: string; width: number } {
  const cache = caches(measure, `${fontPx}|${maxWidth}`);
  const hit = cache.get(title);
  if (hit) return hit;
  const text = fitLabelText(title, maxWidth, measure, fontPx);
  const result = { text, width: text === "" ? 0 : measure(text, fontPx) };
  cache.set(title, result);
  return result;
}
