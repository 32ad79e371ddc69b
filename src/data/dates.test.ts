import { describe, expect, it } from "vitest";
import {
  comparePeriods, dateProblem, daysInMonth, endsNotBefore, formatDate, formatDateRange, isWhollyBefore, parsePeriod, period,
  type Period,
} from "./dates.ts";

const ms = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
/** Like Date.UTC, without its mapping of years 0–99 to 1900–1999. */
const msEarly = (y: number, m: number, d: number): number => new Date(0).setUTCFullYear(y, m - 1, d);
const P = (text: string): Period => period(text);

describe("parsePeriod", () => {
  it.each<{ text: string; precision: Period["precision"]; start: number; end: number }>([
    { text: "1979", precision: "year", start: ms(1979, 1, 1), end: ms(1980, 1, 1) },
    { text: "2024", precision: "year", start: ms(2024, 1, 1), end: ms(2025, 1, 1) },
    { text: "2022-12", precision: "month", start: ms(2022, 12, 1), end: ms(2023, 1, 1) }, // December rolls over
    { text: "2022-01", precision: "month", start: ms(2022, 1, 1), end: ms(2022, 2, 1) },
    { text: "2023-02", precision: "month", start: ms(2023, 2, 1), end: ms(2023, 3, 1) },
    { text: "2024-02", precision: "month", start: ms(2024, 2, 1), end: ms(2024, 3, 1) },
    { text: "2023-01-07", precision: "day", start: ms(2023, 1, 7), end: ms(2023, 1, 8) },
    { text: "2022-12-31", precision: "day", start: ms(2022, 12, 31), end: ms(2023, 1, 1) }, // year rolls over
    { text: "2023-01-31", precision: "day", start: ms(2023, 1, 31), end: ms(2023, 2, 1) },
    { text: "2024-02-28", precision: "day", start: ms(2024, 2, 28), end: ms(2024, 2, 29) }, // leap year
    { text: "2024-02-29", precision: "day", start: ms(2024, 2, 29), end: ms(2024, 3, 1) },
    { text: "2023-02-28", precision: "day", start: ms(2023, 2, 28), end: ms(2023, 3, 1) }, // not a leap year
    { text: "2100-02-28", precision: "day", start: ms(2100, 2, 28), end: ms(2100, 3, 1) }, // century, not leap
    { text: "2000-02-29", precision: "day", start: ms(2000, 2, 29), end: ms(2000, 3, 1) }, // 400-year leap
    { text: "0050", precision: "year", start: msEarly(50, 1, 1), end: msEarly(51, 1, 1) }, // not 1950
    { text: "0099-12", precision: "month", start: msEarly(99, 12, 1), end: msEarly(100, 1, 1) },
    { text: "0004-02-29", precision: "day", start: msEarly(4, 2, 29), end: msEarly(4, 3, 1) },
  ])("$text", ({ text, precision, start, end }) => {
    expect(parsePeriod(text)).toEqual({ precision, start, end });
  });

  it("is exactly 24 hours for a day, whatever the local time zone", () => {
    const p = P("2023-03-26");
    expect(p.end - p.start).toBe(24 * 60 * 60 * 1000);
  });

  it.each(["", "2023-02-30", "2011-13", "1979-12-00", "2005-3-4", "03/04/2005", "2023-01-07T10:00:00Z", "Dec 2022"])(
    "is null for %j",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it("period() throws for a text that is not a date", () => {
    expect(() => period("2023-02-30")).toThrow("Not a valid date: 2023-02-30");
  });
});

describe("daysInMonth", () => {
  it.each<[number, number, number]>([
    [2023, 1, 31], [2023, 2, 28], [2024, 2, 29], [1900, 2, 28], [2000, 2, 29], [2023, 4, 30], [2023, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("dateProblem", () => {
  it.each(["1979", "2022-12", "2023-01-07", "2024-02-29", "2000-02-29", "0000", "9999-12-31"])("%s is valid", (text) => {
    expect(dateProblem(text)).toBeNull();
  });

  it.each<[string, string]>([
    ["2023-02-30", `"2023-02-30" is not a real date: February 2023 has 28 days`],
    ["2021-02-29", `"2021-02-29" is not a real date: February 2021 has 28 days`],
    ["2024-02-30", `"2024-02-30" is not a real date: February 2024 has 29 days`],
    ["2023-06-31", `"2023-06-31" is not a real date: June 2023 has 30 days`],
    ["2023-01-32", `"2023-01-32" is not a real date: January 2023 has 31 days`],
    ["2011-13", `"2011-13" is not a real date: there is no month 13`],
    ["2011-00", `"2011-00" is not a real date: there is no month 0`],
    ["2011-00-10", `"2011-00-10" is not a real date: there is no month 0`],
    ["1979-12-00", `"1979-12-00" is not a real date: there is no day 0`],
    ["03/04/2005", `"03/04/2005" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["2005-3-4", `"2005-3-4" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["2023-01-07T10:00:00Z", `"2023-01-07T10:00:00Z" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["2023-01-07 ", `"2023-01-07 " is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["12023", `"12023" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["", `"" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ["about ten years after the war had ended, maybe", `"about ten years after the war had ended,…" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
    ['say "when"', `"say \\"when\\"" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`],
  ])("%j", (text, message) => {
    expect(dateProblem(text)).toBe(message);
  });
});

describe("endsNotBefore (endDate ≥ date, by period)", () => {
  it.each<[string, string, boolean]>([
    ["2002", "2002-05", true], // end "2002" finishes after May 2002 begins
    ["2002-05", "2002", true],
    ["2002-05-10", "2002-05-10", true],
    ["2002-05", "2002-05-31", true],
    ["2003", "2002", true],
    ["2001-06", "2002", false],
    ["2001-12-31", "2002", false],
    ["2001", "2002", false],
    ["2002-04", "2002-05-01", false],
    ["2002-05-09", "2002-05-10", false],
  ])("end %s, start %s → %s", (end, start, expected) => {
    expect(endsNotBefore(P(end), P(start))).toBe(expected);
  });
});

describe("isWhollyBefore", () => {
  it.each<[string, string, boolean]>([
    ["1999", "2000", true],
    ["1999-12-31", "2000", true], // touching is not overlapping
    ["2000-12", "2001", true],
    ["2000", "2000-05", false], // May 2000 lies inside 2000
    ["2000-05", "2000", false],
    ["2000", "2000", false],
    ["2001", "2000", false],
    ["2000-01", "2000-01-31", false],
    ["2000-01", "2000-02-01", true],
  ])("%s before %s → %s", (a, b, expected) => {
    expect(isWhollyBefore(P(a), P(b))).toBe(expected);
  });
});

describe("comparePeriods", () => {
  it("orders by start, then shorter first", () => {
    const texts = ["2001", "2000-05", "2000", "2000-01", "2000-01-01", "1999-12-31", "2000-05-02"];
    const sorted = [...texts].sort((a, b) => comparePeriods(P(a), P(b)));
    expect(sorted).toEqual(["1999-12-31", "2000-01-01", "2000-01", "2000", "2000-05", "2000-05-02", "2001"]);
  });

  it.each<[string, string, number]>([
    ["2000", "2000", 0],
    ["2000", "2001", -1],
    ["2001", "2000", 1],
    ["2000-01", "2000", -1], // same start, shorter first
    ["2000", "2000-01-01", 1],
  ])("%s vs %s has sign %i", (a, b, sign) => {
    expect(Math.sign(comparePeriods(P(a), P(b)))).toBe(sign);
  });
});

describe("formatDate: as precisely as known, and no more", () => {
  it.each<[string, string]>([
    ["1979", "1979"],
    ["2022-12", "Dec 2022"],
    ["2022-01", "Jan 2022"],
    ["2023-01-07", "7 Jan 2023"],
    ["2023-12-31", "31 Dec 2023"],
    ["2024-02-29", "29 Feb 2024"],
    ["2006-10-15", "15 Oct 2006"],
    ["not a date", "not a date"], // shown as written rather than hidden
  ])("%s → %s", (text, shown) => {
    expect(formatDate(text)).toBe(shown);
  });
});

describe("formatDateRange", () => {
  it.each<[string, string | undefined, string]>([
    ["1995", "1999", "1995–1999"],
    ["2006-10-15", "2007-02", "15 Oct 2006 – Feb 2007"],
    ["1979", undefined, "1979"],
    ["2022-12", undefined, "Dec 2022"],
    ["1979", "1979", "1979"], // same start and end collapse
    ["2023-01-07", "2023-01-07", "7 Jan 2023"],
    ["2022-12", "2022-12", "Dec 2022"],
    ["1995", "1999-06", "1995 – Jun 1999"],
    ["2001-09-11", "2001-10-07", "11 Sep 2001 – 7 Oct 2001"],
  ])("%s, %s → %s", (start, end, shown) => {
    expect(formatDateRange(start, end)).toBe(shown);
  });
});
