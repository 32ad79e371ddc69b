import { afterEach, describe, expect, it, vi } from "vitest";
import { dataKeys } from "../data/queries.ts";
import type { DataSources } from "../data/sources.ts";

// startLoading puts a file that arrived before the app started straight into
// the cache, so that the first render draws it; others are fetched as usual.

const arrived = new Map<string, unknown>();
const loads: string[] = [];
vi.mock("../data/workerClient.ts", () => ({
  takeEarlyDocument: (req: { url: string }) => {
    const doc = arrived.get(req.url);
    arrived.delete(req.url);
    return doc;
  },
  loadInWorker: (req: { url: string }) => {
    loads.push(req.url);
    return new Promise(() => undefined);
  },
  readLocalInWorker: () => new Promise(() => undefined),
}));

const { createQueryClient, startLoading } = await import("./queryClient.ts");

const events = { url: "https://example.org/data/events.json", file: "events.json", bundled: true };
const population = { url: "https://example.org/data/population.json", file: "population.json", bundled: true };
const sources: DataSources = { events, population };

describe("startLoading", () => {
  afterEach(() => {
    arrived.clear();
    loads.length = 0;
  });

  it("caches a file that has already arrived at once, and fetches only the others", () => {
    arrived.set(events.url, { title: "arrived" });
    const client = createQueryClient();
    startLoading(client, sources, () => undefined);
    expect(client.getQueryData(dataKeys.file("events", events.url))).toEqual({ title: "arrived" });
    expect(client.getQueryState(dataKeys.file("population", population.url))?.fetchStatus).toBe("fetching");
    expect(loads).toEqual([population.url]);
  });
});
