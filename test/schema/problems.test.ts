// How problems are reported: every one of them, each naming the file, the JSON path and
// what is wrong (FORMAT.md, "Errors").
import { describe, expect, it } from "vitest";
import { describeValue, formatPath, formatProblem, type Problem } from "../../src/data/problems.ts";
import { MAX_PROBLEMS, validateText } from "../../src/data/validate.ts";
import { at, breakdown, check, ev, event, EVENTS_FILE, eventsDoc, expectProblems, listAt, pop, populationDoc, series } from "./builders.ts";

describe("formatPath", () => {
  it.each<{ path: readonly PropertyKey[]; text: string }>([
    { path: [], text: "" },
    { path: ["title"], text: "title" },
    { path: ["events", 12, "date"], text: "events[12].date" },
    { path: ["series", 0, "points", 3, "value"], text: "series[0].points[3].value" },
    { path: ["breakdowns", 1, "parts", 0, "source", "url"], text: "breakdowns[1].parts[0].source.url" },
    { path: ["story", 4], text: "story[4]" },
    { path: [3], text: "[3]" },
    { path: [0, "id"], text: "[0].id" },
    { path: ["_private", "$ref", "a1"], text: "_private.$ref.a1" },
    { path: ["events", 0, "my-key"], text: 'events[0]["my-key"]' },
    { path: ["a b"], text: '["a b"]' },
    { path: ["x", "a.b"], text: 'x["a.b"]' },
    { path: ["x", ""], text: 'x[""]' },
    { path: ["x", "2nd"], text: 'x["2nd"]' },
    { path: ["x", 'say "hi"'], text: 'x["say \\"hi\\""]' },
    { path: ["x", "línea"], text: 'x["línea"]' },
    { path: ["x", "a\nb"], text: 'x["a\\nb"]' },
    { path: ["x", Symbol("s")], text: 'x["Symbol(s)"]' },
  ])("$text", ({ path, text }) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("formatProblem", () => {
  it.each<{ problem: Problem; text: string }>([
    {
      problem: { file: "events.json", path: "events[12].date", message: `"2023-02-30" is not a real date` },
      text: `events.json › events[12].date: "2023-02-30" is not a real date`,
    },
    {
      problem: { file: "population.json", path: "", message: "the file is empty" },
      text: "population.json: the file is empty",
    },
    {
      problem: { file: "https://example.org/data/events.json", path: 'x["a b"]', message: "is required but missing" },
      text: `https://example.org/data/events.json › x["a b"]: is required but missing`,
    },
  ])("$text", ({ problem, text }) => {
    expect(formatProblem(problem)).toBe(text);
  });
});

describe("describeValue", () => {
  it.each<{ value: unknown; text: string }>([
    { value: null, text: "null" },
    { value: [1, 2], text: "a list" },
    { value: { a: 1 }, text: "an object" },
    { value: "abc", text: 'the text "abc"' },
    { value: "x".repeat(41), text: `the text "${"x".repeat(40)}…"` },
    { value: 12.5, text: "the number 12.5" },
    { value: Number.POSITIVE_INFINITY, text: "Infinity (numbers must be finite)" },
    { value: false, text: "false" },
  ])("$text", ({ value, text }) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe("every problem is listed, not only the first", () => {
  it("lists 5 different problems of events.json in one result", () => {
    const doc = eventsDoc();
    doc["title"] = 7;
    at(doc, "categories", 0)["color"] = "red";
    Object.assign(at(doc, "events", 0), { date: "2023-02-30", importance: 4 });
    doc["story"] = ["nope"];
    expectProblems(check("events", doc), [
      ev("title: should be text, not the number 7"),
      ev("categories[0].color: should be a colour written as #rrggbb"),
      ev(`events[0].date: "2023-02-30" is not a real date: February 2023 has 28 days`),
      ev("events[0].importance: should be 1, 2 or 3, not the number 4"),
      ev(`story[0]: "nope" is not the id of any event`),
    ]);
  });

  it("lists the rules that tie parts together even when fields are broken", () => {
    const doc = eventsDoc();
    listAt(doc, "categories").push({ id: "cat-a", label: 5 });
    listAt(doc, "events").push(event("e1", { category: "cat-q", date: "2005", endDate: "2004", sources: [] }));
    expectProblems(check("events", doc), [
      ev("categories[1].label: should be text, not the number 5"),
      ev("events[1].sources: should list at least 1 item"),
      ev(`categories[1].id: "cat-a" is already the id of categories[0]`),
      ev(`events[1].id: "e1" is already the id of events[0]`),
      ev(`events[1].category: "cat-q" is not one of the categories (cat-a)`),
      ev(`events[1].endDate: "2004" is before the event's date "2005"`),
    ]);
  });

  it("lists 5 different problems of population.json in one result", () => {
    const doc = populationDoc();
    listAt(doc, "series").push(series("s2", { measure: "other", points: [{ date: "2001", value: 1 }, { date: "2000", value: 2 }] }));
    doc["breakdowns"] = [
      breakdown("b1", { kind: "pie" }),
      breakdown("b2", { total: 99, parts: [{ label: "a", value: 60, low: 61 }, { label: "b", value: 40 }] }),
    ];
    expectProblems(check("population", doc), [
      pop(`series[1].measure: should be "stock" or "flow", not the text "other"`),
      pop(`breakdowns[0].kind: should be "parts" or "comparison", not the text "pie"`),
      pop(`series[1].points[1].date: "2000" does not come after points[0] ("2001"): points must be in increasing order and must not overlap`),
      pop("breakdowns[1].parts[0].low: 61 is above the part's value 60"),
      pop("breakdowns[1].total: the parts add up to 100, not to the total 99"),
    ]);
  });

  it("names the file it was given", () => {
    const file = "https://example.org/other-events.json";
    const result = validateText("events", "[]", file);
    expect(result).toEqual({
      ok: false,
      problems: [{ file, path: "", message: "should hold one JSON object ({ … }) at the top level, not a list" }],
    });
  });

  it("gives problems as { file, path, message }", () => {
    const doc = eventsDoc();
    at(doc, "events", 0)["date"] = "2023-02-30";
    expect(check("events", doc)).toEqual({
      ok: false,
      problems: [{ file: EVENTS_FILE, path: "events[0].date", message: `"2023-02-30" is not a real date: February 2023 has 28 days` }],
    });
  });
});

describe(`at most ${MAX_PROBLEMS} problems, then a count of the rest`, () => {
  const withBadEvents = (n: number): Record<string, unknown> => {
    const doc = eventsDoc();
    doc["events"] = Array.from({ length: n }, (_, i) => event(`e${i}`, { date: "soon" }));
    return doc;
  };
  const bad = (i: number): string => ev(`events[${i}].date: "soon" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const firstN = (n: number): string[] => Array.from({ length: n }, (_, i) => bad(i));

  it("is 200", () => {
    expect(MAX_PROBLEMS).toBe(200);
  });

  it(`lists exactly ${MAX_PROBLEMS} problems in full`, () => {
    expectProblems(check("events", withBadEvents(MAX_PROBLEMS)), firstN(MAX_PROBLEMS));
  });

  it(`lists the first ${MAX_PROBLEMS} of 250 problems and counts the other 50`, () => {
    expectProblems(check("events", withBadEvents(250)), [
      ...firstN(MAX_PROBLEMS),
      `${EVENTS_FILE}: …and 50 more problems`,
    ]);
  });

  it(`counts a single problem over ${MAX_PROBLEMS} in the singular`, () => {
    expectProblems(check("events", withBadEvents(MAX_PROBLEMS + 1)), [
      ...firstN(MAX_PROBLEMS),
      `${EVENTS_FILE}: …and 1 more problem`,
    ]);
  });
});
