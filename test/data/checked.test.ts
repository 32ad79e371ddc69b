import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkData, digestOfText } from "../../scripts/checkedData.ts";

// Which shipped files the build lets readers take as already checked.

const ROOT = resolve(import.meta.dirname, "../..");
const shipped = { events: join(ROOT, "data/events.json"), population: join(ROOT, "data/population.json") };
const dirs: string[] = [];

function withFiles(events: string, population: string) {
  const dir = mkdtempSync(join(tmpdir(), "checked-"));
  dirs.push(dir);
  writeFileSync(join(dir, "events.json"), events);
  writeFileSync(join(dir, "population.json"), population);
  return { events: join(dir, "events.json"), population: join(dir, "population.json") };
}

describe("checkData", () => {
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("lists both shipped files, by the digest of their content", () => {
    const { digests, notes } = checkData(shipped);
    expect(notes).toEqual([]);
    expect(digests.events).toEqual([digestOfText(readFileSync(shipped.events, "utf8"))]);
    expect(digests.population).toEqual([digestOfText(readFileSync(shipped.population, "utf8"))]);
  });

  it("leaves out a file the contract refuses, and one that checking would change, saying why", () => {
    const events = JSON.parse(readFileSync(shipped.events, "utf8")) as { events: { sources: unknown[] }[] };
    const eventsText = JSON.stringify({ ...events, events: [{ ...events.events[0], sources: [] }] });
    const population = JSON.parse(readFileSync(shipped.population, "utf8")) as object;
    const { digests, notes } = checkData(withFiles(eventsText, JSON.stringify({ ...population, extra: "dropped" })));
    expect(digests).toEqual({ events: [], population: [] });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^events\.json does not pass the events contract: events\[0\]\.sources/);
    expect(notes[1]).toMatch(/^population\.json passes the population contract, but checking it changes it/);
  });

  it("takes the digest of the text a browser decodes: a byte-order mark does not count", () => {
    const text = readFileSync(shipped.population, "utf8");
    const { digests } = checkData(withFiles(readFileSync(shipped.events, "utf8"), `\uFEFF${text}`));
    expect(digests.population).toEqual([digestOfText(text)]);
  });
});
