import { describe, expect, it } from "vitest";
import type { Run } from "../../scripts/bench/measure.ts";
import { checkTargets, ratio, summarize, type RecordedRun } from "../../scripts/bench/summarize.ts";

const run = (over: Partial<Run>): RecordedRun => ({
  target: "crossings", viewport: "1366x768", readyMs: 100, failure: null, timedOut: false, alert: null,
  longTasksToReady: 0, longestTaskToReadyMs: 0, zoom: null, heapAfterLoadMB: 10, heapMB: 10, assets: null,
  workerScripts: null, errors: [], case: "events", events: 10_000, round: 1, ...over,
});

describe("benchmark summary", () => {
  it("takes medians over the runs that got ready", () => {
    const s = summarize([run({ readyMs: 300 }), run({ readyMs: 100 }), run({ readyMs: 200 }), run({ readyMs: null, timedOut: true })]);
    expect(s.readyMs).toBe(200);
    expect(s.didNotFinish).toBe(1);
  });

  it("bounds the ratio by the cap when the peer did not finish", () => {
    const sizes = {
      crossings: summarize([run({ readyMs: 3_000 })]),
      "vis-timeline": summarize([run({ target: "vis-timeline", readyMs: null, timedOut: true })]),
    };
    expect(ratio(sizes, "vis-timeline", "readyMs", 30_000)).toEqual({ value: 0.1, bound: "<" });
    expect(ratio(sizes, "vis-timeline", "frameP95Ms", 30_000).value).toBeNull();
  });

  it("fails a target whose case ran but never got ready, and skips one not run", () => {
    const checks = checkTargets({
      bySize: { 50000: { crossings: summarize([run({ readyMs: null, timedOut: true })]) } },
      capMs: 30_000, big: null, bundledReadyMs: 250, jsGzipKB: 180, cssGzipKB: null,
    });
    const result = (name: string) => checks.find((c) => c.name === name)?.pass;
    expect(result("50k: ready")).toBe(false);
    expect(result("100k: ready")).toBeNull();
    expect(result("bundled data: ready at 1366×768")).toBe(true);
    expect(result("bundled data: page JS before ready (gzip, worker apart)")).toBe(false);
    expect(result("bundled data: CSS before ready (gzip)")).toBeNull();
  });
});
