import { describe, expect, it } from "vitest";
import { foreignHost, resolveDataSources } from "./sources.ts";

const page = "https://crossings.example/dash/?mode=explore";

describe("resolveDataSources", () => {
  it("loads the bundled pair from the site's own data/ path by default", () => {
    const s = resolveDataSources({}, page, "./");
    expect(s.events).toEqual({ url: "https://crossings.example/dash/data/events.json", file: "events.json", bundled: true });
    expect(s.population?.url).toBe("https://crossings.example/dash/data/population.json");
  });

  it("replacing only the events drops the bundled population", () => {
    const s = resolveDataSources({ events: "https://example.org/x/my-events.json" }, page, "./");
    expect(s.events).toEqual({ url: "https://example.org/x/my-events.json", file: "my-events.json", bundled: false });
    expect(s.population).toBeNull();
  });

  it("resolves relative addresses against the page", () => {
    const s = resolveDataSources({ population: "files/pop.json" }, page, "./");
    expect(s.population?.url).toBe("https://crossings.example/dash/files/pop.json");
    expect(s.events).toBeNull();
  });

  it("names the host of data from elsewhere, and nothing for ours", () => {
    const s = resolveDataSources({ events: "https://example.org/e.json", population: "/p.json" }, page, "./");
    expect(foreignHost(s.events, page)).toBe("example.org");
    expect(foreignHost(s.population, page)).toBeNull();
  });
});
