import type { PlacedSeriesPoint } from "./seriesBand.ts";

// Which year the band's crosshair is on: the nearest point with a figure to the
// pointer, or the next one along for the keyboard. Gaps (null) are skipped, never read as zero.

export function nearestPoint(points: readonly PlacedSeriesPoint[], x: number): PlacedSeriesPoint | undefined {
  let best: PlacedSeriesPoint | undefined;
  for (const p of points) {
    if (p.value === null) continue;
    if (!best || Math.abs(p.x - x) < Math.abs(best.x - x)) best = p;
  }
  return best;
}

/** The point `step` places along from `date` (or the first/last when there is none yet). */
export function stepPoint(
  points: readonly PlacedSeriesPoint[],
  date: string | null,
  step: number,
): PlacedSeriesPoint | undefined {
  const withValue = points.filter((p) => p.value !== null);
  if (withValue.length === 0) return undefined;
  const i = date === null ? -1 : withValue.findIndex((p) => p.date === date);
  if (i < 0) return step >= 0 ? withValue[0] : withValue[withValue.length - 1];
  return withValue[Math.max(0, Math.min(withValue.length - 1, i + step))];
}
