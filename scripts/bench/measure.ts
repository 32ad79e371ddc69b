import type { Browser, BrowserContextOptions, CDPSession, Page } from "playwright-core";
import type * as PageLib from "./inpage.ts";
import { pageLibScript } from "./serve.ts";
import { median, quantile, round } from "./stats.ts";

// One load of one page in a fresh browser context: navigation → ready, the long
// tasks on the way, then (optionally) the wheel zoom and the heap after it.

export type TargetName = "crossings" | "vis-timeline" | "canvas";

export interface Target {
  readonly name: TargetName;
  /** Path and query on the bench server. */
  readonly path: string;
  readonly readyMark: string;
  /** The element the wheel goes over. */
  readonly selector: string;
}

export interface MeasureOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  /** A phone: touch, mobile viewport, 3 device pixels per CSS pixel. */
  readonly mobile?: boolean;
  readonly readyTimeoutMs: number;
  readonly zoom: boolean;
  /** Stop sending wheel events after this long (a peer may take seconds per frame). */
  readonly maxZoomMs: number;
  readonly assets?: boolean;
}

export interface ZoomResult {
  /** The view changed after the wheels in: the wheel really zooms. */
  readonly responds: boolean;
  /** Nothing covers the middle of the timeline, where the wheel goes. */
  readonly onTimeline: boolean;
  readonly dispatched: number;
  /** Frames of the sequence whose view differed from the previous frame's (ideally one per wheel event). */
  readonly viewChanges: number;
  readonly frames: number;
  readonly frameMedianMs: number | null;
  readonly frameP95Ms: number | null;
  readonly frameMaxMs: number | null;
  readonly sequenceMs: number | null;
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

export interface Run {
  readonly target: TargetName;
  readonly viewport: string;
  readyMs: number | null;
  /** Why there is no ready time (or why the run is suspect); null when all went well. */
  failure: string | null;
  timedOut: boolean;
  alert: string | null;
  longTasksToReady: number | null;
  longestTaskToReadyMs: number | null;
  zoom: ZoomResult | null;
  /** JS heap after a forced GC, once loaded and again at the end (after the zoom, when there is one). */
  heapAfterLoadMB: number | null;
  heapMB: number | null;
  /** JS and CSS requested before ready (by the page or its workers), by URL path. */
  assets: string[] | null;
  /** Scripts the page's workers loaded: their own and those they import. */
  workerScripts: string[] | null;
  errors: string[];
}

export const ZOOM_DELTAS: readonly number[] = [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)];
const TAIL_FRAMES = 3;
const PAGE_LIB = pageLibScript();
/** After the last wheel: d3-zoom ends a wheel gesture 150 ms later, then linked views update. */
const SETTLE_MS = 500;

type Lib = typeof PageLib;

/** Calls one of inpage.ts's functions in the page. */
function call<K extends keyof Lib>(page: Page, name: K, ...args: Parameters<Lib[K]>): Promise<Awaited<ReturnType<Lib[K]>>> {
  return page.evaluate(([n, a]) => {
    const fn = window.__benchLib?.[n] as ((...x: unknown[]) => unknown) | undefined;
    if (!fn) throw new Error(`the benchmark's page script is missing (${n})`);
    return fn(...a);
  }, [name, args] as const) as Promise<Awaited<ReturnType<Lib[K]>>>;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** The promise's value, or undefined once `ms` have passed (a busy page may not answer at all). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((ok) => (timer = setTimeout(() => ok(undefined), Math.max(0, ms))));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitForReady(page: Page, mark: string, timeoutMs: number): Promise<PageLib.PageState | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await within(call(page, "readState", mark).catch(() => undefined), deadline - Date.now());
    if (state && (state.ready !== null || state.alert !== null || state.error !== null)) return state;
    await sleep(50);
  }
  return undefined;
}

async function heapMB(cdp: CDPSession): Promise<number | null> {
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
    return used === undefined ? null : round(used / 2 ** 20);
  } catch {
    return null;
  }
}

async function zoom(page: Page, selector: string, maxZoomMs: number): Promise<ZoomResult | string> {
  const point = await call(page, "wheelPoint", selector);
  if (!point) return `nothing matches ${selector}`;
  const args = { x: point.x, y: point.y, selector, tailFrames: TAIL_FRAMES, maxMs: maxZoomMs };
  // One notch in and out first, so the measured sequence does not pay for first-use compilation.
  const warm = await within(call(page, "wheelSequence", { ...args, deltas: [-100, 100] }), maxZoomMs);
  if (!warm) return "the warm-up wheel did not finish";
  await sleep(SETTLE_MS);
  const run = await within(call(page, "wheelSequence", { ...args, deltas: ZOOM_DELTAS }), maxZoomMs + 30_000);
  if (!run) return "the wheel sequence did not finish";
  await sleep(SETTLE_MS);
  const first = run.stamps[0] ?? 0;
  const last = run.stamps[run.stamps.length - 1] ?? first;
  const intervals = run.stamps.slice(1).map((t, i) => t - (run.stamps[i] ?? t));
  // Long tasks from the first wheel to the settled view, so the work done when the gesture ends counts too.
  const tasks = (await call(page, "longTasks")).filter(([start, duration]) => start + duration >= first && start <= last + SETTLE_MS);
  return {
    responds: run.viewTurn !== run.viewBefore || run.viewChanges > 0,
    onTimeline: point.inside,
    dispatched: run.dispatched,
    viewChanges: run.viewChanges,
    frames: intervals.length,
    frameMedianMs: round(median(intervals)),
    frameP95Ms: round(quantile(intervals, 0.95)),
    frameMaxMs: round(Math.max(...intervals)),
    sequenceMs: round(last - first),
    longTasks: tasks.length,
    longestTaskMs: round(Math.max(0, ...tasks.map(([, d]) => d))) ?? 0,
  };
}

export async function measure(browser: Browser, baseUrl: string, target: Target, o: MeasureOptions): Promise<Run> {
  const run: Run = {
    target: target.name, viewport: `${o.viewport.width}x${o.viewport.height}`,
    readyMs: null, failure: null, timedOut: false, alert: null, longTasksToReady: null, longestTaskToReadyMs: null,
    zoom: null, heapAfterLoadMB: null, heapMB: null, assets: null, workerScripts: null, errors: [],
  };
  const contextOptions: BrowserContextOptions = o.mobile
    ? { viewport: o.viewport, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
    : { viewport: o.viewport, deviceScaleFactor: 1 };
  const context = await browser.newContext(contextOptions);
  try {
    // The context sees what workers fetch too (a page's resource timings miss a worker's imports).
    const requests: [number, string][] = [];
    context.on("request", (r) => requests.push([Date.now(), r.url()]));
    const page = await context.newPage();
    page.on("pageerror", (e) => run.errors.push(e.message.slice(0, 200)));
    page.on("console", (m) => void (m.type() === "error" && run.errors.push(m.text().slice(0, 200))));
    await page.addInitScript(PAGE_LIB);
    const cdp = await context.newCDPSession(page);
    await page.goto(baseUrl + target.path, { waitUntil: "commit", timeout: o.readyTimeoutMs });
    const state = await waitForReady(page, target.readyMark, o.readyTimeoutMs);
    if (!state) {
      run.timedOut = true;
      run.failure = `did not finish in ${o.readyTimeoutMs / 1000} s`;
      return run;
    }
    run.alert = state.alert;
    if (state.ready === null) {
      run.failure = `no ready mark: ${state.error ?? state.alert ?? "?"}`;
      return run;
    }
    const ready = state.ready;
    run.readyMs = round(ready);
    const before = (await call(page, "longTasks")).filter(([start]) => start <= ready);
    run.longTasksToReady = before.length;
    run.longestTaskToReadyMs = round(Math.max(0, ...before.map(([, d]) => d)));
    if (o.assets) {
      const readyAt = (await call(page, "timeOrigin")) + ready;
      const paths = requests.filter(([t]) => t <= readyAt).map(([, url]) => new URL(url).pathname);
      run.assets = [...new Set(paths.filter((p) => /\.(js|css)$/.test(p)))];
      // A worker's own script and the scripts it imports (its resource timings hold those).
      const fetchedByWorkers = await Promise.all(page.workers().map(async (w) => [
        w.url(),
        ...(await w.evaluate("performance.getEntriesByType('resource').map((e) => e.name)") as string[]),
      ]));
      run.workerScripts = [...new Set(fetchedByWorkers.flat().map((url) => new URL(url).pathname).filter((p) => p.endsWith(".js")))];
    }
    run.heapAfterLoadMB = await heapMB(cdp);
    if (o.zoom) {
      await sleep(SETTLE_MS);
      const z = await zoom(page, target.selector, o.maxZoomMs);
      if (typeof z === "string") run.failure = z;
      else {
        run.zoom = z;
        const problems = [
          !z.responds && "the wheel did not change the view",
          !z.onTimeline && "something covers the middle of the timeline",
          z.dispatched < ZOOM_DELTAS.length && `only ${z.dispatched} of ${ZOOM_DELTAS.length} wheel events sent in ${o.maxZoomMs / 1000} s`,
        ].filter((p): p is string => typeof p === "string");
        if (problems.length > 0) run.failure = problems.join("; ");
      }
    }
    run.heapMB = o.zoom ? await heapMB(cdp) : run.heapAfterLoadMB;
    if (run.alert && !run.failure) run.failure = `alert: ${run.alert}`;
    return run;
  } catch (err) {
    run.failure = `error: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`;
    return run;
  } finally {
    await within(context.close(), 10_000);
  }
}
