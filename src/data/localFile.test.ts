import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./problems.ts";
import { detectKind, readLocalFile } from "./localFile.ts";

const fixture = (p: string) => readFileSync(resolve(import.meta.dirname, "../../test/fixtures", p), "utf8");
const blob = (text: string) => new Blob([text], { type: "application/json" });

describe("detectKind", () => {
  it("reads the kind from the top-level keys", () => {
    expect(detectKind({ events: [] })).toBe("events");
    expect(detectKind({ series: [] })).toBe("population");
    expect(detectKind({ breakdowns: [] })).toBe("population");
    expect(detectKind({ events: [], series: [] })).toBe("events");
    expect(detectKind({ notes: [] })).toBeNull();
    expect(detectKind([{ events: [] }])).toBeNull();
    expect(detectKind(null)).toBeNull();
  });
  it("is not fooled by inherited keys", () => {
    expect(detectKind(Object.create({ events: [] }) as object)).toBeNull();
  });
});

describe("readLocalFile", () => {
  it("accepts a valid events file and a valid population file, each as its kind", async () => {
    const ev = await readLocalFile(blob(fixture("good/alt-events.json")), "mine.json");
    expect(ev.ok && ev.kind).toBe("events");
    if (ev.ok && ev.kind === "events") expect(ev.doc.events).toHaveLength(18);
    const pop = await readLocalFile(blob(fixture("good/alt-population.json")), "pop.json");
    expect(pop.ok && pop.kind).toBe("population");
  });

  it("lists every problem of an invalid file under its name", async () => {
    const out = await readLocalFile(blob(fixture("bad/e2e-two-problems.json")), "two.json");
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.summary).toBe("two.json does not follow the data format: 2 problems found.");
    expect(out.problems.map(formatProblem)).toEqual([
      'two.json › events[0].date: "2023-02-30" is not a real date: February 2023 has 28 days',
      'two.json › events[1].sources[0].url: "javascript:alert(1)" is not an absolute http:// or https:// address',
    ]);
  });

  it("names a file that is neither kind, an empty file, and one that is not an object", async () => {
    const neither = await readLocalFile(blob('{"schemaVersion":1,"notes":[]}'), "notes.json");
    expect(!neither.ok && neither.problems[0]?.message).toMatch(/neither an events file .* nor a population file/);
    const empty = await readLocalFile(blob("  \n"), "empty.json");
    expect(!empty.ok && empty.problems.map(formatProblem)).toEqual(["empty.json: the file is empty"]);
    const list = await readLocalFile(blob("[1,2]"), "list.json");
    expect(!list.ok && list.problems[0]?.message).toMatch(/should hold one JSON object/);
  });

  it("refuses a file over the limit before reading it", async () => {
    let read = false;
    // A file's size is known without reading it; this one claims 70 MB and must never be read.
    const big = { size: 70 * 1024 * 1024, text: () => ((read = true), Promise.resolve("")) } as unknown as Blob;
    const out = await readLocalFile(big, "big.json");
    expect(out).toEqual({ ok: false, file: "big.json", summary: "big.json is 70 MB; files over 64 MB are refused.", problems: [] });
    expect(read).toBe(false);
  });

  it("says so when the file cannot be read", async () => {
    const broken = Object.assign(blob("{}"), { text: () => Promise.reject(new Error("permission denied")) });
    const out = await readLocalFile(broken, "locked.json");
    expect(!out.ok && out.summary).toBe("locked.json could not be read (permission denied).");
  });
});
