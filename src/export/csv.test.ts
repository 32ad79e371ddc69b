import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/helpers/parseCsv.ts";
import type { Category, TimelineEvent } from "../data/schema/events.ts";
import type { Breakdown, Series } from "../data/schema/population.ts";
import { breakdownCsv, citeLine, csvCell, csvDocument, eventRows, eventsCsv, figureText, seriesCsv, type CiteInfo } from "./csv.ts";

const CITE: CiteInfo = { title: "Crossings: a test", pageUrl: "https://example.org/?from=1980&to=1990", accessed: "2024-05-01" };
const SRC = { name: "UNHCR", url: "https://www.unhcr.org/refugee-statistics/" };


describe("csvCell", () => {
  it("quotes fields with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });
  it("writes numbers, booleans and absent values plainly", () => {
    expect(csvCell(3272290)).toBe("3272290");
    expect(csvCell(0.5)).toBe("0.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1 more")).toBe("'+1 more");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tTab")).toBe("'\tTab");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-5)).toBe("-5");
  });
});

describe("csvDocument", () => {
  it("ends with a blank line, one row per source and the citation, each padded to the header's width", () => {
    const text = csvDocument(["A", "B", "C", "D"], [["1", "2", "3", "4"]], [SRC], { ...CITE, attribution: "CC BY 4.0" });
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toEqual([
      ["A", "B", "C", "D"],
      ["1", "2", "3", "4"],
      [""],
      ["Source", "UNHCR", SRC.url, ""],
      ["Licence", "CC BY 4.0", "", ""],
      ["How to cite", "Crossings: a test, Crossings, https://example.org/?from=1980&to=1990, accessed 2024-05-01; data: UNHCR", "", ""],
    ]);
  });
  it("names each source once in the citation", () => {
    expect(citeLine(CITE, [SRC, SRC, { name: "DW", url: "https://dw.com" }])).toMatch(/; data: UNHCR, DW$/);
    expect(citeLine(CITE, [])).not.toMatch(/data:/);
  });
});

const categories: Category[] = [{ id: "policy", label: "Registration, documents and policy" }, { id: "x", label: "" }];
const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: "e", date: "2007", title: "PoR cards", category: "policy", sources: [SRC], ...over,
});

describe("events", () => {
  it("writes dates, category labels, figures and sources as text", () => {
    const rows = eventRows(
      [
        event({
          endDate: "2009-06",
          importance: 2,
          summary: 'Cards, "proof of registration"',
          figures: [
            { label: "registered", value: 2150000, unit: "people", approximate: true },
            { label: "detained", value: 524, atLeast: true },
          ],
          sources: [SRC, { name: "DW", url: "https://dw.com/a" }],
        }),
        event({ id: "f", title: "-", category: "x" }),
      ],
      categories,
    );
    expect(rows[0]).toEqual([
      "2007", "2009-06", "PoR cards", "Registration, documents and policy", 2, 'Cards, "proof of registration"',
      "registered: ~2150000 people; detained: at least 524",
      "UNHCR <https://www.unhcr.org/refugee-statistics/>; DW <https://dw.com/a>",
    ]);
    expect(rows[1]?.[3]).toBe("x");
    const parsed = parseCsv(eventsCsv([event({ title: "-" })], categories, [SRC], CITE));
    expect(parsed[0]).toEqual(["Date", "End date", "Title", "Category", "Importance", "Summary", "Figures", "Sources"]);
    expect(parsed[1]?.[2]).toBe("'-");
    expect(parsed.length).toBe(1 + 1 + 1 + 1 + 1);
  });
  it("marks lower bounds before approximations", () => {
    expect(figureText({ label: "a", value: 1, approximate: true, atLeast: true })).toBe("a: at least 1");
  });
});

describe("series and breakdowns", () => {
  const series: Series = {
    id: "s", label: "Refugees", unit: "people", source: SRC,
    points: [{ date: "1979", value: 400000, approximate: true }, { date: "1980", value: null }, { date: "1981", value: 0 }],
  };
  it("gives a series one row per point, a gap as an empty cell", () => {
    const rows = parseCsv(seriesCsv(series, CITE));
    expect(rows.slice(0, 4)).toEqual([
      ["Date", "Value (people)", "Approximate"],
      ["1979", "400000", "true"],
      ["1980", "", "false"],
      ["1981", "0", "false"],
    ]);
    expect(rows[4]).toEqual([""]);
    expect(rows[5]).toEqual(["Source", "UNHCR", SRC.url]);
  });
  it("gives a breakdown its parts with ranges and flags, and cites each part's own source", () => {
    const b: Breakdown = {
      id: "b", label: "Released", kind: "parts", unit: "people", source: SRC,
      parts: [
        { label: "Men", value: 400, low: 380, high: 420, derived: true },
        { label: "=Women", value: 100, approximate: true, atLeast: true, source: { name: "DW", url: "https://dw.com/b" } },
      ],
    };
    const rows = parseCsv(breakdownCsv(b, CITE));
    expect(rows.slice(0, 3)).toEqual([
      ["Label", "Value (people)", "Low", "High", "Flags"],
      ["Men", "400", "380", "420", "derived"],
      ["'=Women", "100", "", "", "approximate; at least"],
    ]);
    expect(rows.filter((r) => r[0] === "Source").map((r) => r[1])).toEqual(["UNHCR", "DW"]);
    expect(rows.at(-1)?.[1]).toMatch(/data: UNHCR, DW$/);
  });
});
