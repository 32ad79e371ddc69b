import { createContext, useContext } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import type { LoadProgress } from "../data/load.ts";
import type { DataSources } from "../data/sources.ts";
import type { DataKind } from "../data/validate.ts";
import type { ModeName } from "./url.ts";

// One store, made by a factory so every test and every page gets its own.
// Slices are small and typed; cross-slice changes are named actions.

export type TimeDomain = readonly [number, number];

export interface AppState {
  readonly mode: ModeName;
  readonly sources: DataSources;
  /** The visible time window in UTC ms; null = the data's whole span. */
  readonly domain: TimeDomain | null;
  readonly selectedEventId: string | null;
  readonly progress: Partial<Record<DataKind, LoadProgress | undefined>>;
  readonly actions: {
    setDomain(domain: TimeDomain | null): void;
    selectEvent(id: string | null): void;
    setProgress(kind: DataKind, progress: LoadProgress | undefined): void;
  };
}

export interface AppStoreInit {
  readonly mode: ModeName;
  readonly sources: DataSources;
  readonly domain?: TimeDomain | null;
  readonly selectedEventId?: string | null;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(init: AppStoreInit): AppStore {
  return createStore<AppState>()((set) => ({
    mode: init.mode,
    sources: init.sources,
    domain: init.domain ?? null,
    selectedEventId: init.selectedEventId ?? null,
    progress: {},
    actions: {
      setDomain: (domain) => set({ domain }),
      selectEvent: (selectedEventId) => set({ selectedEventId }),
      setProgress: (kind, progress) =>
        set((s) => ({ progress: { ...s.progress, [kind]: progress } })),
    },
  }));
}

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStore needs an <AppStoreContext.Provider>");
  return useStore(store, selector);
}

export const useActions = () => useAppStore((s) => s.actions);
