import type { MeasureText } from "./measureText.ts";

/**
 * Caches for fitted texts, one per measurer and settings ("12|220"), each
 * keyed by the title itself. Layouts ask for the same titles, as the same
 * string objects, on every zoom frame: keying by the title costs no new
 * string, where a key like "12|220|<title>" copies and hashes the title
 * each time. A cache that reaches `limit` entries starts over.
 */
export function textCaches<T>(limit: number): (measure: MeasureText, settings: string) => Map<string, T> {
  const byMeasure = new WeakMap<MeasureText, Map<string, Map<string, T>>>();
  return (measure, settings) => {
    let bySettings = byMeasure.get(measure);
    if (!bySettings) {
      bySettings = new Map();
      byMeasure.set(measure, bySettings);
    }
    let cache = bySettings.get(settings);
    if (!cache || cache.size >= limit) {
      cache = new Map();
      bySettings.set(settings, cache);
    }
    return cache;
  };
}
