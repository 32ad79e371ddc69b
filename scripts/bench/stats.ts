// Small statistics for the report. Quantiles interpolate between ranks, so the
// p95 of 23 frame intervals is not just the second-worst one.

export function quantile(values: readonly number[], q: number): number | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = v[Math.floor(pos)] ?? 0;
  const hi = v[Math.ceil(pos)] ?? lo;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);

export function round(x: number | null | undefined, digits = 1): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The median of one field over the runs that have it. */
export function medianOf<T>(runs: readonly T[], get: (run: T) => number | null | undefined): number | null {
  const values = runs.map(get).filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  return round(median(values));
}
