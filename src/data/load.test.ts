import { describe, expect, it } from "vitest";
import { autoRetries, DataLoadError, isRetryable, summarizeDataError, type DataErrorDetail } from "./errors.ts";
import { loadDataFile, WHOLE_READ_BYTES } from "./load.ts";
import { PART_SIZE } from "./transfer.ts";
import { validateText } from "./validate.ts";
import { eventsDocument } from "../../scripts/bench/generate.ts";
import { digestOfText } from "../../scripts/checkedData.ts";

const req = { dataKind: "events" as const, url: "https://example.org/events.json", file: "events.json" };
const validEvents = {
  schemaVersion: 1,
  title: "T",
  categories: [{ id: "a", label: "A" }],
  events: [{ id: "e", date: "2001", title: "E", category: "a", sources: [{ name: "S", url: "https://example.org" }] }],
};

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return () => Promise.resolve(new Response(body, init));
}

async function failure(promise: Promise<unknown>): Promise<DataErrorDetail> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DataLoadError) return err.info.detail;
    throw err;
  }
  throw new Error("expected the load to fail");
}

describe("loadDataFile", () => {
  it("returns the validated document", async () => {
    const doc = await loadDataFile(req, { fetch: respond(JSON.stringify(validEvents)) });
    expect(doc.events[0]?.id).toBe("e");
  });

  it("reports every schema problem as an invalid file, not retryable", async () => {
    const bad = { ...validEvents, events: [{ id: "e", date: "2023-02-30", title: "", category: "a", sources: [] }] };
    const detail = await failure(loadDataFile(req, { fetch: respond(JSON.stringify(bad)) }));
    expect(detail).toEqual({
      kind: "invalid",
      problems: [
        { file: "events.json", path: "events[0].date", message: '"2023-02-30" is not a real date: February 2023 has 28 days' },
        { file: "events.json", path: "events[0].title", message: "should not be empty" },
        { file: "events.json", path: "events[0].sources", message: "should list at least 1 item" },
      ],
    });
  });

  it.each([
    [404, "Not Found", false],
    [403, "Forbidden", false],
    [500, "Internal Server Error", true],
    [503, "Service Unavailable", true],
  ])("maps HTTP %i to an http error (retryable: %s)", async (status, statusText, retryable) => {
    const promise = loadDataFile(req, { fetch: respond("nope", { status, statusText }) });
    const err = await promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).info.detail).toEqual({ kind: "http", status, statusText });
    expect(isRetryable(err)).toBe(retryable);
  });

  it("maps a failed request to a retryable network error", async () => {
    const fetchFails: typeof fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    const err = await loadDataFile(req, { fetch: fetchFails }).catch((e: unknown) => e);
    expect((err as DataLoadError).info.detail).toEqual({ kind: "network", message: "Failed to fetch" });
    expect(isRetryable(err)).toBe(true);
  });

  it("says offline when the device is offline, without fetching", async () => {
    let fetched = false;
    const spy: typeof fetch = () => {
      fetched = true;
      return Promise.reject(new Error("unreachable"));
    };
    expect(await failure(loadDataFile(req, { fetch: spy, isOnline: () => false }))).toEqual({ kind: "offline" });
    expect(fetched).toBe(false);
  });

  it("times out a server that never answers", async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_ok, fail) => init?.signal?.addEventListener("abort", () => fail(new DOMException("aborted", "AbortError"))));
    const detail = await failure(loadDataFile(req, { fetch: hang, timeoutMs: 20 }));
    expect(detail).toEqual({ kind: "timeout", seconds: 0.02 });
  });

  it("refuses a file whose declared size is over the limit before reading it", async () => {
    const big = respond("{}", { headers: { "content-length": String(65 * 1024 * 1024) } });
    expect(await failure(loadDataFile(req, { fetch: big }))).toEqual({
      kind: "too-large", bytes: 65 * 1024 * 1024, limit: 64 * 1024 * 1024, stopped: false,
    });
  });

  it("stops reading a body that grows past the limit even without a declared size", async () => {
    const detail = await failure(loadDataFile(req, { fetch: respond("x".repeat(2048)), maxBytes: 1024 }));
    expect(detail).toMatchObject({ kind: "too-large", limit: 1024, stopped: true });
  });

  it("says a stopped download is larger than the limit, not that it is as large as what arrived", () => {
    const limit = 64 * 1024 * 1024;
    const info = { dataKind: "events" as const, file: "big.json", url: req.url };
    expect(summarizeDataError({ ...info, detail: { kind: "too-large", bytes: limit + 2_500_000, limit, stopped: true } })).toBe(
      "big.json is larger than 64 MB, so its download was stopped; files over 64 MB are refused.",
    );
    expect(summarizeDataError({ ...info, detail: { kind: "too-large", bytes: 100 * 1024 * 1024, limit, stopped: false } })).toBe(
      "big.json is 100 MB; files over 64 MB are refused.",
    );
  });

  it("reports progress while downloading, then while validating", async () => {
    const phases: string[] = [];
    await loadDataFile(req, { fetch: respond(JSON.stringify(validEvents)), onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe("download");
    expect(phases.at(-1)).toBe("validate");
  });

  it("reads a small file of known length in one go, and a larger one as a stream", async () => {
    const json = JSON.stringify(validEvents);
    /** A response whose body can only be read whole: reading it as a stream throws. */
    const wholeOnly = (declared: number): typeof fetch => () =>
      Promise.resolve({
        ok: true, status: 200, statusText: "OK",
        headers: new Headers({ "content-length": String(declared) }),
        body: { getReader: () => { throw new Error("read as a stream"); } },
        text: () => Promise.resolve(json),
      } as unknown as Response);
    const phases: string[] = [];
    const doc = await loadDataFile(req, { fetch: wholeOnly(json.length), onProgress: (p) => phases.push(p.phase) });
    expect(doc.events[0]?.id).toBe("e");
    expect(phases).toEqual(["download", "validate"]);
    const detail = await failure(loadDataFile(req, { fetch: wholeOnly(WHOLE_READ_BYTES + 1) }));
    expect(detail).toEqual({ kind: "network", message: "read as a stream" });
  });

  describe("a big events file, checked as it arrives", () => {
    /** A response whose body comes in chunks of 64 KB, as a real one does. */
    const inChunks = (text: string): typeof fetch => () => {
      const bytes = new TextEncoder().encode(text);
      let at = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.subarray(at, at + 65_536));
          at += 65_536;
        },
      });
      return Promise.resolve(new Response(body));
    };
    const big = eventsDocument(2 * PART_SIZE + 10);
    const collect = () => {
      const parts: unknown[][] = [];
      return { parts, sink: { send: (json: string) => parts.push(JSON.parse(json) as unknown[]), drop: () => (parts.length = 0) } };
    };

    it("sends its events on in parts and returns the document validation gives it", async () => {
      const text = JSON.stringify(big);
      const { parts, sink } = collect();
      const doc = await loadDataFile(req, { fetch: inChunks(text), parts: sink });
      expect(parts.map((p) => p.length)).toEqual([PART_SIZE, PART_SIZE, 10]);
      const whole = validateText("events", text, "events.json");
      expect(whole.ok && doc).toEqual(whole.ok && whole.data);
      expect(parts.flat()).toEqual(doc.events);
    });

    it("reports a problem in a later part as a whole read does, with no part left standing", async () => {
      const spoiled = { ...big, events: big.events.map((e, i) => (i === PART_SIZE + 7 ? { ...e, date: "1979-02-30" } : e)) };
      const text = JSON.stringify(spoiled);
      const { parts, sink } = collect();
      const detail = await failure(loadDataFile(req, { fetch: inChunks(text), parts: sink }));
      const whole = validateText("events", text, "events.json");
      expect(detail).toEqual({ kind: "invalid", problems: whole.ok ? [] : whole.problems });
      expect(parts).toEqual([]);
    });
  });

  it("refuses addresses that are not http(s)", async () => {
    expect(await failure(loadDataFile({ ...req, url: "javascript:alert(1)" }, { fetch: respond("{}") }))).toEqual({
      kind: "bad-url",
    });
  });

  it("explains an HTML page served where JSON was expected", async () => {
    const detail = await failure(loadDataFile(req, { fetch: respond("<!doctype html><title>Error</title>") }));
    expect(detail).toEqual({
      kind: "invalid",
      problems: [
        { file: "events.json", path: "", message: "is an HTML page, not JSON (the address may point to an error page or a missing file)" },
      ],
    });
  });
});

describe("what is tried again", () => {
  const error = (detail: DataErrorDetail) => new DataLoadError({ ...req, detail });
  it.each<[DataErrorDetail, boolean, number]>([
    [{ kind: "network", message: "Failed to fetch" }, true, 2],
    [{ kind: "http", status: 503, statusText: "" }, true, 2],
    [{ kind: "timeout", seconds: 10 }, true, 1],
    [{ kind: "offline" }, true, 0],
    [{ kind: "http", status: 404, statusText: "" }, false, 0],
    [{ kind: "too-large", bytes: 2, limit: 1, stopped: true }, false, 0],
    [{ kind: "invalid", problems: [] }, false, 0],
  ])("%o: Retry offered %s, tried again by itself %i times", (detail, offered, retries) => {
    expect(isRetryable(error(detail))).toBe(offered);
    expect(autoRetries(error(detail))).toBe(retries);
  });
});

describe("a file checked when the site was built", () => {
  // What the contract refuses (an event with no sources), to tell a check from none.
  const refused = JSON.stringify({ ...validEvents, events: [{ ...validEvents.events[0], sources: [] }] });
  const bundled = { ...req, bundled: true };

  it("is read without a second check when its content has a digest the build listed", async () => {
    const doc = await loadDataFile(bundled, { fetch: respond(refused), checked: [digestOfText(refused)] });
    expect(doc).toEqual(JSON.parse(refused));
  });

  it("is checked as usual once changed: another digest, or none listed", async () => {
    const changed = await failure(loadDataFile(bundled, { fetch: respond(refused), checked: [digestOfText(JSON.stringify(validEvents))] }));
    expect(changed.kind).toBe("invalid");
    const unlisted = await failure(loadDataFile(bundled, { fetch: respond(refused) }));
    expect(unlisted.kind).toBe("invalid");
    // Changed into a valid file, it loads, checked.
    const valid = await loadDataFile(bundled, { fetch: respond(JSON.stringify(validEvents)), checked: [digestOfText(refused)] });
    expect(valid.events[0]?.id).toBe("e");
  });
});
