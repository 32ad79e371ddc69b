// @vitest-environment node
// A corpus of bad (and tricky-but-valid) files, one per rule of the data format (data/README.md, data/schema/) and
// per way a download goes wrong. Each file is validated from its text, exactly as the app reads it,
// and the problems it reports are pinned word for word.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, validateText, type DataKind } from "../../src/data/validate.ts";
import { formatProblem } from "../../src/data/problems.ts";

const BAD_DIR = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));

function readFixture(file: string): string {
  return readFileSync(`${BAD_DIR}${file}`, "utf8"); // keeps a byte order mark, as fetch().text() would not strip it either
}

function outcome(kind: DataKind, text: string, file: string): string[] | "ok" {
  const result = validateText(kind, text, file);
  return result.ok ? "ok" : result.problems.map(formatProblem);
}

const CASES: { file: string; kind: "events" | "population"; expected: string[] | "ok" }[] = [
  // Also used by the browser test; keep it unchanged.
  {
    file: "e2e-two-problems.json",
    kind: "events",
    expected: [
      "e2e-two-problems.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
      "e2e-two-problems.json › events[1].sources[0].url: \"javascript:alert(1)\" is not an absolute http:// or https:// address",
    ],
  },
  // The BOM is dropped; the rest is cut short.
  {
    file: "events-bom-then-invalid.json",
    kind: "events",
    expected: [
      "events-bom-then-invalid.json: is not valid JSON: the file ends too early (it may have been cut short)",
    ],
  },
  {
    file: "events-category-bad-color.json",
    kind: "events",
    expected: [
      "events-category-bad-color.json › categories[0].color: should be a colour written as #rrggbb",
    ],
  },
  {
    file: "events-category-missing-label.json",
    kind: "events",
    expected: [
      "events-category-missing-label.json › categories[0].label: is required but missing",
    ],
  },
  {
    file: "events-date-day-zero.json",
    kind: "events",
    expected: [
      "events-date-day-zero.json › events[0].date: \"2020-01-00\" is not a real date: there is no day 0",
    ],
  },
  {
    file: "events-date-feb-30.json",
    kind: "events",
    expected: [
      "events-date-feb-30.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
    ],
  },
  {
    file: "events-date-month-13.json",
    kind: "events",
    expected: [
      "events-date-month-13.json › events[0].date: \"2011-13\" is not a real date: there is no month 13",
    ],
  },
  {
    file: "events-date-number.json",
    kind: "events",
    expected: [
      "events-date-number.json › events[0].date: should be text, not the number 2023",
    ],
  },
  {
    file: "events-date-wrong-form.json",
    kind: "events",
    expected: [
      "events-date-wrong-form.json › updated: \"2023-01-07T10:00:00Z\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
      "events-date-wrong-form.json › events[0].date: \"07/01/2023\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
      "events-date-wrong-form.json › events[1].date: \"2023-1-7\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
    ],
  },
  {
    file: "events-duplicate-category-ids.json",
    kind: "events",
    expected: [
      "events-duplicate-category-ids.json › categories[1].id: \"cat-a\" is already the id of categories[0]",
    ],
  },
  {
    file: "events-duplicate-event-ids.json",
    kind: "events",
    expected: [
      "events-duplicate-event-ids.json › events[2].id: \"e1\" is already the id of events[0]",
    ],
  },
  {
    file: "events-empty-categories.json",
    kind: "events",
    expected: [
      "events-empty-categories.json › categories: should list at least 1 item",
    ],
  },
  {
    file: "events-empty-events.json",
    kind: "events",
    expected: [
      "events-empty-events.json › events: should list at least 1 item",
    ],
  },
  {
    file: "events-empty-sources.json",
    kind: "events",
    expected: [
      "events-empty-sources.json › events[0].sources: should list at least 1 item",
    ],
  },
  {
    file: "events-empty.json",
    kind: "events",
    expected: [
      "events-empty.json: the file is empty",
    ],
  },
  {
    file: "events-end-date-before-date.json",
    kind: "events",
    expected: [
      "events-end-date-before-date.json › events[0].endDate: \"2022-11-30\" is before the event's date \"2022-12\"",
    ],
  },
  {
    file: "events-era-bad-dates.json",
    kind: "events",
    expected: [
      "events-era-bad-dates.json › eras[0].start: \"2011-02-29\" is not a real date: February 2011 has 28 days",
      "events-era-bad-dates.json › eras[0].end: \"2011-13\" is not a real date: there is no month 13",
    ],
  },
  {
    file: "events-era-end-before-start.json",
    kind: "events",
    expected: [
      "events-era-end-before-start.json › eras[0].end: \"2010\" is before the era's start \"2011-03\"",
    ],
  },
  {
    file: "events-event-missing-fields.json",
    kind: "events",
    expected: [
      "events-event-missing-fields.json › events[0].date: is required but missing",
      "events-event-missing-fields.json › events[0].title: is required but missing",
      "events-event-missing-fields.json › events[0].category: is required but missing",
      "events-event-missing-fields.json › events[0].sources: is required but missing",
    ],
  },
  {
    file: "events-figure-flag-not-boolean.json",
    kind: "events",
    expected: [
      "events-figure-flag-not-boolean.json › events[0].figures[0].approximate: should be true or false, not the text \"yes\"",
    ],
  },
  {
    file: "events-figure-negative.json",
    kind: "events",
    expected: [
      "events-figure-negative.json › events[0].figures[0].value: should be 0 or more, not the number -3",
    ],
  },
  {
    file: "events-figure-value-nan-text.json",
    kind: "events",
    expected: [
      "events-figure-value-nan-text.json › events[0].figures[0].value: should be a number, not the text \"NaN\"",
    ],
  },
  {
    file: "events-html-error-page.json",
    kind: "events",
    expected: [
      "events-html-error-page.json: is an HTML page, not JSON (the address may point to an error page or a missing file)",
    ],
  },
  {
    file: "events-id-bad-characters.json",
    kind: "events",
    expected: [
      "events-id-bad-characters.json › events[0].id: should use only lower-case letters, digits and hyphens, starting with a letter or digit",
      "events-id-bad-characters.json › events[1].id: should use only lower-case letters, digits and hyphens, starting with a letter or digit",
    ],
  },
  {
    file: "events-importance-4.json",
    kind: "events",
    expected: [
      "events-importance-4.json › events[0].importance: should be 1, 2 or 3, not the number 4",
    ],
  },
  {
    file: "events-importance-text.json",
    kind: "events",
    expected: [
      "events-importance-text.json › events[0].importance: should be 1, 2 or 3, not the text \"1\"",
    ],
  },
  {
    file: "events-many-problems.json",
    kind: "events",
    expected: [
      "events-many-problems.json › categories[0].color: should be a colour written as #rrggbb",
      "events-many-problems.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
      "events-many-problems.json › events[0].importance: should be 1, 2 or 3, not the number 0",
      "events-many-problems.json › events[1].sources[0].url: \"javascript:void(0)\" is not an absolute http:// or https:// address",
      "events-many-problems.json › events[1].id: \"e1\" is already the id of events[0]",
      "events-many-problems.json › events[1].category: \"nope\" is not one of the categories (cat-a)",
    ],
  },
  // Markup and script in every text field are valid data: showing them as text is the UI's job.
  { file: "events-markup-in-text-fields.json", kind: "events", expected: "ok" },
  {
    file: "events-missing-categories-and-events.json",
    kind: "events",
    expected: [
      "events-missing-categories-and-events.json › categories: is required but missing",
      "events-missing-categories-and-events.json › events: is required but missing",
    ],
  },
  {
    file: "events-missing-title.json",
    kind: "events",
    expected: [
      "events-missing-title.json › title: is required but missing",
    ],
  },
  // The parser's own words (V8); it gives no position here, so no line and column.
  {
    file: "events-nan-bare-word.json",
    kind: "events",
    expected: [
      "events-nan-bare-word.json: is not valid JSON: Unexpected token 'N', ...\"\"T\", \"x\": NaN }\n\" is not valid JSON",
    ],
  },
  // __proto__ and constructor keys are just unknown fields: accepted (pollution is checked below).
  { file: "events-proto-and-constructor-keys.json", kind: "events", expected: "ok" },
  {
    file: "events-schema-version-2.json",
    kind: "events",
    expected: [
      "events-schema-version-2.json › schemaVersion: the number 2 is not supported; this dashboard reads schemaVersion 1",
    ],
  },
  {
    file: "events-source-data-url.json",
    kind: "events",
    expected: [
      "events-source-data-url.json › events[0].sources[0].url: \"data:text/html,<script>alert(1)</script>\" is not an absolute http:// or https:// address",
    ],
  },
  {
    file: "events-source-javascript-url.json",
    kind: "events",
    expected: [
      "events-source-javascript-url.json › events[0].sources[0].url: \"javascript:alert(1)\" is not an absolute http:// or https:// address",
    ],
  },
  {
    file: "events-source-relative-url.json",
    kind: "events",
    expected: [
      "events-source-relative-url.json › events[0].sources[0].url: \"/reports/1.pdf\" is not an absolute http:// or https:// address",
      "events-source-relative-url.json › events[0].sources[1].url: \"ftp://example.org/x\" is not an absolute http:// or https:// address",
    ],
  },
  {
    file: "events-story-unknown-event.json",
    kind: "events",
    expected: [
      "events-story-unknown-event.json › story[1]: \"e9\" is not the id of any event",
    ],
  },
  {
    file: "events-title-141-chars.json",
    kind: "events",
    expected: [
      "events-title-141-chars.json › events[0].title: is 141 characters long; a title may have at most 140",
    ],
  },
  {
    file: "events-title-empty.json",
    kind: "events",
    expected: [
      "events-title-empty.json › events[0].title: should not be empty",
    ],
  },
  {
    file: "events-top-level-array.json",
    kind: "events",
    expected: [
      "events-top-level-array.json: should hold one JSON object ({ … }) at the top level, not a list",
    ],
  },
  {
    file: "events-top-level-null.json",
    kind: "events",
    expected: [
      "events-top-level-null.json: should hold one JSON object ({ … }) at the top level, not null",
    ],
  },
  {
    file: "events-trailing-comma.json",
    kind: "events",
    expected: [
      "events-trailing-comma.json: is not valid JSON: Expected double-quoted property name in JSON at position 40 (line 4, column 1)",
    ],
  },
  {
    file: "events-unknown-category.json",
    kind: "events",
    expected: [
      "events-unknown-category.json › events[0].category: \"cat-z\" is not one of the categories (cat-a)",
    ],
  },
  // The BOM is dropped; the rest is a list.
  {
    file: "population-bom-then-array.json",
    kind: "population",
    expected: [
      "population-bom-then-array.json: should hold one JSON object ({ … }) at the top level, not a list",
    ],
  },
  {
    file: "population-both-arrays-empty.json",
    kind: "population",
    expected: [
      "population-both-arrays-empty.json: series and breakdowns are both empty: the file has nothing to show",
    ],
  },
  {
    file: "population-break-date-month-13.json",
    kind: "population",
    expected: [
      "population-break-date-month-13.json › series[0].breaks[0].date: \"2011-13\" is not a real date: there is no month 13",
    ],
  },
  {
    file: "population-breakdown-bad-date.json",
    kind: "population",
    expected: [
      "population-breakdown-bad-date.json › breakdowns[0].date: \"2011-13\" is not a real date: there is no month 13",
    ],
  },
  // A breakdown whose eventId names no event is a cross-file rule: validateText sees one file, so this
  // VALIDATES; the app draws the breakdown unlinked and shows a warning (role="alert"), checked in the browser.
  { file: "population-breakdown-event-missing.json", kind: "population", expected: "ok" },
  {
    file: "population-breakdown-kind-unknown.json",
    kind: "population",
    expected: [
      "population-breakdown-kind-unknown.json › breakdowns[0].kind: should be \"parts\" or \"comparison\", not the text \"pie\"",
    ],
  },
  {
    file: "population-breakdown-missing-fields.json",
    kind: "population",
    expected: [
      "population-breakdown-missing-fields.json › breakdowns[0].label: is required but missing",
      "population-breakdown-missing-fields.json › breakdowns[0].kind: is required but missing",
      "population-breakdown-missing-fields.json › breakdowns[0].unit: is required but missing",
      "population-breakdown-missing-fields.json › breakdowns[0].parts: is required but missing",
      "population-breakdown-missing-fields.json › breakdowns[0].source: is required but missing",
    ],
  },
  {
    file: "population-html-error-page.json",
    kind: "population",
    expected: [
      "population-html-error-page.json: is an HTML page, not JSON (the address may point to an error page or a missing file)",
    ],
  },
  {
    file: "population-low-above-value.json",
    kind: "population",
    expected: [
      "population-low-above-value.json › breakdowns[0].parts[0].low: 70 is above the part's value 60",
      "population-low-above-value.json › breakdowns[0].parts[1].high: 35 is below the part's value 40",
    ],
  },
  // Markup and script in every text field are valid data: showing them as text is the UI's job.
  { file: "population-markup-in-text-fields.json", kind: "population", expected: "ok" },
  {
    file: "population-measure-unknown.json",
    kind: "population",
    expected: [
      "population-measure-unknown.json › series[0].measure: should be \"stock\" or \"flow\", not the text \"average\"",
    ],
  },
  {
    file: "population-missing-breakdowns.json",
    kind: "population",
    expected: [
      "population-missing-breakdowns.json › breakdowns: is required but missing",
    ],
  },
  {
    file: "population-only-whitespace.json",
    kind: "population",
    expected: [
      "population-only-whitespace.json: the file is empty",
    ],
  },
  {
    file: "population-part-negative.json",
    kind: "population",
    expected: [
      "population-part-negative.json › breakdowns[0].total: should be 0 or more, not the number -1",
      "population-part-negative.json › breakdowns[0].parts[0].value: should be 0 or more, not the number -1",
    ],
  },
  {
    file: "population-part-source-data-url.json",
    kind: "population",
    expected: [
      "population-part-source-data-url.json › breakdowns[0].parts[0].source.url: \"data:,x\" is not an absolute http:// or https:// address",
    ],
  },
  {
    file: "population-part-value-nan-text.json",
    kind: "population",
    expected: [
      "population-part-value-nan-text.json › breakdowns[0].parts[0].value: should be a number, not the text \"NaN\"",
    ],
  },
  {
    file: "population-parts-not-adding-up.json",
    kind: "population",
    expected: [
      "population-parts-not-adding-up.json › breakdowns[0].total: the parts add up to 100, not to the total 120",
    ],
  },
  {
    file: "population-point-date-feb-30.json",
    kind: "population",
    expected: [
      "population-point-date-feb-30.json › series[0].points[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
    ],
  },
  {
    file: "population-point-value-missing.json",
    kind: "population",
    expected: [
      "population-point-value-missing.json › series[0].points[0].value: is required but missing",
    ],
  },
  {
    file: "population-point-value-nan-text.json",
    kind: "population",
    expected: [
      "population-point-value-nan-text.json › series[0].points[0].value: should be a number, not the text \"NaN\"",
    ],
  },
  {
    file: "population-points-duplicate-date.json",
    kind: "population",
    expected: [
      "population-points-duplicate-date.json › series[0].points[1].date: \"2000-01\" does not come after points[0] (\"2000-01\"): points must be in increasing order and must not overlap",
    ],
  },
  {
    file: "population-points-negative.json",
    kind: "population",
    expected: [
      "population-points-negative.json › series[0].points[0].value: should be 0 or more, not the number -5",
    ],
  },
  {
    file: "population-points-overlapping.json",
    kind: "population",
    expected: [
      "population-points-overlapping.json › series[0].points[1].date: \"2000-06\" does not come after points[0] (\"2000\"): points must be in increasing order and must not overlap",
    ],
  },
  {
    file: "population-points-unsorted.json",
    kind: "population",
    expected: [
      "population-points-unsorted.json › series[0].points[1].date: \"2000\" does not come after points[0] (\"2001\"): points must be in increasing order and must not overlap",
    ],
  },
  // __proto__ and constructor keys are just unknown fields: accepted (pollution is checked below).
  { file: "population-proto-and-constructor-keys.json", kind: "population", expected: "ok" },
  {
    file: "population-schema-version-missing.json",
    kind: "population",
    expected: [
      "population-schema-version-missing.json › schemaVersion: is missing; this dashboard reads schemaVersion 1",
    ],
  },
  {
    file: "population-schema-version-text.json",
    kind: "population",
    expected: [
      "population-schema-version-text.json › schemaVersion: should be a number, not the text \"1\"; this dashboard reads schemaVersion 1",
    ],
  },
  {
    file: "population-series-missing-fields.json",
    kind: "population",
    expected: [
      "population-series-missing-fields.json › series[0].label: is required but missing",
      "population-series-missing-fields.json › series[0].unit: is required but missing",
      "population-series-missing-fields.json › series[0].source: is required but missing",
    ],
  },
  {
    file: "population-source-javascript-url.json",
    kind: "population",
    expected: [
      "population-source-javascript-url.json › series[0].source.url: \"JavaScript:alert(1)\" is not an absolute http:// or https:// address",
    ],
  },
  {
    file: "population-source-missing-url.json",
    kind: "population",
    expected: [
      "population-source-missing-url.json › breakdowns[0].source.url: is required but missing",
    ],
  },
  {
    file: "population-top-level-string.json",
    kind: "population",
    expected: [
      "population-top-level-string.json: should hold one JSON object ({ … }) at the top level, not the text \"population.json\"",
    ],
  },
  {
    file: "population-truncated.json",
    kind: "population",
    expected: [
      "population-truncated.json: is not valid JSON: the file ends too early (it may have been cut short)",
    ],
  },
  {
    file: "population-two-primary-series.json",
    kind: "population",
    expected: [
      "population-two-primary-series.json › series[1].primary: only one series may be primary, and series[0] already is",
    ],
  },
  {
    file: "population-updated-feb-30.json",
    kind: "population",
    expected: [
      "population-updated-feb-30.json › updated: \"2023-02-30\" is not a real date: February 2023 has 28 days",
    ],
  },
];

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
  const depth = 5000;
  const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const nestedObject = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const eventsText = (field: string, value: string, inEvent = false): string => {
    const ev = `{ "id": "e1", "date": "2000", "title": "E", "category": "cat-a", "sources": [{ "name": "S", "url": "https://example.org/" }]${inEvent ? `, "${field}": ${value}` : ""} }`;
    const events = !inEvent && field === "events" ? value : `[${ev}]`;
    const extra = !inEvent && field !== "events" ? `, "${field}": ${value}` : "";
    return `{ "schemaVersion": 1, "title": "T", "categories": [{ "id": "cat-a", "label": "A" }], "events": ${events}${extra} }`;
  };

  it("ignores 5,000 nested lists or objects in an unknown field", () => {
    expect(outcome("events", eventsText("extra", nested), "events-deep.json")).toBe("ok");
    expect(outcome("events", eventsText("extra", nestedObject), "events-deep.json")).toBe("ok");
  });

  it("refuses 5,000 nested lists in a known field with one problem, not a crash", () => {
    expect(outcome("events", eventsText("events", nested), "events-deep.json")).toEqual([
      "events-deep.json › events[0]: should be an object ({ … }), not a list",
    ]);
    expect(outcome("events", eventsText("figures", nested, true), "events-deep.json")).toEqual([
      "events-deep.json › events[0].figures[0]: should be an object ({ … }), not a list",
    ]);
    const population = `{ "schemaVersion": 1, "series": ${nested}, "breakdowns": [] }`;
    expect(outcome("population", population, "population-deep.json")).toEqual([
      "population-deep.json › series[0]: should be an object ({ … }), not a list",
    ]);
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
