// population.json: every rule of FORMAT.md, "population.json".
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/validate.ts";
import {
  at, breakdown, checkMutated, expectProblems, expectValid, listAt, pop, POPULATION_FILE, populationDoc, remove, series, source,
  type Mutation,
} from "./builders.ts";

interface BadCase {
  readonly name: string;
  readonly mutate: Mutation;
  readonly expected: readonly string[];
}
interface GoodCase {
  readonly name: string;
  readonly mutate: Mutation;
}

const setSeries = (key: string, value: unknown): Mutation => (d) => {
  at(d, "series", 0)[key] = value;
};
const dropSeries = (key: string): Mutation => (d) => {
  remove(at(d, "series", 0), key);
};
const points = (...list: readonly object[]): Mutation => setSeries("points", list);
const p = (date: string, value: number | null = 1): object => ({ date, value });
const withBreakdown = (extra: Record<string, unknown> = {}): Mutation => (d) => {
  d["breakdowns"] = [breakdown("b1", extra)];
};
const parts = (...list: readonly object[]): Mutation => withBreakdown({ parts: list });
const order = (si: number, pi: number, text: string, prev: number, prevText: string): string =>
  pop(`series[${si}].points[${pi}].date: "${text}" does not come after points[${prev}] ("${prevText}"): points must be in increasing order and must not overlap`);

describe("population.json: the document", () => {
  it.each<GoodCase>([
    { name: "the minimal document (one series, no breakdowns)", mutate: () => undefined },
    { name: "no series and one breakdown", mutate: (d) => void ((d["series"] = []), withBreakdown()(d)) },
    { name: "an updated date", mutate: (d) => void (d["updated"] = "2023-12") },
    {
      name: "unknown fields",
      mutate: (d) => void ((d["comment"] = "made by hand"), (at(d, "series", 0)["colour"] = "blue")),
    },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("population", mutate));
  });

  it.each<BadCase>([
    {
      name: "both arrays empty",
      mutate: (d) => void (d["series"] = []),
      expected: [`${POPULATION_FILE}: series and breakdowns are both empty: the file has nothing to show`],
    },
    { name: "no series", mutate: (d) => void delete d["series"], expected: [pop("series: is required but missing")] },
    { name: "no breakdowns", mutate: (d) => void delete d["breakdowns"], expected: [pop("breakdowns: is required but missing")] },
    {
      name: "breakdowns that are not a list",
      mutate: (d) => void (d["breakdowns"] = null),
      expected: [pop("breakdowns: should be a list ([ … ]), not null")],
    },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("population", mutate), expected);
  });
});

describe("population.json: a series", () => {
  it.each<GoodCase>([
    { name: 'measure "stock"', mutate: setSeries("measure", "stock") },
    { name: 'measure "flow"', mutate: setSeries("measure", "flow") },
    { name: "one primary series", mutate: (d) => void (listAt(d, "series").push(series("s2", { primary: true }))) },
    { name: "primary: false on every series", mutate: (d) => void (setSeries("primary", false)(d), listAt(d, "series").push(series("s2", { primary: false }))) },
    { name: "notes", mutate: setSeries("notes", "Registered refugees only.\nEstimates before 1990.") },
    { name: "breaks", mutate: setSeries("breaks", [{ date: "2007", label: "Registration" }, { date: "2017-02-15", label: "New card" }]) },
    { name: "no points", mutate: points() },
    { name: "a null value (no figure for that period)", mutate: points(p("2000"), p("2001", null), p("2002")) },
    { name: "approximate points", mutate: points({ date: "2000", value: 3.2e6, approximate: true }, { date: "2001", value: 0, approximate: false }) },
    { name: "increasing years", mutate: points(p("1979"), p("1980"), p("1990")) },
    { name: "a month right after a year", mutate: points(p("2000"), p("2001-01"), p("2001-02-01")) },
    { name: "a year right after a day", mutate: points(p("1999-12-31"), p("2000")) },
    { name: "a year right after its last month", mutate: points(p("2000-12"), p("2001")) },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("population", mutate));
  });

  it.each<BadCase>([
    { name: "no id", mutate: dropSeries("id"), expected: [pop("series[0].id: is required but missing")] },
    { name: "no label", mutate: dropSeries("label"), expected: [pop("series[0].label: is required but missing")] },
    { name: "no unit", mutate: dropSeries("unit"), expected: [pop("series[0].unit: is required but missing")] },
    { name: "no source", mutate: dropSeries("source"), expected: [pop("series[0].source: is required but missing")] },
    { name: "no points", mutate: dropSeries("points"), expected: [pop("series[0].points: is required but missing")] },
    {
      name: 'measure "other"',
      mutate: setSeries("measure", "other"),
      expected: [pop(`series[0].measure: should be "stock" or "flow", not the text "other"`)],
    },
    {
      name: 'measure "Stock"',
      mutate: setSeries("measure", "Stock"),
      expected: [pop(`series[0].measure: should be "stock" or "flow", not the text "Stock"`)],
    },
    {
      name: 'primary "yes"',
      mutate: setSeries("primary", "yes"),
      expected: [pop(`series[0].primary: should be true or false, not the text "yes"`)],
    },
    {
      name: "two primary series",
      mutate: (d) => void (setSeries("primary", true)(d), listAt(d, "series").push(series("s2", { primary: true }))),
      expected: [pop("series[1].primary: only one series may be primary, and series[0] already is")],
    },
    {
      name: "three primary series",
      mutate: (d) =>
        void listAt(d, "series").push(series("s2", { primary: true }), series("s3"), series("s4", { primary: true }), series("s5", { primary: true })),
      expected: [
        pop("series[3].primary: only one series may be primary, and series[1] already is"),
        pop("series[4].primary: only one series may be primary, and series[1] already is"),
      ],
    },
    {
      name: "a source with a javascript: url",
      mutate: setSeries("source", source("UNHCR", "javascript:void(0)")),
      expected: [pop(`series[0].source.url: "javascript:void(0)" is not an absolute http:// or https:// address`)],
    },
    {
      name: "points out of order",
      mutate: points(p("2001"), p("2000")),
      expected: [order(0, 1, "2000", 0, "2001")],
    },
    {
      name: "overlapping periods (a year, then a month in it)",
      mutate: points(p("2000"), p("2000-05")),
      expected: [order(0, 1, "2000-05", 0, "2000")],
    },
    {
      name: "overlapping periods (a month, then its year)",
      mutate: points(p("2000-05"), p("2000")),
      expected: [order(0, 1, "2000", 0, "2000-05")],
    },
    {
      name: "the same date twice",
      mutate: points(p("1990"), p("1991"), p("1991")),
      expected: [order(0, 2, "1991", 1, "1991")],
    },
    {
      name: "a day inside the month before it",
      mutate: points(p("2000-01"), p("2000-01-31")),
      expected: [order(0, 1, "2000-01-31", 0, "2000-01")],
    },
    {
      name: "each point is compared with the one before it",
      mutate: points(p("1990"), p("1995"), p("1992"), p("1993")),
      expected: [order(0, 2, "1992", 1, "1995")],
    },
    {
      name: "a negative value",
      mutate: points(p("2000", -5)),
      expected: [pop("series[0].points[0].value: should be 0 or more, not the number -5")],
    },
    {
      name: 'the value "NaN"',
      mutate: points({ date: "2000", value: "NaN" }),
      expected: [pop(`series[0].points[0].value: should be a number, not the text "NaN"`)],
    },
    {
      name: "a point without value",
      mutate: points({ date: "2000" }),
      expected: [pop("series[0].points[0].value: is required but missing")],
    },
    {
      name: "a break with a bad date",
      mutate: setSeries("breaks", [{ date: "2007", label: "Registration" }, { date: "2017-02-30", label: "New card" }]),
      expected: [pop(`series[0].breaks[1].date: "2017-02-30" is not a real date: February 2017 has 28 days`)],
    },
    {
      name: "a break without label",
      mutate: setSeries("breaks", [{ date: "2007" }]),
      expected: [pop("series[0].breaks[0].label: is required but missing")],
    },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("population", mutate), expected);
  });

  it("refuses 1e400 as a point value (read as Infinity)", () => {
    const text = JSON.stringify(populationDoc()).replace('"value":100', '"value":1e400');
    expect(text).toContain("1e400");
    expectProblems(validateText("population", text, POPULATION_FILE), [
      pop("series[0].points[0].value: should be a number, not Infinity (numbers must be finite)"),
    ]);
  });

  it("keeps a null value as null", () => {
    const data = expectValid(checkMutated("population", points(p("2000", null))));
    expect(data.series[0]?.points).toEqual([{ date: "2000", value: null }]);
  });
});

describe("population.json: a breakdown", () => {
  it.each<GoodCase>([
    { name: "parts without total", mutate: withBreakdown() },
    { name: "parts that add up to the total", mutate: withBreakdown({ total: 100 }) },
    {
      name: "parts that add up to the total in floating point (0.1 + 0.2 = 0.3)",
      mutate: parts({ label: "a", value: 0.1 }, { label: "b", value: 0.2 }),
    },
    {
      name: "parts that add up to the total in floating point, with total",
      mutate: withBreakdown({ total: 0.3, parts: [{ label: "a", value: 0.1 }, { label: "b", value: 0.2 }] }),
    },
    {
      name: "large parts that add up to the total",
      mutate: withBreakdown({ total: 1_400_000.3, parts: [{ label: "a", value: 1_000_000.1 }, { label: "b", value: 400_000.2 }] }),
    },
    { name: "a comparison", mutate: withBreakdown({ kind: "comparison", label: "Registered vs undocumented" }) },
    { name: "group, date, eventId and notes", mutate: withBreakdown({ group: "by-year", date: "2023-10", eventId: "any-event", notes: "Estimates." }) },
    {
      name: "low ≤ value ≤ high, with every flag",
      mutate: parts(
        { label: "a", value: 60, low: 50, high: 70, derived: true, approximate: true, atLeast: true },
        { label: "b", value: 40, low: 40, high: 40, derived: false },
      ),
    },
    { name: "a part with its own source", mutate: parts({ label: "a", value: 1, source: source("AP, via DTN", "http://example.org/x") }) },
    { name: "no parts", mutate: parts() },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("population", mutate));
  });

  it.each<BadCase>([
    {
      name: "an unknown kind",
      mutate: withBreakdown({ kind: "pie" }),
      expected: [pop(`breakdowns[0].kind: should be "parts" or "comparison", not the text "pie"`)],
    },
    { name: "no kind", mutate: withBreakdown({ kind: undefined }), expected: [pop("breakdowns[0].kind: is required but missing")] },
    { name: "no unit", mutate: withBreakdown({ unit: undefined }), expected: [pop("breakdowns[0].unit: is required but missing")] },
    { name: "no source", mutate: withBreakdown({ source: undefined }), expected: [pop("breakdowns[0].source: is required but missing")] },
    { name: "no parts", mutate: withBreakdown({ parts: undefined }), expected: [pop("breakdowns[0].parts: is required but missing")] },
    {
      name: "parts that do not add up to the total",
      mutate: withBreakdown({ total: 90 }),
      expected: [pop("breakdowns[0].total: the parts add up to 100, not to the total 90")],
    },
    {
      name: "parts that miss the total by a little",
      mutate: withBreakdown({ total: 100.5 }),
      expected: [pop("breakdowns[0].total: the parts add up to 100, not to the total 100.5")],
    },
    {
      name: "a negative total",
      mutate: withBreakdown({ total: -100 }),
      expected: [
        pop("breakdowns[0].total: should be 0 or more, not the number -100"),
        pop("breakdowns[0].total: the parts add up to 100, not to the total -100"),
      ],
    },
    {
      name: "low above value",
      mutate: parts({ label: "a", value: 60, low: 70 }),
      expected: [pop("breakdowns[0].parts[0].low: 70 is above the part's value 60")],
    },
    {
      name: "high below value",
      mutate: parts({ label: "a", value: 60 }, { label: "b", value: 40, high: 39.5 }),
      expected: [pop("breakdowns[0].parts[1].high: 39.5 is below the part's value 40")],
    },
    {
      name: "low above value and high below it",
      mutate: parts({ label: "a", value: 60, low: 61, high: 59 }),
      expected: [
        pop("breakdowns[0].parts[0].low: 61 is above the part's value 60"),
        pop("breakdowns[0].parts[0].high: 59 is below the part's value 60"),
      ],
    },
    {
      name: "a negative part",
      mutate: parts({ label: "a", value: -5 }),
      expected: [pop("breakdowns[0].parts[0].value: should be 0 or more, not the number -5")],
    },
    {
      name: 'a part of "NaN"',
      mutate: parts({ label: "a", value: "NaN" }),
      expected: [pop(`breakdowns[0].parts[0].value: should be a number, not the text "NaN"`)],
    },
    {
      name: "a part without label",
      mutate: parts({ value: 5 }),
      expected: [pop("breakdowns[0].parts[0].label: is required but missing")],
    },
    {
      name: "a part source with a javascript: url",
      mutate: parts({ label: "a", value: 60 }, { label: "b", value: 40, source: source("Someone", "javascript:alert(1)") }),
      expected: [pop(`breakdowns[0].parts[1].source.url: "javascript:alert(1)" is not an absolute http:// or https:// address`)],
    },
    {
      name: "a breakdown source with a relative url",
      mutate: withBreakdown({ source: source("UNHCR", "data/report.pdf") }),
      expected: [pop(`breakdowns[0].source.url: "data/report.pdf" is not an absolute http:// or https:// address`)],
    },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("population", mutate), expected);
  });
});
