import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { DataSources } from "../data/sources.ts";
import { createAppStore, storeInitFromUrl, type AppStore } from "./store.ts";
import { startUrlSync, urlStateOf } from "./syncUrl.ts";
import { parseUrlState } from "./url.ts";

const SOURCES: DataSources = {
  events: { url: "http://localhost/data/events.json", file: "events.json", bundled: true },
  population: { url: "http://localhost/data/population.json", file: "population.json", bundled: true },
};
const ALL = ["conflict", "returns", "policy"];
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

let push: MockInstance<History["pushState"]>;
let replace: MockInstance<History["replaceState"]>;
let stop: () => void = () => {};

/** A store as main.tsx makes it from the page's URL, kept in sync. */
function start(path = "/"): AppStore {
  window.history.replaceState(null, "", path);
  const store = createAppStore(storeInitFromUrl(parseUrlState(window.location.search), SOURCES));
  push.mockClear();
  replace.mockClear();
  stop = startUrlSync(store);
  return store;
}

/** The browser's Back button: jsdom traverses history asynchronously and then fires popstate. */
function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener("popstate", () => resolve(), { once: true });
    window.history.back();
  });
}

const search = () => decodeURIComponent(window.location.search);

beforeEach(() => {
  push = vi.spyOn(window.history, "pushState");
  replace = vi.spyOn(window.history, "replaceState");
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe("writing the URL", () => {
  it("pushes one entry for a settled zoom, and nothing for a change the URL does not show", () => {
    const store = start();
    store.getState().actions.setDomain([utc("1988-01-01"), utc("1993-01-01")]);
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe("?from=1988&to=1992");
    store.getState().actions.setDomain([utc("1988-01-01"), utc("1993-01-01")]);
    store.getState().actions.setDomain([utc("1988-01-01") + 1000, utc("1993-01-01") - 1000]);
    store.getState().actions.setProgress("events", { phase: "download", loaded: 5, total: null });
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
  });

  it("during a gesture pushes one entry, then only replaces it, and settling adds none", () => {
    const store = start();
    const a = store.getState().actions;
    a.setGesturing(true);
    expect(push).not.toHaveBeenCalled();
    a.setDomain([utc("1990-01-01"), utc("2000-01-01")]);
    a.setDomain([utc("1991-01-01"), utc("2000-01-01")]);
    a.setDomain([utc("1992-01-01"), utc("2000-01-01")]);
    a.setGesturing(false);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(search()).toBe("?from=1992&to=1999");
    a.selectEvent("peshawar-accord-1992");
    expect(push).toHaveBeenCalledTimes(2);
  });

  it("a gesture that sets the domain only as it settles pushes one entry", () => {
    const store = start();
    const a = store.getState().actions;
    a.setGesturing(true);
    a.setGesturing(false);
    a.setDomain([utc("1990-01-01"), utc("2000-01-01")]);
    a.setGesturing(true);
    a.setDomain([utc("1991-01-01"), utc("2000-01-01")]);
    a.setGesturing(false);
    expect(push).toHaveBeenCalledTimes(2);
    expect(replace).not.toHaveBeenCalled();
  });

  it("pushes the first letter of a search and replaces the rest of the word", () => {
    const store = start();
    const a = store.getState().actions;
    for (const q of ["k", "ka", "kab", "kab ", "kabul"]) a.setQuery(q);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(3); // "kab " writes the same URL as "kab"
    expect(search()).toBe("?q=kabul");
    a.selectEvent("e-1");
    a.setQuery("kabul r");
    expect(push).toHaveBeenCalledTimes(3);
  });

  it("replaces for a theme change and pushes for categories, steps and the band", () => {
    const store = start("/?mode=present");
    const a = store.getState().actions;
    a.setTheme("dark");
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    a.toggleCategory("returns", ALL);
    a.setStep(2);
    a.setBandCompare(true);
    expect(push).toHaveBeenCalledTimes(3);
    expect(search()).toBe("?cat=conflict,policy&band=compare&mode=present&step=2&theme=dark");
  });

  it("in the presenter, framing a step replaces the entry and a new step pushes one", () => {
    const store = start("/?mode=present");
    const a = store.getState().actions;
    a.showStep(null, [utc("1988-01-01"), utc("1990-01-01")], "withdrawal");
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    a.showStep(2, [utc("1991-01-01"), utc("1993-01-01")], "returns");
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe("?from=1991&to=1992&event=returns&mode=present&step=2");
  });

  it("writes the data params back as they were given and keeps path and hash", () => {
    const store = start("/sub/?events=https://example.org/e.json&population=p.json#top");
    store.getState().actions.selectEvent("x");
    expect(window.location.pathname).toBe("/sub/");
    expect(window.location.hash).toBe("#top");
    expect(search()).toBe("?event=x&events=https://example.org/e.json&population=p.json");
  });

  it("rewrites a non-canonical starting URL in place, once", () => {
    start("/?mode=admin&from=banana&to=1990&cat=returns%2Cconflict&step=1.5&utm=x");
    expect(window.location.search).toBe("?cat=returns,conflict");
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
  });

  it("stops writing once stopped", () => {
    const store = start();
    stop();
    store.getState().actions.selectEvent("x");
    expect(push).not.toHaveBeenCalled();
  });
});

describe("Back", () => {
  it("restores the previous domain, selection and filters", async () => {
    const store = start("/?cat=conflict,returns");
    const a = store.getState().actions;
    a.setDomain([utc("1988-01-01"), utc("1993-01-01")]);
    a.selectEvent("geneva-accords-signed-1988");
    a.toggleCategory("policy", ALL);
    expect(store.getState().filters.categories).toBeNull();

    await back();
    expect(store.getState().filters.categories).toEqual(["conflict", "returns"]);
    expect(store.getState().selectedEventId).toBe("geneva-accords-signed-1988");
    await back();
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().domain).toEqual([utc("1988-01-01"), utc("1993-01-01")]);
    await back();
    expect(store.getState().domain).toBeNull();
    expect(store.getState().filters.categories).toEqual(["conflict", "returns"]);
  });

  it("goes back past a whole gesture and a whole search in one step each", async () => {
    const store = start();
    const a = store.getState().actions;
    a.setGesturing(true);
    a.setDomain([utc("1990-01-01"), utc("2000-01-01")]);
    a.setDomain([utc("1995-01-01"), utc("2000-01-01")]);
    a.setGesturing(false);
    for (const q of ["r", "re", "ret"]) a.setQuery(q);
    await back();
    expect(store.getState().filters.query).toBe("");
    expect(store.getState().domain).toEqual([utc("1995-01-01"), utc("2000-01-01")]);
    await back();
    expect(store.getState().domain).toBeNull();
  });

  it("writes nothing while it applies the URL, and the next change pushes again", async () => {
    const store = start();
    const a = store.getState().actions;
    a.selectEvent("one");
    a.selectEvent("two");
    push.mockClear();
    replace.mockClear();
    await back();
    expect(store.getState().selectedEventId).toBe("one");
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    a.toggleCategory("conflict", ALL);
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe("?event=one&cat=returns,policy");
  });

  it("resolves new sources when Back changes the data params, if it can", async () => {
    window.history.replaceState(null, "", "/?events=a.json");
    const store = createAppStore(storeInitFromUrl(parseUrlState(window.location.search), SOURCES));
    const resolved: DataSources = { events: null, population: null };
    const resolveSources = vi.fn(() => resolved);
    stop = startUrlSync(store, { resolveSources });
    window.history.pushState(null, "", "/?events=b.json");
    window.history.pushState(null, "", "/?events=b.json&event=x");
    await back();
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().dataParams).toEqual({ events: "b.json" });
    expect(resolveSources).toHaveBeenCalledWith({ events: "b.json" });
    expect(store.getState().sources).toBe(resolved);
  });
});

it("urlStateOf leaves defaults out", () => {
  const store = createAppStore({ mode: "explore", sources: SOURCES, query: "  ", categories: [] });
  expect(urlStateOf(store.getState())).toEqual({ mode: "explore" });
});
