import type {} from "./pages/common.ts";

// Functions that run inside the measured page. serve.ts turns this module into an
// init script that puts them on window.__benchLib; measure.ts calls them there.
// Only types may be imported: the page has nothing else.

interface BenchState {
  /** [startTime, duration] of every long task since navigation. */
  readonly longTasks: [number, number][];
  readonly view: (selector: string) => string;
}

declare global {
  interface Window {
    __bench?: BenchState;
    __benchLib?: Record<string, (...args: never[]) => unknown>;
  }
}

/** Init script: watches long tasks from the first byte, before any page script runs. */
export function installObservers(): void {
  const longTasks: [number, number][] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // A browser without long-task timings reports none; the table then says 0.
  }
  // What the reader sees of the time axis: the reference pages say it outright;
  // for Crossings the axis labels and their positions change with every zoom step.
  const view = (selector: string): string => {
    if (window.__benchView) return JSON.stringify(window.__benchView());
    const root = document.querySelector(selector);
    if (!root) return "no timeline";
    const labels = [...root.querySelectorAll(".tl-axis__label")].map((l) => `${l.textContent}@${l.getAttribute("x")}`);
    return `${labels.join("|")}#${root.querySelectorAll("[data-event-id]").length}`;
  };
  window.__bench = { longTasks, view };
}

export interface PageState {
  readonly ready: number | null;
  readonly alert: string | null;
  readonly error: string | null;
}

export function readState(mark: string): PageState {
  const entry = performance.getEntriesByName(mark, "mark")[0];
  const alert = [...document.querySelectorAll("[role=alert]")].map((a) => a.textContent?.trim() ?? "").find((t) => t !== "");
  return { ready: entry ? entry.startTime : null, alert: alert ? alert.slice(0, 300) : null, error: window.__benchError ?? null };
}

export function longTasks(): [number, number][] {
  return window.__bench?.longTasks.slice() ?? [];
}

/** performance.timeOrigin: where the page's clock starts, in ms since 1970. */
export function timeOrigin(): number {
  return performance.timeOrigin;
}

export interface WheelPoint {
  readonly x: number;
  readonly y: number;
  /** Whether the point is really on the timeline (nothing covers it). */
  readonly inside: boolean;
}

export function wheelPoint(selector: string): WheelPoint | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const x = Math.round(Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 2));
  const y = Math.round(Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 2));
  const hit = document.elementFromPoint(x, y);
  return { x, y, inside: hit !== null && el.contains(hit) };
}

export interface WheelArgs {
  readonly x: number;
  readonly y: number;
  readonly selector: string;
  readonly deltas: readonly number[];
  readonly tailFrames: number;
  readonly maxMs: number;
}

export interface WheelRun {
  /** requestAnimationFrame timestamps, from the frame of the first wheel event on. */
  readonly stamps: number[];
  readonly dispatched: number;
  readonly viewBefore: string;
  /** The view just before the first wheel out (after the wheels in). */
  readonly viewTurn: string;
  /** Frames that began with a view other than the frame before's: how often the timeline really redrew. */
  readonly viewChanges: number;
}

/**
 * One wheel event at the start of each animation frame, then `tailFrames` more
 * frames. The element under the pointer is hit-tested each time, as real input
 * is: a redraw may have replaced it.
 */
export function wheelSequence(a: WheelArgs): Promise<WheelRun> {
  const view = (): string => window.__bench?.view(a.selector) ?? "";
  const fire = (deltaY: number) => {
    const root = document.querySelector(a.selector) ?? document.body;
    const hit = document.elementFromPoint(a.x, a.y);
    const target = hit && root.contains(hit) ? hit : root;
    // The legacy wheelDelta fields match what Chromium puts on a real one-notch wheel.
    const init = {
      bubbles: true, cancelable: true, composed: true, view: window,
      clientX: a.x, clientY: a.y, screenX: a.x, screenY: a.y,
      deltaX: 0, deltaY, deltaZ: 0, deltaMode: 0,
      wheelDeltaX: 0, wheelDeltaY: Math.round(-deltaY * 1.2), wheelDelta: Math.round(-deltaY * 1.2),
    };
    target.dispatchEvent(new WheelEvent("wheel", init));
  };
  const turn = a.deltas.findIndex((d) => d > 0);
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const viewBefore = view();
    let viewTurn: string | null = turn === 0 ? viewBefore : null;
    let dispatched = 0;
    let tail = 0;
    let lastView = viewBefore;
    let viewChanges = 0;
    const frame = (ts: number) => {
      stamps.push(ts);
      const now = view();
      if (now !== lastView) viewChanges += 1;
      lastView = now;
      const first = stamps[0] ?? ts;
      const more = dispatched < a.deltas.length && ts - first <= a.maxMs;
      // Read once the wheels in are done, or when the time cap cuts the sequence short.
      if (dispatched === turn || (!more && viewTurn === null)) viewTurn = now;
      if (more) {
        fire(a.deltas[dispatched] ?? 0);
        dispatched += 1;
        requestAnimationFrame(frame);
      } else if (tail < a.tailFrames) {
        tail += 1;
        requestAnimationFrame(frame);
      } else {
        resolve({ stamps, dispatched, viewBefore, viewTurn: viewTurn ?? now, viewChanges });
      }
    };
    requestAnimationFrame(frame);
  });
}
