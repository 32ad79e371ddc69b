// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { count, parseCsv, requiredCount, text } from "../../scripts/data/csv.ts";
import { RAW } from "./helpers.ts";

describe("parseCsv", () => {
  it("maps each row by the header's column names", () => {
    const t = parseCsv("year,coa_iso,refugees\n1979,PAK,400000\n1980,IRN,300000\n");
    expect(t.header).toEqual(["year", "coa_iso", "refugees"]);
    expect(t.rows).toEqual([
      { year: "1979", coa_iso: "PAK", refugees: "400000" },
      { year: "1980", coa_iso: "IRN", refugees: "300000" },
    ]);
  });

  it("keeps empty cells, including the last one on a line", () => {
    const t = parseCsv("a,b,c\n1,,\n,2,3");
    expect(t.rows).toEqual([
      { a: "1", b: "", c: "" },
      { a: "", b: "2", c: "3" },
    ]);
    const row = t.rows[0] ?? {};
    expect(count(row, "a")).toBe(1);
    expect(count(row, "b")).toBeNull();
    expect(() => requiredCount(row, "c", "test")).toThrow(/column "c" is empty/);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const t = parseCsv('name,iso\n"China, Hong Kong SAR",HKG\n"a ""b""",X\n"two\nlines",Y\n');
    expect(t.rows.map((r) => text(r, "name"))).toEqual(["China, Hong Kong SAR", 'a "b"', "two\nlines"]);
  });

  it("accepts CRLF line ends and a byte-order mark", () => {
    expect(parseCsv("\ufeffa,b\r\n1,2\r\n").rows).toEqual([{ a: "1", b: "2" }]);
  });

  it("refuses malformed input rather than shifting columns", () => {
    expect(() => parseCsv("a,b\n1,2,3\n", "x.csv")).toThrow("x.csv, line 2: 3 fields, but the header has 2");
    expect(() => parseCsv('a,b\n"open,2\n')).toThrow(/never closed/);
    expect(() => parseCsv('a,b\n1"x,2\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv("a,a\n1,2\n")).toThrow(/twice/);
    expect(() => parseCsv("")).toThrow(/empty/);
  });

  it("reads only whole numbers", () => {
    const row = { n: "1.5", big: "99999999999999999", neg: "-3", missing: "" };
    expect(() => count(row, "n")).toThrow(/not a whole number/);
    expect(() => count(row, "big")).toThrow(/too large/);
    expect(count(row, "neg")).toBe(-3);
    expect(() => count(row, "nope")).toThrow(/no column "nope"/);
  });

  it("reads every raw file whole, with the row counts given in SOURCES.md", () => {
    const rows = (name: string) => parseCsv(readFileSync(`${RAW}/${name}`, "utf8"), name).rows.length;
    expect(rows("unhcr_refugees_pkg_population_afg_origin.csv")).toBe(2572);
    expect(rows("unhcr_refugees_pkg_solutions_afg_origin.csv")).toBe(733);
    expect(rows("unhcr_refugees_pkg_demographics_afg_in_pak.csv")).toBe(1390);
    expect(rows("unhcr_refugees_pkg_flows_afg_to_pak_irn.csv")).toBe(70);
  });
});
