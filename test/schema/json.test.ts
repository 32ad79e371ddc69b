// The file as text: JSON, one object at the top level, a supported schemaVersion.
import { describe, expect, it } from "vitest";
import { validateDocument, validateText } from "../../src/data/validate.ts";
import type { DataKind } from "../../src/data/validate.ts";
import { base, EVENTS_FILE, expectProblems, expectValid, fileOf, jsonParseMessage, POPULATION_FILE } from "./builders.ts";

const kinds: readonly DataKind[] = ["events", "population"];

describe("the top level must be one JSON object", () => {
  it.each<{ name: string; text: string; said: string }>([
    { name: "an array", text: "[]", said: "a list" },
    { name: "an array of documents", text: JSON.stringify([base("events")]), said: "a list" },
    { name: "a string", text: '"hello"', said: 'the text "hello"' },
    { name: "null", text: "null", said: "null" },
    { name: "a number", text: "42", said: "the number 42" },
    { name: "a boolean", text: "true", said: "true" },
  ])("refuses $name", ({ text, said }) => {
    for (const kind of kinds) {
      expectProblems(validateText(kind, text, fileOf(kind)), [
        `${fileOf(kind)}: should hold one JSON object ({ … }) at the top level, not ${said}`,
      ]);
    }
  });

  it("refuses a non-object handed over already parsed", () => {
    expectProblems(validateDocument("events", undefined, EVENTS_FILE), [
      `${EVENTS_FILE}: should hold one JSON object ({ … }) at the top level, not undefined`,
    ]);
  });
});

describe("the text must be JSON", () => {
  it.each<{ name: string; text: string }>([
    { name: "empty text", text: "" },
    { name: "only whitespace", text: "  \n\t\r\n " },
    { name: "only a byte order mark", text: "\uFEFF" },
    { name: "a byte order mark and whitespace", text: "\uFEFF \n" },
  ])("refuses $name as an empty file", ({ text }) => {
    expectProblems(validateText("events", text, EVENTS_FILE), [`${EVENTS_FILE}: the file is empty`]);
  });

  it.each<{ name: string; text: string }>([
    { name: "an HTML page", text: "<!DOCTYPE html><html><body>Not found</body></html>" },
    { name: "an HTML page after whitespace", text: "\n   <html><head><title>404</title></head></html>" },
    { name: "an HTML page after a byte order mark", text: "\uFEFF<html></html>" },
  ])("refuses $name, saying it is HTML", ({ text }) => {
    expectProblems(validateText("population", text, POPULATION_FILE), [
      `${POPULATION_FILE}: is an HTML page, not JSON (the address may point to an error page or a missing file)`,
    ]);
  });

  // The parser's own words, plus the line and column where the parser gives an offset.
  it.each<{ name: string; text: string; at: string }>([
    { name: "a trailing comma", text: '{ "schemaVersion": 1, "title": "T", }', at: " (line 1, column 37)" },
    { name: "a trailing comma on line 4", text: '{\n  "a": 1,\n  "b": 2,\n}', at: " (line 4, column 1)" },
    { name: "single quotes", text: "{ 'schemaVersion': 1 }", at: " (line 1, column 3)" },
    { name: "a comment", text: '{ // events\n "schemaVersion": 1 }', at: " (line 1, column 3)" },
    { name: "NaN as a bare word", text: '{ "schemaVersion": 1, "x": NaN }', at: "" },
  ])("refuses malformed JSON: $name, with the parser's detail and where", ({ text, at }) => {
    expectProblems(validateText("events", text, EVENTS_FILE), [
      `${EVENTS_FILE}: is not valid JSON: ${jsonParseMessage(text)}${at}`,
    ]);
  });

  it("says a truncated file ends too early, rather than what the parser expected next", () => {
    for (const text of [JSON.stringify(base("events")).slice(0, 60), '{ "schemaVersion": 1, "title": ', '{\n  "a": [1, 2\n']) {
      expectProblems(validateText("events", text, EVENTS_FILE), [
        `${EVENTS_FILE}: is not valid JSON: the file ends too early (it may have been cut short)`,
      ]);
    }
  });

  it.each(kinds)("accepts a byte order mark before a valid %s file", (kind) => {
    expectValid(validateText(kind, `\uFEFF${JSON.stringify(base(kind))}`, fileOf(kind)));
  });

  it.each(kinds)("accepts a valid %s file with surrounding whitespace and indentation", (kind) => {
    expectValid(validateText(kind, `\n\n${JSON.stringify(base(kind), null, 2)}\n`, fileOf(kind)));
  });
});

describe("schemaVersion: only the version problem is listed", () => {
  // Each of these documents is otherwise broken too (no title, no series): a file of an unknown
  // version is not read further, so only the version is reported.
  const broken = (kind: DataKind, version: unknown): Record<string, unknown> => {
    const doc = base(kind);
    delete doc["title"];
    delete doc["series"];
    if (version === undefined) delete doc["schemaVersion"];
    else doc["schemaVersion"] = version;
    return doc;
  };

  it.each<{ name: string; version: unknown; message: string }>([
    { name: "missing", version: undefined, message: "is missing; this dashboard reads schemaVersion 1" },
    { name: "2", version: 2, message: "the number 2 is not supported; this dashboard reads schemaVersion 1" },
    { name: "0", version: 0, message: "the number 0 is not supported; this dashboard reads schemaVersion 1" },
    { name: "1.5", version: 1.5, message: "the number 1.5 is not supported; this dashboard reads schemaVersion 1" },
    { name: "null", version: null, message: "should be a number, not null; this dashboard reads schemaVersion 1" },
    { name: 'the text "1"', version: "1", message: 'should be a number, not the text "1"; this dashboard reads schemaVersion 1' },
  ])("schemaVersion $name", ({ version, message }) => {
    for (const kind of kinds) {
      expectProblems(validateText(kind, JSON.stringify(broken(kind, version)), fileOf(kind)), [
        `${fileOf(kind)} › schemaVersion: ${message}`,
      ]);
    }
  });

  it("accepts schemaVersion written as 1.0", () => {
    const text = JSON.stringify(base("events")).replace('"schemaVersion":1', '"schemaVersion":1.0');
    expect(text).toContain('"schemaVersion":1.0');
    expectValid(validateText("events", text, EVENTS_FILE));
  });
});

describe("the wrong file in the wrong place", () => {
  it("an events file read as population lists what population.json needs", () => {
    expectProblems(validateText("population", JSON.stringify(base("events")), POPULATION_FILE), [
      `${POPULATION_FILE} › series: is required but missing`,
      `${POPULATION_FILE} › breakdowns: is required but missing`,
    ]);
  });

  it("a population file read as events lists what events.json needs", () => {
    expectProblems(validateText("events", JSON.stringify(base("population")), EVENTS_FILE), [
      `${EVENTS_FILE} › title: is required but missing`,
      `${EVENTS_FILE} › categories: is required but missing`,
      `${EVENTS_FILE} › events: is required but missing`,
    ]);
  });
});
