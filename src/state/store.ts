import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import type { LoadProgress } from "../data/load.ts";
import type { DataSource, DataSources } from "../data/sources.ts";
import type { DataKind } from "../data/validate.ts";
import { INITIAL_LINKED, linkedActions, type LinkedActions, type LinkedState } from "./linked.ts";
import type { ModeName, ThemeName, UrlState } from "./url.ts";

// One store, made by a factory so every test and every page gets its own.
// Slices are small and typed; cross-slice changes are named actions.

export type TimeDomain = readonly [number, number];

export interface Filters {
  /** The visible category ids; null = all of them. Never empty (an empty choice means all). */
  readonly categories: readonly string[] | null;
  /** Search text as typed; the URL keeps it trimmed (see normaliseQuery). */
  readonly query: string;
}

export interface UiState {
  /** null = follow prefers-color-scheme. */
  readonly theme: ThemeName | null;
  /** Presenter step, 1-based; null = not chosen (the presenter starts at its first). */
  readonly step: number | null;
  /** The population band also draws its companion series. */
  readonly bandCompare: boolean;
}

/** The data-file parameters exactly as the URL gave them, so they are written back unchanged. */
export interface DataParams {
  readonly events?: string;
  readonly population?: string;
}

export interface AppState {
  readonly mode: ModeName;
  readonly sources: DataSources;
  readonly dataParams: DataParams;
  /** The visible time window in UTC ms; null = the data's whole span. */
  readonly domain: TimeDomain | null;
  readonly selectedEventId: string | null;
  readonly filters: Filters;
  readonly ui: UiState;
  /** A zoom/pan gesture is running: only the timeline follows it; the URL and linked views wait for it to settle. */
  readonly gesturing: boolean;
  readonly linked: LinkedState;
  readonly progress: Partial<Record<DataKind, LoadProgress | undefined>>;
  readonly actions: AppActions;
}

export interface AppActions extends LinkedActions {
  setDomain(domain: TimeDomain | null): void;
  selectEvent(id: string | null): void;
  setProgress(kind: DataKind, progress: LoadProgress | undefined): void;
  /** ids to show (de-duplicated; empty = all); with allIds, choosing every one of them is stored as null. */
  setCategories(ids: readonly string[] | null, allIds?: readonly string[]): void;
  /** Shows or hides one category. Hiding the last visible one is refused: nothing changes. */
  toggleCategory(id: string, allIds: readonly string[]): void;
  setQuery(query: string): void;
  setTheme(theme: ThemeName | null): void;
  /** A positive integer or null; anything else is ignored. */
  setStep(step: number | null): void;
  setBandCompare(on: boolean): void;
  setGesturing(on: boolean): void;
  /** Presenter: a step, its window and its event in one update (so one history entry); step null leaves ui.step. */
  showStep(step: number | null, domain: TimeDomain, eventId: string): void;
  /**
   * Replaces everything the URL describes (on popstate). The data params change
   * only together with the sources resolved from them, so the two never disagree.
   */
  applyUrlState(url: UrlState, sources?: DataSources): void;
  /**
   * Shows files the reader opened (already validated). Each replaces the file
   * of its kind; a bundled file of the other kind is dropped, as with ?events=,
   * so the reader's data never sits beside ours by accident. The view starts afresh.
   */
  showLocalData(opened: Partial<Record<DataKind, DataSource>>): void;
  /** Back to the bundled files, with a fresh view. */
  showBundledData(bundled: DataSources): void;
}

export interface AppStoreInit {
  readonly mode: ModeName;
  readonly sources: DataSources;
  readonly dataParams?: DataParams;
  readonly domain?: TimeDomain | null;
  readonly selectedEventId?: string | null;
  readonly categories?: readonly string[] | null;
  readonly query?: string;
  readonly theme?: ThemeName | null;
  readonly step?: number | null;
  readonly bandCompare?: boolean;
}

export type AppStore = StoreApi<AppState>;

/** What a new dataset starts with: its ids, categories and span are not the old one's. */
const FRESH_VIEW = {
  domain: null,
  selectedEventId: null,
  filters: { categories: null, query: "" },
  linked: INITIAL_LINKED,
  progress: {},
} as const satisfies Partial<AppState>;

export function createAppStore(init: AppStoreInit): AppStore {
  return createStore<AppState>()((set, get) => ({
    mode: init.mode,
    sources: init.sources,
    dataParams: init.dataParams ?? {},
    domain: init.domain ?? null,
    selectedEventId: init.selectedEventId ?? null,
    filters: { categories: normaliseCategories(init.categories ?? null), query: init.query ?? "" },
    ui: { theme: init.theme ?? null, step: validStep(init.step ?? null) ?? null, bandCompare: init.bandCompare ?? false },
    gesturing: false,
    linked: INITIAL_LINKED,
    progress: {},
    actions: {
      ...linkedActions(set),
      setDomain: (domain) => set({ domain }),
      selectEvent: (selectedEventId) => set({ selectedEventId }),
      setProgress: (kind, progress) => set((s) => ({ progress: { ...s.progress, [kind]: progress } })),
      setCategories: (ids, allIds) => {
        const next = normaliseCategories(ids, allIds);
        if (!sameList(next, get().filters.categories)) set((s) => ({ filters: { ...s.filters, categories: next } }));
      },
      toggleCategory: (id, allIds) => {
        if (!allIds.includes(id)) return;
        const visible = new Set(visibleCategories(get().filters.categories, allIds));
        if (visible.has(id)) {
          if (visible.size === 1) return;
          visible.delete(id);
        } else visible.add(id);
        get().actions.setCategories(allIds.filter((c) => visible.has(c)), allIds);
      },
      setQuery: (query) => {
        if (query !== get().filters.query) set((s) => ({ filters: { ...s.filters, query } }));
      },
      setTheme: (theme) => set((s) => ({ ui: { ...s.ui, theme } })),
      setStep: (step) => {
        const next = validStep(step);
        if (next !== undefined) set((s) => ({ ui: { ...s.ui, step: next } }));
      },
      setBandCompare: (bandCompare) => set((s) => ({ ui: { ...s.ui, bandCompare } })),
      setGesturing: (gesturing) => set({ gesturing }),
      showStep: (step, domain, selectedEventId) => {
        const next = step === null ? undefined : validStep(step);
        set((s) => ({ domain, selectedEventId, ...(next != null ? { ui: { ...s.ui, step: next } } : {}) }));
      },
      showLocalData: (opened) =>
        set((s) => {
          const keep = (kind: DataKind) => {
            const current = s.sources[kind];
            return current && !current.bundled ? current : null;
          };
          const sources: DataSources = { events: opened.events ?? keep("events"), population: opened.population ?? keep("population") };
          // Only a file fetched from an address can stay in the URL.
          const dataParams: DataParams = {
            ...(sources.events && !sources.events.local && s.dataParams.events !== undefined ? { events: s.dataParams.events } : {}),
            ...(sources.population && !sources.population.local && s.dataParams.population !== undefined
              ? { population: s.dataParams.population }
              : {}),
          };
          return { sources, dataParams, ...FRESH_VIEW, ui: { ...s.ui, step: null } };
        }),
      showBundledData: (bundled) => set((s) => ({ sources: bundled, dataParams: {}, ...FRESH_VIEW, ui: { ...s.ui, step: null } })),
      applyUrlState: (url, sources) =>
        set((s) => ({ ...stateFromUrl(url, s), ...(sources ? { sources, dataParams: dataParamsOf(url) } : {}) })),
    },
  }));
}

/** The store's starting values for a URL (what main.tsx passes to createAppStore). */
export function storeInitFromUrl(url: UrlState, sources: DataSources): AppStoreInit {
  return {
    mode: url.mode,
    sources,
    dataParams: dataParamsOf(url),
    domain: url.domain ?? null,
    selectedEventId: url.event ?? null,
    categories: url.categories ?? null,
    query: url.q ?? "",
    theme: url.theme ?? null,
    step: url.step ?? null,
    bandCompare: url.band === "compare",
  };
}

/**
 * The categories to draw: those of allIds that are chosen, in allIds' order;
 * all of them when none is chosen or none of the chosen ones exists (a URL
 * naming only unknown categories shows everything rather than nothing).
 */
export function visibleCategories(chosen: readonly string[] | null, allIds: readonly string[]): readonly string[] {
  if (chosen === null) return allIds;
  const set = new Set(chosen);
  const shown = allIds.filter((id) => set.has(id));
  return shown.length ? shown : allIds;
}

function stateFromUrl(url: UrlState, s: AppState): Partial<AppState> {
  const categories = normaliseCategories(url.categories ?? null);
  const domain = url.domain ?? null;
  return {
    mode: url.mode,
    domain: domain && s.domain && domain[0] === s.domain[0] && domain[1] === s.domain[1] ? s.domain : domain,
    selectedEventId: url.event ?? null,
    filters: {
      categories: sameList(categories, s.filters.categories) ? s.filters.categories : categories,
      query: url.q ?? "",
    },
    ui: { theme: url.theme ?? null, step: url.step ?? null, bandCompare: url.band === "compare" },
  };
}

/** The data-file parameters of a URL state. */
export function dataParamsOf(url: UrlState): DataParams {
  return {
    ...(url.events !== undefined ? { events: url.events } : {}),
    ...(url.population !== undefined ? { population: url.population } : {}),
  };
}

function normaliseCategories(ids: readonly string[] | null, allIds?: readonly string[]): readonly string[] | null {
  if (ids === null) return null;
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  if (allIds && allIds.every((id) => unique.includes(id))) return null;
  return unique;
}

/** The step to store: a positive integer or null; undefined when the value is not one. */
function validStep(step: number | null): number | null | undefined {
  if (step === null) return null;
  return Number.isSafeInteger(step) && step >= 1 ? step : undefined;
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStore needs an <AppStoreContext.Provider>");
  return useStore(store, selector);
}

export const useActions = () => useAppStore((s) => s.actions);
