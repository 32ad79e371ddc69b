// The bad-input corpus's expectations: for each file in test/fixtures/bad/, the problems it must
// produce, word for word and in order (or "ok" for a tricky file that is valid). The unit test
// (corpus.test.ts) checks them against the validator; the browser test (badinput.e2e.ts) checks
// that the page shows them.

export interface CorpusCase {
  readonly file: string;
  readonly kind: "events" | "population";
  readonly expected: readonly string[] | "ok";
}

export const CASES: readonly CorpusCase[] = [
  // Also used by the browser test; keep it unchanged.
  { file: "e2e-two-problems.json", kind: "events", expected: [
    "e2e-two-problems.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
    "e2e-two-problems.json › events[1].sources[0].url: \"javascript:alert(1)\" is not an absolute http:// or https:// address",
  ] },
  // The BOM is dropped; the rest is cut short.
  { file: "events-bom-then-invalid.json", kind: "events", expected: [
    "events-bom-then-invalid.json: is not valid JSON: the file ends too early (it may have been cut short)",
  ] },
  { file: "events-category-bad-color.json", kind: "events", expected: [
    "events-category-bad-color.json › categories[0].color: should be a colour written as #rrggbb",
  ] },
  { file: "events-category-missing-label.json", kind: "events", expected: [
    "events-category-missing-label.json › categories[0].label: is required but missing",
  ] },
  { file: "events-date-day-zero.json", kind: "events", expected: [
    "events-date-day-zero.json › events[0].date: \"2020-01-00\" is not a real date: there is no day 0",
  ] },
  { file: "events-date-feb-30.json", kind: "events", expected: [
    "events-date-feb-30.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
  ] },
  { file: "events-date-month-13.json", kind: "events", expected: [
    "events-date-month-13.json › events[0].date: \"2011-13\" is not a real date: there is no month 13",
  ] },
  { file: "events-date-number.json", kind: "events", expected: [
    "events-date-number.json › events[0].date: should be text, not the number 2023",
  ] },
  { file: "events-date-wrong-form.json", kind: "events", expected: [
    "events-date-wrong-form.json › updated: \"2023-01-07T10:00:00Z\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
    "events-date-wrong-form.json › events[0].date: \"07/01/2023\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
    "events-date-wrong-form.json › events[1].date: \"2023-1-7\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
  ] },
  { file: "events-duplicate-category-ids.json", kind: "events", expected: [
    "events-duplicate-category-ids.json › categories[1].id: \"cat-a\" is already the id of categories[0]",
  ] },
  { file: "events-duplicate-event-ids.json", kind: "events", expected: [
    "events-duplicate-event-ids.json › events[2].id: \"e1\" is already the id of events[0]",
  ] },
  { file: "events-empty-categories.json", kind: "events", expected: [
    "events-empty-categories.json › categories: should list at least 1 item",
  ] },
  { file: "events-empty-events.json", kind: "events", expected: [
    "events-empty-events.json › events: should list at least 1 item",
  ] },
  { file: "events-empty-sources.json", kind: "events", expected: [
    "events-empty-sources.json › events[0].sources: should list at least 1 item",
  ] },
  { file: "events-empty.json", kind: "events", expected: [
    "events-empty.json: the file is empty",
  ] },
  { file: "events-end-date-before-date.json", kind: "events", expected: [
    "events-end-date-before-date.json › events[0].endDate: \"2022-11-30\" is before the event's date \"2022-12\"",
  ] },
  { file: "events-era-bad-dates.json", kind: "events", expected: [
    "events-era-bad-dates.json › eras[0].start: \"2011-02-29\" is not a real date: February 2011 has 28 days",
    "events-era-bad-dates.json › eras[0].end: \"2011-13\" is not a real date: there is no month 13",
  ] },
  { file: "events-era-end-before-start.json", kind: "events", expected: [
    "events-era-end-before-start.json › eras[0].end: \"2010\" is before the era's start \"2011-03\"",
  ] },
  { file: "events-event-missing-fields.json", kind: "events", expected: [
    "events-event-missing-fields.json › events[0].date: is required but missing",
    "events-event-missing-fields.json › events[0].title: is required but missing",
    "events-event-missing-fields.json › events[0].category: is required but missing",
    "events-event-missing-fields.json › events[0].sources: is required but missing",
  ] },
  { file: "events-figure-flag-not-boolean.json", kind: "events", expected: [
    "events-figure-flag-not-boolean.json › events[0].figures[0].approximate: should be true or false, not the text \"yes\"",
  ] },
  { file: "events-figure-negative.json", kind: "events", expected: [
    "events-figure-negative.json › events[0].figures[0].value: should be 0 or more, not the number -3",
  ] },
  { file: "events-figure-value-nan-text.json", kind: "events", expected: [
    "events-figure-value-nan-text.json › events[0].figures[0].value: should be a number, not the text \"NaN\"",
  ] },
  { file: "events-html-error-page.json", kind: "events", expected: [
    "events-html-error-page.json: is an HTML page, not JSON (the address may point to an error page or a missing file)",
  ] },
  { file: "events-id-bad-characters.json", kind: "events", expected: [
    "events-id-bad-characters.json › events[0].id: should use only lower-case letters, digits and hyphens, starting with a letter or digit",
    "events-id-bad-characters.json › events[1].id: should use only lower-case letters, digits and hyphens, starting with a letter or digit",
  ] },
  { file: "events-importance-4.json", kind: "events", expected: [
    "events-importance-4.json › events[0].importance: should be 1, 2 or 3, not the number 4",
  ] },
  { file: "events-importance-text.json", kind: "events", expected: [
    "events-importance-text.json › events[0].importance: should be 1, 2 or 3, not the text \"1\"",
  ] },
  { file: "events-many-problems.json", kind: "events", expected: [
    "events-many-problems.json › categories[0].color: should be a colour written as #rrggbb",
    "events-many-problems.json › events[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
    "events-many-problems.json › events[0].importance: should be 1, 2 or 3, not the number 0",
    "events-many-problems.json › events[1].sources[0].url: \"javascript:void(0)\" is not an absolute http:// or https:// address",
    "events-many-problems.json › events[1].id: \"e1\" is already the id of events[0]",
    "events-many-problems.json › events[1].category: \"nope\" is not one of the categories (cat-a)",
  ] },
  // Markup and script in every text field are valid data: showing them as text is the UI's job.
  { file: "events-markup-in-text-fields.json", kind: "events", expected: "ok" },
  { file: "events-missing-categories-and-events.json", kind: "events", expected: [
    "events-missing-categories-and-events.json › categories: is required but missing",
    "events-missing-categories-and-events.json › events: is required but missing",
  ] },
  { file: "events-missing-title.json", kind: "events", expected: [
    "events-missing-title.json › title: is required but missing",
  ] },
  // The parser's own words (V8); it gives no position here, so no line and column.
  { file: "events-nan-bare-word.json", kind: "events", expected: [
    "events-nan-bare-word.json: is not valid JSON: Unexpected token 'N', ...\"\"T\", \"x\": NaN }\n\" is not valid JSON",
  ] },
  // __proto__ and constructor keys are just unknown fields: accepted (pollution is checked below).
  { file: "events-proto-and-constructor-keys.json", kind: "events", expected: "ok" },
  { file: "events-schema-version-2.json", kind: "events", expected: [
    "events-schema-version-2.json › schemaVersion: the number 2 is not supported; this dashboard reads schemaVersion 1",
  ] },
  { file: "events-source-data-url.json", kind: "events", expected: [
    "events-source-data-url.json › events[0].sources[0].url: \"data:text/html,<script>alert(1)</script>\" is not an absolute http:// or https:// address",
  ] },
  { file: "events-source-javascript-url.json", kind: "events", expected: [
    "events-source-javascript-url.json › events[0].sources[0].url: \"javascript:alert(1)\" is not an absolute http:// or https:// address",
  ] },
  { file: "events-source-relative-url.json", kind: "events", expected: [
    "events-source-relative-url.json › events[0].sources[0].url: \"/reports/1.pdf\" is not an absolute http:// or https:// address",
    "events-source-relative-url.json › events[0].sources[1].url: \"ftp://example.org/x\" is not an absolute http:// or https:// address",
  ] },
  { file: "events-story-unknown-event.json", kind: "events", expected: [
    "events-story-unknown-event.json › story[1]: \"e9\" is not the id of any event",
  ] },
  { file: "events-title-141-chars.json", kind: "events", expected: [
    "events-title-141-chars.json › events[0].title: is 141 characters long; a title may have at most 140",
  ] },
  { file: "events-title-empty.json", kind: "events", expected: [
    "events-title-empty.json › events[0].title: should not be empty",
  ] },
  { file: "events-top-level-array.json", kind: "events", expected: [
    "events-top-level-array.json: should hold one JSON object ({ … }) at the top level, not a list",
  ] },
  { file: "events-top-level-null.json", kind: "events", expected: [
    "events-top-level-null.json: should hold one JSON object ({ … }) at the top level, not null",
  ] },
  { file: "events-trailing-comma.json", kind: "events", expected: [
    "events-trailing-comma.json: is not valid JSON: Expected double-quoted property name in JSON at position 40 (line 4, column 1)",
  ] },
  { file: "events-unknown-category.json", kind: "events", expected: [
    "events-unknown-category.json › events[0].category: \"cat-z\" is not one of the categories (cat-a)",
  ] },
  // The BOM is dropped; the rest is a list.
  { file: "population-bom-then-array.json", kind: "population", expected: [
    "population-bom-then-array.json: should hold one JSON object ({ … }) at the top level, not a list",
  ] },
  { file: "population-both-arrays-empty.json", kind: "population", expected: [
    "population-both-arrays-empty.json: series and breakdowns are both empty: the file has nothing to show",
  ] },
  { file: "population-break-date-month-13.json", kind: "population", expected: [
    "population-break-date-month-13.json › series[0].breaks[0].date: \"2011-13\" is not a real date: there is no month 13",
  ] },
  { file: "population-breakdown-bad-date.json", kind: "population", expected: [
    "population-breakdown-bad-date.json › breakdowns[0].date: \"2011-13\" is not a real date: there is no month 13",
  ] },
  // A breakdown whose eventId names no event is a cross-file rule: validateText sees one file, so this
  // VALIDATES; the app draws the breakdown unlinked and shows a warning (role="alert"), checked in the browser.
  { file: "population-breakdown-event-missing.json", kind: "population", expected: "ok" },
  { file: "population-breakdown-kind-unknown.json", kind: "population", expected: [
    "population-breakdown-kind-unknown.json › breakdowns[0].kind: should be \"parts\" or \"comparison\", not the text \"pie\"",
  ] },
  { file: "population-breakdown-missing-fields.json", kind: "population", expected: [
    "population-breakdown-missing-fields.json › breakdowns[0].label: is required but missing",
    "population-breakdown-missing-fields.json › breakdowns[0].kind: is required but missing",
    "population-breakdown-missing-fields.json › breakdowns[0].unit: is required but missing",
    "population-breakdown-missing-fields.json › breakdowns[0].parts: is required but missing",
    "population-breakdown-missing-fields.json › breakdowns[0].source: is required but missing",
  ] },
  { file: "population-html-error-page.json", kind: "population", expected: [
    "population-html-error-page.json: is an HTML page, not JSON (the address may point to an error page or a missing file)",
  ] },
  { file: "population-low-above-value.json", kind: "population", expected: [
    "population-low-above-value.json › breakdowns[0].parts[0].low: 70 is above the part's value 60",
    "population-low-above-value.json › breakdowns[0].parts[1].high: 35 is below the part's value 40",
  ] },
  // Markup and script in every text field are valid data: showing them as text is the UI's job.
  { file: "population-markup-in-text-fields.json", kind: "population", expected: "ok" },
  { file: "population-measure-unknown.json", kind: "population", expected: [
    "population-measure-unknown.json › series[0].measure: should be \"stock\" or \"flow\", not the text \"average\"",
  ] },
  { file: "population-missing-breakdowns.json", kind: "population", expected: [
    "population-missing-breakdowns.json › breakdowns: is required but missing",
  ] },
  { file: "population-only-whitespace.json", kind: "population", expected: [
    "population-only-whitespace.json: the file is empty",
  ] },
  { file: "population-part-negative.json", kind: "population", expected: [
    "population-part-negative.json › breakdowns[0].total: should be 0 or more, not the number -1",
    "population-part-negative.json › breakdowns[0].parts[0].value: should be 0 or more, not the number -1",
  ] },
  { file: "population-part-source-data-url.json", kind: "population", expected: [
    "population-part-source-data-url.json › breakdowns[0].parts[0].source.url: \"data:,x\" is not an absolute http:// or https:// address",
  ] },
  { file: "population-part-value-nan-text.json", kind: "population", expected: [
    "population-part-value-nan-text.json › breakdowns[0].parts[0].value: should be a number, not the text \"NaN\"",
  ] },
  { file: "population-parts-not-adding-up.json", kind: "population", expected: [
    "population-parts-not-adding-up.json › breakdowns[0].total: the parts add up to 100, not to the total 120",
  ] },
  { file: "population-point-date-feb-30.json", kind: "population", expected: [
    "population-point-date-feb-30.json › series[0].points[0].date: \"2023-02-30\" is not a real date: February 2023 has 28 days",
  ] },
  { file: "population-point-value-missing.json", kind: "population", expected: [
    "population-point-value-missing.json › series[0].points[0].value: is required but missing",
  ] },
  { file: "population-point-value-nan-text.json", kind: "population", expected: [
    "population-point-value-nan-text.json › series[0].points[0].value: should be a number, not the text \"NaN\"",
  ] },
  { file: "population-points-duplicate-date.json", kind: "population", expected: [
    "population-points-duplicate-date.json › series[0].points[1].date: \"2000-01\" does not come after points[0] (\"2000-01\"): points must be in increasing order and must not overlap",
  ] },
  { file: "population-points-negative.json", kind: "population", expected: [
    "population-points-negative.json › series[0].points[0].value: should be 0 or more, not the number -5",
  ] },
  { file: "population-points-overlapping.json", kind: "population", expected: [
    "population-points-overlapping.json › series[0].points[1].date: \"2000-06\" does not come after points[0] (\"2000\"): points must be in increasing order and must not overlap",
  ] },
  { file: "population-points-unsorted.json", kind: "population", expected: [
    "population-points-unsorted.json › series[0].points[1].date: \"2000\" does not come after points[0] (\"2001\"): points must be in increasing order and must not overlap",
  ] },
  // __proto__ and constructor keys are just unknown fields: accepted (pollution is checked below).
  { file: "population-proto-and-constructor-keys.json", kind: "population", expected: "ok" },
  { file: "population-schema-version-missing.json", kind: "population", expected: [
    "population-schema-version-missing.json › schemaVersion: is missing; this dashboard reads schemaVersion 1",
  ] },
  { file: "population-schema-version-text.json", kind: "population", expected: [
    "population-schema-version-text.json › schemaVersion: should be a number, not the text \"1\"; this dashboard reads schemaVersion 1",
  ] },
  { file: "population-series-missing-fields.json", kind: "population", expected: [
    "population-series-missing-fields.json › series[0].label: is required but missing",
    "population-series-missing-fields.json › series[0].unit: is required but missing",
    "population-series-missing-fields.json › series[0].source: is required but missing",
  ] },
  { file: "population-source-javascript-url.json", kind: "population", expected: [
    "population-source-javascript-url.json › series[0].source.url: \"JavaScript:alert(1)\" is not an absolute http:// or https:// address",
  ] },
  { file: "population-source-missing-url.json", kind: "population", expected: [
    "population-source-missing-url.json › breakdowns[0].source.url: is required but missing",
  ] },
  { file: "population-top-level-string.json", kind: "population", expected: [
    "population-top-level-string.json: should hold one JSON object ({ … }) at the top level, not the text \"population.json\"",
  ] },
  { file: "population-truncated.json", kind: "population", expected: [
    "population-truncated.json: is not valid JSON: the file ends too early (it may have been cut short)",
  ] },
  { file: "population-two-primary-series.json", kind: "population", expected: [
    "population-two-primary-series.json › series[1].primary: only one series may be primary, and series[0] already is",
  ] },
  { file: "population-updated-feb-30.json", kind: "population", expected: [
    "population-updated-feb-30.json › updated: \"2023-02-30\" is not a real date: February 2023 has 28 days",
  ] },
];

// Made at test time, not committed: 5,000 levels of nesting, in an unknown field (ignored) or in a known one
// (one problem, not a crash).
const depth = 5000;
const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
const nestedObject = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const eventsText = (field: string, value: string, inEvent = false): string => {
  const ev = `{ "id": "e1", "date": "2000", "title": "E", "category": "cat-a", "sources": [{ "name": "S", "url": "https://example.org/" }]${inEvent ? `, "${field}": ${value}` : ""} }`;
  const events = !inEvent && field === "events" ? value : `[${ev}]`;
  const extra = !inEvent && field !== "events" ? `, "${field}": ${value}` : "";
  return `{ "schemaVersion": 1, "title": "T", "categories": [{ "id": "cat-a", "label": "A" }], "events": ${events}${extra} }`;
};

export const DEEP_CASES: readonly (CorpusCase & { readonly text: string })[] = [
  { file: "events-deep-extra-lists.json", kind: "events", text: eventsText("extra", nested), expected: "ok" },
  { file: "events-deep-extra-objects.json", kind: "events", text: eventsText("extra", nestedObject), expected: "ok" },
  { file: "events-deep-events.json", kind: "events", text: eventsText("events", nested), expected: [
    "events-deep-events.json › events[0]: should be an object ({ … }), not a list",
  ] },
  { file: "events-deep-figures.json", kind: "events", text: eventsText("figures", nested, true), expected: [
    "events-deep-figures.json › events[0].figures[0]: should be an object ({ … }), not a list",
  ] },
  { file: "population-deep-series.json", kind: "population", text: `{ "schemaVersion": 1, "series": ${nested}, "breakdowns": [] }`, expected: [
    "population-deep-series.json › series[0]: should be an object ({ … }), not a list",
  ] },
];
