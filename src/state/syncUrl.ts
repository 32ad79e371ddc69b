import type { DataSources } from "../data/sources.ts";
import { dataParamsOf, type AppState, type AppStore, type DataParams } from "./store.ts";
import { normaliseQuery, parseUrlState, toSearch, type UrlState } from "./url.ts";

// The one place the URL and the store meet. The store is the source of truth:
// one subscriber writes the URL when what it describes changes, and popstate
// writes the URL's state back into the store (without echoing it).
//
// History entries: a commit (a settled zoom, selecting an event, a category,
// a presenter step, the band) pushes one entry. A gesture pushes one entry at
// its first change and replaces it until it settles; a run of search typing
// does the same, so Back skips a whole gesture or word, not one frame or
// letter. A theme change replaces. Nothing is written when the URL already says it.

export interface UrlWindow {
  readonly location: { readonly search: string; readonly pathname: string; readonly hash: string };
  readonly history: {
    pushState(data: unknown, unused: string, url?: string | URL | null): void;
    replaceState(data: unknown, unused: string, url?: string | URL | null): void;
  };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
}

export interface UrlSyncOptions {
  /** Defaults to the global window. */
  readonly window?: UrlWindow;
  /** Data files for the data params a popstate brings; without it, those params are left as loaded. */
  readonly resolveSources?: (params: DataParams) => DataSources;
  /** Rewrite a non-canonical starting URL in place (replaceState) to what the store says. Default true. */
  readonly canonicalise?: boolean;
}

/** What the URL should say for a store state. */
export function urlStateOf(s: AppState): UrlState {
  const { categories, query } = s.filters;
  const { theme, step, bandCompare } = s.ui;
  const q = normaliseQuery(query);
  return {
    mode: s.mode,
    ...(theme !== null ? { theme } : {}),
    ...(s.domain !== null ? { domain: s.domain } : {}),
    ...(s.selectedEventId !== null ? { event: s.selectedEventId } : {}),
    ...(categories !== null && categories.length > 0 ? { categories } : {}),
    ...(q ? { q } : {}),
    ...(step !== null ? { step } : {}),
    ...(bandCompare ? { band: "compare" as const } : {}),
    ...s.dataParams,
  };
}

/** The URL parameters that differ between two search strings. */
export function changedParams(a: string, b: string): string[] {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  return [...keys].filter((k) => pa.get(k) !== pb.get(k));
}

type Run = "none" | "gesture" | "typing";

/** Starts keeping the URL and the store in step; returns the function that stops it. */
export function startUrlSync(store: AppStore, options: UrlSyncOptions = {}): () => void {
  const win: UrlWindow = options.window ?? window;
  let run: Run = "none";
  let applying = false;

  const write = (kind: "push" | "replace", search: string) => {
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (kind === "push") win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  };

  // Which kind of write a change calls for; updates the current run.
  const kindOf = (state: AppState, changed: readonly string[]): "push" | "replace" => {
    if (state.gesturing) {
      const kind = run === "gesture" ? "replace" : "push";
      run = "gesture";
      return kind;
    }
    if (run === "gesture") {
      run = "none";
      return "replace"; // the gesture settles into the entry it already pushed
    }
    if (changed.every((k) => k === "theme")) return "replace";
    // In the presenter the step decides the window and the selection: framing a
    // step (on arrival, or after Back) rewrites the current entry; a new step
    // (which changes `step`) still pushes.
    if (state.mode === "present" && changed.every((k) => k === "from" || k === "to" || k === "event")) return "replace";
    if (changed.every((k) => k === "q" || k === "theme")) {
      const kind = run === "typing" ? "replace" : "push";
      run = "typing";
      return kind;
    }
    run = "none";
    return "push";
  };

  const onChange = (state: AppState, prev: AppState) => {
    if (applying || !describedStateChanged(state, prev)) return;
    const next = toSearch(urlStateOf(state));
    const current = toSearch(parseUrlState(win.location.search));
    if (next === current) {
      if (!state.gesturing && run === "gesture") run = "none";
      return;
    }
    write(kindOf(state, changedParams(current, next)), next);
  };

  const onPopState = () => {
    const url = parseUrlState(win.location.search);
    const s = store.getState();
    const paramsChanged = url.events !== s.dataParams.events || url.population !== s.dataParams.population;
    const sources = paramsChanged && options.resolveSources ? options.resolveSources(dataParamsOf(url)) : undefined;
    run = "none";
    applying = true;
    try {
      s.actions.applyUrlState(url, sources);
    } finally {
      applying = false;
    }
  };

  if (options.canonicalise ?? true) {
    const canonical = toSearch(urlStateOf(store.getState()));
    if (canonical !== win.location.search) write("replace", canonical);
  }
  const unsubscribe = store.subscribe(onChange);
  win.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}

function describedStateChanged(a: AppState, b: AppState): boolean {
  return (
    a.mode !== b.mode ||
    a.dataParams !== b.dataParams ||
    a.domain !== b.domain ||
    a.selectedEventId !== b.selectedEventId ||
    a.filters !== b.filters ||
    a.ui !== b.ui ||
    a.gesturing !== b.gesturing
  );
}
