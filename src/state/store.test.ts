import { describe, expect, it } from "vitest";
import type { DataSources } from "../data/sources.ts";
import { createAppStore, storeInitFromUrl, visibleCategories, type AppStoreInit } from "./store.ts";
import { parseUrlState } from "./url.ts";

const SOURCES: DataSources = {
  events: { url: "http://localhost/data/events.json", file: "events.json", bundled: true },
  population: { url: "http://localhost/data/population.json", file: "population.json", bundled: true },
};
const ALL = ["conflict", "displacement", "returns", "policy"] as const;

const fresh = (init: Partial<AppStoreInit> = {}) => createAppStore({ mode: "explore", sources: SOURCES, ...init });

describe("createAppStore", () => {
  it("starts from defaults for everything not given", () => {
    const s = fresh().getState();
    expect(s.domain).toBeNull();
    expect(s.selectedEventId).toBeNull();
    expect(s.filters).toEqual({ categories: null, query: "" });
    expect(s.ui).toEqual({ theme: null, step: null, bandCompare: false });
    expect(s.gesturing).toBe(false);
    expect(s.dataParams).toEqual({});
  });

  it("starts from a URL", () => {
    const url = parseUrlState("?from=1988&to=1992&event=e-1&cat=returns&q=kabul&band=compare&mode=present&step=2&theme=dark&events=e.json");
    const s = createAppStore(storeInitFromUrl(url, SOURCES)).getState();
    expect(s.mode).toBe("present");
    expect(s.domain).toEqual([Date.UTC(1988, 0, 1), Date.UTC(1993, 0, 1)]);
    expect(s.selectedEventId).toBe("e-1");
    expect(s.filters).toEqual({ categories: ["returns"], query: "kabul" });
    expect(s.ui).toEqual({ theme: "dark", step: 2, bandCompare: true });
    expect(s.dataParams).toEqual({ events: "e.json" });
  });
});

describe("categories", () => {
  it("toggles one off and on again, keeping the data's order, back to null for all", () => {
    const store = fresh();
    const { toggleCategory } = store.getState().actions;
    toggleCategory("returns", ALL);
    expect(store.getState().filters.categories).toEqual(["conflict", "displacement", "policy"]);
    toggleCategory("conflict", ALL);
    toggleCategory("returns", ALL);
    expect(store.getState().filters.categories).toEqual(["displacement", "returns", "policy"]);
    toggleCategory("conflict", ALL);
    expect(store.getState().filters.categories).toBeNull();
  });

  it("refuses to hide the last visible category", () => {
    const store = fresh({ categories: ["policy"] });
    const before = store.getState().filters;
    store.getState().actions.toggleCategory("policy", ALL);
    expect(store.getState().filters).toBe(before);
  });

  it("ignores a category the data does not have, and drops unknown ones from the URL on the next toggle", () => {
    const store = fresh({ categories: ["bogus", "policy", "returns"] });
    store.getState().actions.toggleCategory("nope", ALL);
    expect(store.getState().filters.categories).toEqual(["bogus", "policy", "returns"]);
    store.getState().actions.toggleCategory("policy", ALL);
    expect(store.getState().filters.categories).toEqual(["returns"]);
  });

  it("stores an empty or complete choice as null (all) and de-duplicates", () => {
    const store = fresh();
    const { setCategories } = store.getState().actions;
    setCategories(["policy", "policy", "returns"]);
    expect(store.getState().filters.categories).toEqual(["policy", "returns"]);
    setCategories([]);
    expect(store.getState().filters.categories).toBeNull();
    setCategories([...ALL].reverse(), ALL);
    expect(store.getState().filters.categories).toBeNull();
    expect(fresh({ categories: [] }).getState().filters.categories).toBeNull();
  });

  it("visibleCategories shows all for null or for a choice of unknown ids only", () => {
    expect(visibleCategories(null, ALL)).toEqual(ALL);
    expect(visibleCategories(["returns", "conflict"], ALL)).toEqual(["conflict", "returns"]);
    expect(visibleCategories(["bogus"], ALL)).toEqual(ALL);
  });
});

describe("the other actions", () => {
  it("keeps the query as typed and does not notify when it is unchanged", () => {
    const store = fresh();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().actions.setQuery("kabul ");
    store.getState().actions.setQuery("kabul ");
    expect(store.getState().filters.query).toBe("kabul ");
    expect(calls).toBe(1);
  });

  it("accepts only positive integer steps", () => {
    const store = fresh();
    const { setStep } = store.getState().actions;
    setStep(3);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) setStep(bad);
    expect(store.getState().ui.step).toBe(3);
    setStep(null);
    expect(store.getState().ui.step).toBeNull();
  });

  it("sets theme, band, gesturing", () => {
    const store = fresh();
    const a = store.getState().actions;
    a.setTheme("dark");
    a.setBandCompare(true);
    a.setGesturing(true);
    expect(store.getState().ui).toEqual({ theme: "dark", step: null, bandCompare: true });
    expect(store.getState().gesturing).toBe(true);
  });
});

describe("applyUrlState", () => {
  it("replaces everything the URL describes and nothing else", () => {
    const store = fresh({ domain: [1, 2], selectedEventId: "a", categories: ["policy"], query: "x", theme: "dark", step: 4 });
    store.getState().actions.setProgress("events", { phase: "download", loaded: 1, total: 2 });
    store.getState().actions.applyUrlState(parseUrlState("?event=b&band=compare"));
    const s = store.getState();
    expect(s.domain).toBeNull();
    expect(s.selectedEventId).toBe("b");
    expect(s.filters).toEqual({ categories: null, query: "" });
    expect(s.ui).toEqual({ theme: null, step: null, bandCompare: true });
    expect(s.progress.events).toEqual({ phase: "download", loaded: 1, total: 2 });
    expect(s.sources).toBe(SOURCES);
  });

  it("keeps the same domain and category arrays when they are equal, so narrow selectors do not re-render", () => {
    const url = parseUrlState("?from=1990&to=1991&cat=policy,returns");
    const store = createAppStore(storeInitFromUrl(url, SOURCES));
    const { domain, filters } = store.getState();
    store.getState().actions.applyUrlState(parseUrlState("?from=1990-01&to=1991-12&cat=policy,returns&q=k"));
    expect(store.getState().domain).toBe(domain);
    expect(store.getState().filters.categories).toBe(filters.categories);
  });

  it("changes the data params only together with sources", () => {
    const store = fresh({ dataParams: { events: "a.json" } });
    store.getState().actions.applyUrlState(parseUrlState("?events=b.json"));
    expect(store.getState().dataParams).toEqual({ events: "a.json" });
    const other: DataSources = { events: { url: "http://localhost/b.json", file: "b.json", bundled: false }, population: null };
    store.getState().actions.applyUrlState(parseUrlState("?events=b.json"), other);
    expect(store.getState().dataParams).toEqual({ events: "b.json" });
    expect(store.getState().sources).toBe(other);
  });
});

describe("the reader's own files", () => {
  const local = (file: string) => ({ url: `local:1/${file}`, file, bundled: false, local: new Blob(["{}"]) });
  const viewed = () =>
    fresh({ domain: [0, 1], selectedEventId: "e-1", categories: ["returns"], query: "kabul", step: 3, theme: "dark" });

  it("a local events file replaces the bundled pair, drops the bundled population and starts a fresh view", () => {
    const store = viewed();
    store.getState().actions.showLocalData({ events: local("mine.json") });
    const s = store.getState();
    expect(s.sources.events?.file).toBe("mine.json");
    expect(s.sources.population).toBeNull();
    expect(s.dataParams).toEqual({});
    expect([s.domain, s.selectedEventId, s.filters, s.ui.step]).toEqual([null, null, { categories: null, query: "" }, null]);
    expect(s.ui.theme).toBe("dark");
  });

  it("keeps the reader's other file, local or from an address, and the address's URL parameter", () => {
    const fromUrl = { url: "https://example.org/p.json", file: "p.json", bundled: false };
    const store = fresh({ sources: { events: { ...fromUrl, file: "e.json" }, population: fromUrl }, dataParams: { events: "e", population: "p" } });
    store.getState().actions.showLocalData({ events: local("mine.json") });
    expect(store.getState().sources.population).toBe(fromUrl);
    expect(store.getState().dataParams).toEqual({ population: "p" });
    store.getState().actions.showLocalData({ population: local("pop.json") });
    expect(store.getState().sources.events?.file).toBe("mine.json");
    expect(store.getState().dataParams).toEqual({});
  });

  it("goes back to the bundled files with a fresh view", () => {
    const store = viewed();
    store.getState().actions.showLocalData({ events: local("mine.json") });
    store.getState().actions.selectEvent("x");
    store.getState().actions.showBundledData(SOURCES);
    expect(store.getState().sources).toBe(SOURCES);
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().dataParams).toEqual({});
  });
});
