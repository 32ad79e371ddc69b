import type { Run, TargetName } from "./measure.ts";
import { medianOf, round } from "./stats.ts";

// Runs → medians per size and target, the ratios, and the targets the issue set.

export interface RecordedRun extends Run {
  /** "events" = a generated file at a size; "big" = the ~60 MB file; "bundled" = the shipped data. */
  readonly case: "events" | "big" | "bundled" | "link";
  readonly events: number | null;
  readonly round: number;
}

export interface Summary {
  readonly runs: number;
  /** Runs that reached ready. */
  readonly ready: number;
  readonly didNotFinish: number;
  /** Not measured because it did not finish at this size or a smaller one. */
  readonly skipped: boolean;
  readonly readyMs: number | null;
  readonly longestTaskToReadyMs: number | null;
  readonly frameMedianMs: number | null;
  readonly frameP95Ms: number | null;
  readonly longTasksInZoom: number | null;
  readonly longestTaskInZoomMs: number | null;
  readonly heapAfterLoadMB: number | null;
  readonly heapMB: number | null;
  /** Fewest wheel events any run sent before the time cap (null: no zoom measured). */
  readonly wheelEventsSent: number | null;
  /** Median count of frames in the zoom whose view had changed since the frame before. */
  readonly viewChanges: number | null;
  /** Every run's wheel changed the view (null: no zoom measured). */
  readonly zoomResponds: boolean | null;
  readonly failures: string[];
}

export function summarize(runs: readonly RecordedRun[], skipped = false): Summary {
  const ready = runs.filter((r) => r.readyMs !== null);
  const zoomed = ready.filter((r) => r.zoom !== null);
  return {
    runs: runs.length,
    ready: ready.length,
    didNotFinish: runs.filter((r) => r.timedOut).length,
    skipped,
    readyMs: medianOf(ready, (r) => r.readyMs),
    longestTaskToReadyMs: medianOf(ready, (r) => r.longestTaskToReadyMs),
    frameMedianMs: medianOf(zoomed, (r) => r.zoom?.frameMedianMs),
    frameP95Ms: medianOf(zoomed, (r) => r.zoom?.frameP95Ms),
    longTasksInZoom: medianOf(zoomed, (r) => r.zoom?.longTasks),
    longestTaskInZoomMs: medianOf(zoomed, (r) => r.zoom?.longestTaskMs),
    heapAfterLoadMB: medianOf(ready, (r) => r.heapAfterLoadMB),
    heapMB: medianOf(ready, (r) => r.heapMB),
    viewChanges: medianOf(zoomed, (r) => r.zoom?.viewChanges),
    wheelEventsSent: zoomed.length ? Math.min(...zoomed.map((r) => r.zoom?.dispatched ?? 0)) : null,
    zoomResponds: zoomed.length ? zoomed.every((r) => r.zoom?.responds) : null,
    failures: [...new Set(runs.map((r) => r.failure).filter((f): f is string => f !== null))],
  };
}

export type SizeSummary = Partial<Record<TargetName, Summary>>;

export const RATIO_METRICS = ["readyMs", "frameMedianMs", "frameP95Ms", "heapMB"] as const;
export type RatioMetric = (typeof RATIO_METRICS)[number];

export interface Ratio {
  readonly value: number | null;
  /** "<" when the other side did not finish: Crossings/cap is then an upper bound. */
  readonly bound: "=" | "<";
}

/** Crossings / other for one metric; an unfinished peer counts as taking the whole cap. */
export function ratio(sizes: SizeSummary, other: TargetName, metric: RatioMetric, capMs: number): Ratio {
  const ours = sizes.crossings?.[metric] ?? null;
  const theirs = sizes[other];
  if (ours === null || !theirs) return { value: null, bound: "=" };
  const value = theirs[metric];
  if (value !== null && value > 0) return { value: round(ours / value, 2), bound: "=" };
  if (metric === "readyMs" && theirs.ready === 0 && (theirs.didNotFinish > 0 || theirs.skipped)) {
    return { value: round(ours / capMs, 2), bound: "<" };
  }
  return { value: null, bound: "=" };
}

export interface TargetCheck {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  /** null: not measured in this run (size left out, peer skipped, no ready). */
  readonly pass: boolean | null;
}

export interface TargetInputs {
  readonly bySize: Readonly<Record<string, SizeSummary>>;
  readonly capMs: number;
  readonly big: Summary | null;
  readonly bundledReadyMs: number | null;
  readonly jsGzipKB: number | null;
  readonly cssGzipKB: number | null;
}

const fmt = (v: number | null, unit: string) => (v === null ? "—" : `${v} ${unit}`.trim());

export function checkTargets(t: TargetInputs): TargetCheck[] {
  const at = (n: number) => t.bySize[String(n)] ?? {};
  const checks: TargetCheck[] = [];
  // `ran`: the case was measured, so a missing value means it never got there (a fail, not a gap).
  const max = (name: string, measured: number | null, limit: number, unit: string, ran = false) =>
    checks.push({
      name,
      limit: `≤ ${limit} ${unit}`.trim(),
      measured: measured === null && ran ? "no result" : fmt(measured, unit),
      pass: measured === null ? (ran ? false : null) : measured <= limit,
    });
  const versus = (name: string, n: number, other: TargetName, metric: RatioMetric, limit: number) => {
    const r = ratio(at(n), other, metric, t.capMs);
    const ran = (at(n).crossings?.runs ?? 0) > 0 && (at(n)[other]?.ready ?? 0) > 0;
    checks.push({
      name,
      limit: `≤ ${limit}×`,
      measured: r.value === null ? (ran ? "no result" : "—") : `${r.bound === "<" ? "<" : ""}${r.value}×`,
      pass: r.value === null ? (ran ? false : null) : r.value <= limit,
    });
  };
  versus("10k: ready vs vis-timeline", 10_000, "vis-timeline", "readyMs", 0.15);
  versus("10k: zoom frame p95 vs vis-timeline", 10_000, "vis-timeline", "frameP95Ms", 0.05);
  const c50 = at(50_000).crossings ?? null;
  const ran50 = (c50?.runs ?? 0) > 0;
  max("50k: ready", c50?.readyMs ?? null, 1000, "ms", ran50);
  versus("50k: zoom frame median vs canvas", 50_000, "canvas", "frameMedianMs", 1.25);
  versus("50k: zoom frame p95 vs canvas", 50_000, "canvas", "frameP95Ms", 2);
  max("50k: longest long task while zooming", c50?.longestTaskInZoomMs ?? null, 100, "ms", ran50);
  max("50k: JS heap after zoom", c50?.heapMB ?? null, 150, "MB", ran50);
  max("50k: longest long task during load", c50?.longestTaskToReadyMs ?? null, 200, "ms", ran50);
  const c100 = at(100_000).crossings ?? null;
  max("100k: ready", c100?.readyMs ?? null, 2500, "ms", (c100?.runs ?? 0) > 0);
  max("bundled data: ready at 1366×768", t.bundledReadyMs, 300, "ms");
  max("bundled data: page JS before ready (gzip, worker apart)", t.jsGzipKB, 170, "KB");
  max("bundled data: CSS before ready (gzip)", t.cssGzipKB, 15, "KB");
  max("~60 MB file: longest long task during load", t.big?.longestTaskToReadyMs ?? null, 200, "ms", (t.big?.runs ?? 0) > 0);
  const zoomBroken = Object.entries(t.bySize).filter(([, s]) => s.crossings?.zoomResponds === false).map(([n]) => n);
  if (zoomBroken.length) checks.push({ name: "wheel zooms the timeline", limit: "every run", measured: `not at ${zoomBroken.join(", ")}`, pass: false });
  return checks;
}
