// @vitest-environment node
// A corpus of bad (and tricky-but-valid) files, one per rule of the data format (data/README.md, data/schema/) and
// per way a download goes wrong. Each file is validated from its text, exactly as the app reads it,
// and the problems it reports are pinned word for word (in corpus.cases.ts).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, validateText, type DataKind } from "../../src/data/validate.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { CASES, DEEP_CASES } from "./corpus.cases.ts";

const BAD_DIR = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));

function readFixture(file: string): string {
  return readFileSync(`${BAD_DIR}${file}`, "utf8"); // keeps a byte order mark, as fetch().text() would not strip it either
}

function outcome(kind: DataKind, text: string, file: string): string[] | "ok" {
  const result = validateText(kind, text, file);
  return result.ok ? "ok" : result.problems.map(formatProblem);
}

describe("the bad-file corpus", () => {
  it.each(CASES)("$file", ({ file, kind, expected }) => {
    expect(outcome(kind, readFixture(file), file)).toEqual(expected);
  });

  it("has a case for every file in test/fixtures/bad, and a file for every case", () => {
    const onDisk = readdirSync(BAD_DIR).filter((f) => f.endsWith(".json")).sort();
    const listed = CASES.map((c) => c.file).sort();
    expect(listed).toEqual(onDisk);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("keeps every file small", () => {
    for (const { file } of CASES) {
      const bytes = Buffer.byteLength(readFixture(file), "utf8");
      expect(bytes, file).toBeLessThan(20 * 1024);
      expect(bytes, file).toBeLessThan(MAX_FILE_BYTES);
    }
  });
});

describe("deep nesting", () => {
  it.each(DEEP_CASES)("$file", ({ file, kind, text, expected }) => {
    expect(outcome(kind, text, file)).toEqual(expected);
  });
});

describe("__proto__ and constructor keys", () => {
  const files = [
    { file: "events-proto-and-constructor-keys.json", kind: "events" },
    { file: "population-proto-and-constructor-keys.json", kind: "population" },
  ] as const;

  it.each(files)("$file is accepted without polluting Object.prototype", ({ file, kind }) => {
    const result = validateText(kind, readFixture(file), file);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("prototype");
  });

  it("does not turn a __proto__ key into the prototype of the validated output", () => {
    const result = validateText("events", readFixture("events-proto-and-constructor-keys.json"), "e.json");
    if (!result.ok) throw new Error("expected the file to validate");
    const doc = result.data;
    const event = doc.events[0];
    const objects: unknown[] = [doc, doc.categories[0], event, event?.sources[0]];
    for (const obj of objects) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(Object.hasOwn(obj as object, "__proto__")).toBe(false);
    }
    expect(doc.schemaVersion).toBe(1); // not the 99 hidden under __proto__
    expect(event?.importance).toBeUndefined(); // not the 9 hidden under __proto__
    expect(Object.hasOwn(doc, "constructor")).toBe(false);
    expect(doc.constructor).toBe(Object);
  });

  it("does the same for population.json", () => {
    const result = validateText("population", readFixture("population-proto-and-constructor-keys.json"), "p.json");
    if (!result.ok) throw new Error("expected the file to validate");
    const doc = result.data;
    const series = doc.series[0];
    const breakdown = doc.breakdowns[0];
    const objects: unknown[] = [doc, series, series?.points[0], breakdown, breakdown?.parts[0]];
    for (const obj of objects) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(Object.hasOwn(obj as object, "__proto__")).toBe(false);
    }
    expect(series?.primary).toBeUndefined(); // not the true hidden under __proto__
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
