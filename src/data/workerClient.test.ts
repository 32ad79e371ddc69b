import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadsInName, type FromWorker, type ToWorker } from "./protocol.ts";

// The page's side of the data worker, against a stand-in worker that records
// what it is told and answers when the test says.

class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: ToWorker[] = [];
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL, readonly options: { name: string }) {
    FakeWorker.made.push(this);
  }
  terminate(): void {
    this.terminated = true;
  }
  postMessage(msg: ToWorker): void {
    this.posted.push(msg);
  }
  answer(msg: FromWorker): void {
    this.onmessage?.({ data: msg } as MessageEvent<FromWorker>);
  }
}

const events = { dataKind: "events" as const, url: "https://example.org/data/events.json", file: "events.json" };
const population = { dataKind: "population" as const, url: "https://example.org/data/population.json", file: "population.json" };

async function freshClient() {
  vi.resetModules();
  return import("./workerClient.ts");
}

/** An events load the first script started, taken over by the app's request: the worker, the load's id, and its result. */
async function takenOverLoad() {
  const client = await freshClient();
  client.preloadInWorker([events]);
  const worker = FakeWorker.made[0] as FakeWorker;
  const id = loadsInName(worker.options.name)[0]?.id ?? -1;
  return { worker, id, result: client.loadInWorker(events) };
}

describe("workerClient", () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("starts the worker with the first loads in its name, and posts none of them", async () => {
    const client = await freshClient();
    client.preloadInWorker([events, population]);
    const [worker] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(1);
    expect(loadsInName(worker?.options.name ?? "").map((l) => l.file)).toEqual(["events.json", "population.json"]);
    expect(worker?.posted).toEqual([]);
  });

  it("hands a started load to the app's own request instead of asking again", async () => {
    const client = await freshClient();
    client.preloadInWorker([events]);
    const worker = FakeWorker.made[0] as FakeWorker;
    const [load] = loadsInName(worker.options.name);
    const progress: number[] = [];
    worker.answer({ type: "progress", id: load?.id ?? -1, progress: { phase: "download", loaded: 10, total: 100 } });
    const result = client.loadInWorker(events, { onProgress: (p) => progress.push(p.loaded) });
    worker.answer({ type: "progress", id: load?.id ?? -1, progress: { phase: "download", loaded: 60, total: 100 } });
    worker.answer({ type: "done", id: load?.id ?? -1, data: { title: "t" } as never });
    await expect(result).resolves.toEqual({ title: "t" });
    expect(worker.posted).toEqual([]);
    // The progress before the app asked is passed on too.
    expect(progress).toEqual([10, 60]);
    // A second request (a retry) is a new load.
    void client.loadInWorker(events);
    expect(worker.posted.map((m) => m.type)).toEqual(["load"]);
  });

  it("joins a big file's parts, sent ahead as JSON text, back into its events", async () => {
    const { worker, id, result } = await takenOverLoad();
    worker.answer({ type: "part", id, json: JSON.stringify([{ id: "a" }, { id: "b" }]) });
    worker.answer({ type: "part", id, json: JSON.stringify([{ id: "c" }]) });
    worker.answer({ type: "done", id, data: { title: "t", events: [] } as never });
    await expect(result).resolves.toEqual({ title: "t", events: [{ id: "a" }, { id: "b" }, { id: "c" }] });
  });

  it("forgets the parts the worker calls void, and takes the events the document brings", async () => {
    const { worker, id, result } = await takenOverLoad();
    worker.answer({ type: "part", id, json: JSON.stringify([{ id: "stale" }]) });
    worker.answer({ type: "drop-parts", id });
    worker.answer({ type: "done", id, data: { title: "t", events: [{ id: "whole" }] } as never });
    await expect(result).resolves.toEqual({ title: "t", events: [{ id: "whole" }] });
  });

  describe("files that arrive before the app starts", () => {
    it("are handed over whole, once, and only once they have arrived", async () => {
      const client = await freshClient();
      client.preloadInWorker([events, population]);
      const worker = FakeWorker.made[0] as FakeWorker;
      const [ev, pop] = loadsInName(worker.options.name);
      expect(client.takeEarlyDocument(events)).toBeUndefined();
      worker.answer({ type: "done", id: ev?.id ?? -1, data: { title: "early" } as never });
      await Promise.resolve();
      expect(client.takeEarlyDocument(events)).toEqual({ title: "early" });
      // Taken: a second request (a retry) loads it again.
      expect(client.takeEarlyDocument(events)).toBeUndefined();
      void client.loadInWorker(events);
      expect(worker.posted.map((m) => m.type)).toEqual(["load"]);
      // A file that failed is not handed over: the app's own request meets the failure.
      worker.answer({ type: "failed", id: pop?.id ?? -1, error: { dataKind: "population", file: "population.json", url: population.url, detail: { kind: "http", status: 404, statusText: "Not Found" } } });
      await Promise.resolve();
      expect(client.takeEarlyDocument(population)).toBeUndefined();
      await expect(client.loadInWorker(population)).rejects.toThrow();
    });

    it("are waited for until every one has ended, or for a limit at most", async () => {
      vi.useFakeTimers();
      const client = await freshClient();
      client.preloadInWorker([events, population]);
      const worker = FakeWorker.made[0] as FakeWorker;
      const [ev, pop] = loadsInName(worker.options.name);
      let ended = false;
      void client.earlyLoadsEnded(100).then(() => (ended = true));
      worker.answer({ type: "done", id: ev?.id ?? -1, data: { title: "t" } as never });
      await vi.advanceTimersByTimeAsync(10);
      expect(ended).toBe(false);
      worker.answer({ type: "crashed", id: pop?.id ?? -1, message: "boom" });
      await vi.advanceTimersByTimeAsync(0);
      expect(ended).toBe(true);

      let gaveUp = false;
      const other = await freshClient();
      other.preloadInWorker([events]);
      void other.earlyLoadsEnded(100).then(() => (gaveUp = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(gaveUp).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(gaveUp).toBe(true);
    });
  });
});

describe("when the worker fails", () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("does its loads on the page instead, those in hand and those after", async () => {
    const body = readFileSync(resolve(__dirname, "../../data/population.json"), "utf8");
    const { series } = JSON.parse(body) as { series: unknown[] };
    const fetched: string[] = [];
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(body, { status: 200, headers: { "Content-Type": "application/json" } }));
    });
    const client = await freshClient();
    client.preloadInWorker([population]);
    const worker = FakeWorker.made[0] as FakeWorker;
    const first = client.loadInWorker(population);
    worker.onerror?.(new Event("error"));
    await expect(first).resolves.toMatchObject({ schemaVersion: 1, series });
    await expect(client.loadInWorker(population)).resolves.toMatchObject({ schemaVersion: 1, series });
    expect(fetched).toEqual([population.url, population.url]);
    // No second worker is started.
    expect(worker.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
