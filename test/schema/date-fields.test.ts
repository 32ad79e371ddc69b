// Dates in documents: the three precisions, real calendar dates only, and
// comparisons by period (FORMAT.md, "Dates").
import { describe, expect, it } from "vitest";
import { at, checkMutated, ev, event, expectProblems, expectValid, listAt, pop, type Mutation } from "./builders.ts";

interface BadCase {
  readonly name: string;
  readonly mutate: Mutation;
  readonly expected: readonly string[];
}
interface GoodCase {
  readonly name: string;
  readonly mutate: Mutation;
}

const setDate = (date: unknown): Mutation => (d) => {
  at(d, "events", 0)["date"] = date;
};

describe("a date is YYYY, YYYY-MM or YYYY-MM-DD", () => {
  it.each<{ date: string }>([
    { date: "1979" },
    { date: "2022-12" },
    { date: "2023-01-07" },
    { date: "2024-02-29" }, // leap year
    { date: "2000-02-29" }, // divisible by 400: leap
    { date: "1979-12-31" },
    { date: "2011-12" },
    { date: "2011-01" },
  ])("accepts $date", ({ date }) => {
    expectValid(checkMutated("events", setDate(date)));
  });

  it.each<{ date: unknown; message: string }>([
    { date: "2023-02-30", message: `"2023-02-30" is not a real date: February 2023 has 28 days` },
    { date: "2021-02-29", message: `"2021-02-29" is not a real date: February 2021 has 28 days` },
    { date: "1900-02-29", message: `"1900-02-29" is not a real date: February 1900 has 28 days` },
    { date: "2023-04-31", message: `"2023-04-31" is not a real date: April 2023 has 30 days` },
    { date: "2011-13", message: `"2011-13" is not a real date: there is no month 13` },
    { date: "2011-00", message: `"2011-00" is not a real date: there is no month 0` },
    { date: "2011-13-01", message: `"2011-13-01" is not a real date: there is no month 13` },
    { date: "1979-12-00", message: `"1979-12-00" is not a real date: there is no day 0` },
    { date: "03/04/2005", message: `"03/04/2005" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: "2005-3-4", message: `"2005-3-4" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: "2023-01-07T10:00:00Z", message: `"2023-01-07T10:00:00Z" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: "spring 2005", message: `"spring 2005" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: "79", message: `"79" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: " 2005", message: `" 2005" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    { date: "", message: `"" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
    {
      date: "sometime in the late nineteen-seventies, probably",
      message: `"sometime in the late nineteen-seventies,…" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`,
    },
    { date: 2005, message: "should be text, not the number 2005" },
    { date: null, message: "should be text, not null" },
    { date: ["2005"], message: "should be text, not a list" },
  ])("refuses $date", ({ date, message }) => {
    expectProblems(checkMutated("events", setDate(date)), [ev(`events[0].date: ${message}`)]);
  });

  it("refuses a missing date", () => {
    expectProblems(
      checkMutated("events", (d) => {
        delete at(d, "events", 0)["date"];
      }),
      [ev("events[0].date: is required but missing")],
    );
  });
});

describe("every date field is checked as a date", () => {
  it.each<BadCase>([
    {
      name: "events.json updated",
      mutate: (d) => {
        d["updated"] = "2023-02-30";
      },
      expected: [ev(`updated: "2023-02-30" is not a real date: February 2023 has 28 days`)],
    },
    {
      name: "event endDate",
      mutate: (d) => {
        at(d, "events", 0)["endDate"] = "2001-13";
      },
      expected: [ev(`events[0].endDate: "2001-13" is not a real date: there is no month 13`)],
    },
    {
      name: "era start",
      mutate: (d) => {
        d["eras"] = [{ id: "war", label: "War", start: "1979-12-32" }];
      },
      expected: [ev(`eras[0].start: "1979-12-32" is not a real date: December 1979 has 31 days`)],
    },
    {
      name: "era end",
      mutate: (d) => {
        d["eras"] = [{ id: "war", label: "War", start: "1979", end: "1989/02" }];
      },
      expected: [ev(`eras[0].end: "1989/02" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`)],
    },
    {
      name: "population.json updated",
      mutate: (d) => {
        d["updated"] = "2023-1-1";
      },
      expected: [pop(`updated: "2023-1-1" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`)],
    },
    {
      name: "series point date",
      mutate: (d) => {
        at(d, "series", 0, "points", 0)["date"] = "2021-02-29";
      },
      expected: [pop(`series[0].points[0].date: "2021-02-29" is not a real date: February 2021 has 28 days`)],
    },
    {
      name: "series break date",
      mutate: (d) => {
        at(d, "series", 0)["breaks"] = [{ date: "2005-00", label: "New method" }];
      },
      expected: [pop(`series[0].breaks[0].date: "2005-00" is not a real date: there is no month 0`)],
    },
    {
      name: "breakdown date",
      mutate: (d) => {
        d["breakdowns"] = [{ id: "b", label: "B", kind: "comparison", date: 2005, unit: "people", parts: [], source: { name: "S", url: "https://example.org" } }];
      },
      expected: [pop("breakdowns[0].date: should be text, not the number 2005")],
    },
  ])("$name", ({ mutate, expected }) => {
    const kind = expected.every((e) => e.startsWith(ev(""))) ? "events" : "population";
    expectProblems(checkMutated(kind, mutate), expected);
  });
});

describe("endDate ≥ date, compared by period", () => {
  const span = (date: string, endDate: string): Mutation => (d) => {
    listAt(d, "events").splice(0, 1, event("e1", { date, endDate }));
  };

  it.each<{ date: string; endDate: string }>([
    { date: "2002-05", endDate: "2002" }, // the year 2002 ends after May 2002 begins: the periods overlap
    { date: "2002", endDate: "2002-01" },
    { date: "2002", endDate: "2002" },
    { date: "2002-05-10", endDate: "2002-05-10" }, // same day
    { date: "2002-05-10", endDate: "2002-05" },
    { date: "2002-05-31", endDate: "2002-06-01" },
    { date: "1995", endDate: "1999" },
    { date: "2006-10-15", endDate: "2007-02" },
  ])("accepts $date → $endDate", ({ date, endDate }) => {
    expectValid(checkMutated("events", span(date, endDate)));
  });

  it.each<{ date: string; endDate: string }>([
    { date: "2002", endDate: "2001-06" },
    { date: "2002", endDate: "2001-12-31" },
    { date: "2002", endDate: "2001" },
    { date: "2002-05-10", endDate: "2002-05-09" },
    { date: "2002-05-10", endDate: "2002-04" },
    { date: "2002-05", endDate: "2002-04-30" },
  ])("refuses $date → $endDate", ({ date, endDate }) => {
    expectProblems(checkMutated("events", span(date, endDate)), [
      ev(`events[0].endDate: "${endDate}" is before the event's date "${date}"`),
    ]);
  });

  it("does not compare when one of the two is not a date (only the date problem is listed)", () => {
    expectProblems(checkMutated("events", span("2003", "2002-02-30")), [
      ev(`events[0].endDate: "2002-02-30" is not a real date: February 2002 has 28 days`),
    ]);
  });
});

describe("eras: end ≥ start, compared by period; no end = ongoing", () => {
  const eras = (...list: readonly object[]): Mutation => (d) => {
    d["eras"] = list;
  };

  it.each<GoodCase>([
    { name: "an era without end", mutate: eras({ id: "now", label: "Ongoing", start: "2021-08-15" }) },
    { name: "an era ending in its start year", mutate: eras({ id: "y", label: "One year", start: "1995-06", end: "1995" }) },
    { name: "an era of one day", mutate: eras({ id: "d", label: "One day", start: "1995-06-01", end: "1995-06-01" }) },
    { name: "no eras at all", mutate: eras() },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("events", mutate));
  });

  it.each<BadCase>([
    {
      name: "an era ending before it starts",
      mutate: eras({ id: "a", label: "A", start: "1995", end: "1990" }),
      expected: [ev(`eras[0].end: "1990" is before the era's start "1995"`)],
    },
    {
      name: "an era ending the month before it starts",
      mutate: eras({ id: "a", label: "A", start: "1992" }, { id: "b", label: "B", start: "1995-06-01", end: "1995-05" }),
      expected: [ev(`eras[1].end: "1995-05" is before the era's start "1995-06-01"`)],
    },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("events", mutate), expected);
  });

  it("keeps an era's missing end missing in the output", () => {
    const data = expectValid(checkMutated("events", eras({ id: "now", label: "Ongoing", start: "2021" })));
    expect(data.eras).toEqual([{ id: "now", label: "Ongoing", start: "2021" }]);
  });
});
