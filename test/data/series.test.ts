// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildPopulation } from "../../scripts/data/build.ts";
import { crossCheck, estimateYears, roundedYears } from "../../scripts/data/series.ts";
import { describeYears } from "../../scripts/data/select.ts";
import { cellValue, DATA, RAW, readRawCsv } from "./helpers.ts";

const doc = buildPopulation(RAW, `${DATA}/curated/breakdowns.json`);
const population = readRawCsv("unhcr_refugees_pkg_population_afg_origin.csv");
const solutions = readRawCsv("unhcr_refugees_pkg_solutions_afg_origin.csv");
const YEARS = Array.from({ length: 2023 - 1979 + 1 }, (_, i) => String(1979 + i));

function series(id: string) {
  const s = doc.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
}
function valueIn(id: string, year: string) {
  return series(id).points.find((p) => p.date === year)?.value;
}
function rawCell(rows: Record<string, string>[], coa: string, year: string, column: string): number | null {
  const found = rows.filter((r) => r["coo_iso"] === "AFG" && r["coa_iso"] === coa && r["year"] === year);
  expect(found.length, `${coa} ${year}`).toBeLessThanOrEqual(1);
  const row = found[0];
  return row === undefined ? null : cellValue(row[column]);
}

describe("series", () => {
  it("come in the order Pakistan, Iran, returns, with Pakistan primary", () => {
    expect(doc.series.map((s) => s.id)).toEqual(["refugees-pakistan", "refugees-iran", "returns-from-pakistan"]);
    expect(doc.series.filter((s) => s.primary).map((s) => s.id)).toEqual(["refugees-pakistan"]);
    expect(doc.series.map((s) => s.measure)).toEqual(["stock", "stock", "flow"]);
  });

  it("have one year-precision point per year, 1979 to 2023", () => {
    for (const s of doc.series) expect(s.points.map((p) => p.date), s.id).toEqual(YEARS);
  });

  it.each([
    ["refugees-pakistan", population, "PAK", "refugees"],
    ["refugees-iran", population, "IRN", "refugees"],
    ["returns-from-pakistan", solutions, "PAK", "returned_refugees"],
  ] as const)("%s equals the raw CSV cell in every year", (id, rows, coa, column) => {
    for (const year of YEARS) expect(valueIn(id, year), `${id} ${year}`).toBe(rawCell(rows, coa, year, column));
  });

  it("hold the known figures", () => {
    expect(valueIn("refugees-pakistan", "1989")).toBe(3_272_290);
    expect(valueIn("refugees-pakistan", "2021")).toBe(1_490_562);
    expect(valueIn("refugees-pakistan", "2023")).toBe(1_987_717);
    expect(valueIn("refugees-iran", "2022")).toBe(3_413_249);
    expect(valueIn("returns-from-pakistan", "1992")).toBe(1_360_000);
    expect(valueIn("returns-from-pakistan", "2002")).toBe(1_569_248);
  });

  it("leave years without a UNHCR return figure empty, not zero", () => {
    expect(valueIn("returns-from-pakistan", "1985")).toBeNull();
    expect(valueIn("returns-from-pakistan", "1993")).toBeNull();
    const empty = series("returns-from-pakistan").points.filter((p) => p.value === null).map((p) => p.date);
    expect(empty).toEqual(["1979", "1980", "1981", "1982", "1983", "1984", "1985", "1986", "1987", "1988", "1989", "1993"]);
    // The population table stores 0 in those years; where both have a figure, they agree.
    for (const year of YEARS) {
      const v = valueIn("returns-from-pakistan", year);
      if (v !== null && v !== undefined) expect(rawCell(population, "PAK", year, "returned_refugees"), year).toBe(v);
    }
  });

  it("mark the round and repeated figures as estimates, and nothing else", () => {
    const approx = (id: string) => series(id).points.filter((p) => p.approximate).map((p) => p.date);
    expect(approx("refugees-pakistan")).toEqual(["1979", "1983", "1984", "1995", "1996", "1997", "1998", "1999", "2000"]);
    expect(approx("refugees-iran")).toEqual(expect.arrayContaining(["2015", "2016", "2017", "2018", "2019"]));
    expect(approx("refugees-iran").filter((y) => y > "1990")).toEqual(["2015", "2016", "2017", "2018", "2019"]);
    expect(approx("returns-from-pakistan")).toEqual([]);
  });

  it("mark where the counting changes", () => {
    expect(series("refugees-pakistan").breaks?.map((b) => b.date)).toEqual(["1995", "2000", "2007", "2022"]);
    expect(series("refugees-iran").breaks?.map((b) => b.date)).toEqual(["2022"]);
  });
});

describe("series helpers", () => {
  const values = (entries: [number, number | null][]) => new Map(entries);

  it("estimateYears: whole hundred thousands and runs of three or more", () => {
    const v = values([[1, 400_000], [2, 5], [3, 7], [4, 7], [5, 7], [6, 8], [7, 8], [8, 0], [9, 0], [10, 0], [11, null]]);
    expect(estimateYears(v)).toEqual([1, 3, 4, 5]);
    expect(roundedYears(values([[1, 1_000], [2, 1_001], [3, 100_000]]), [3])).toEqual([1]);
  });

  it("crossCheck ignores gaps but refuses conflicts", () => {
    expect(() => crossCheck(values([[1, 5], [2, null]]), values([[1, 5], [2, 0]]), "t")).not.toThrow();
    expect(() => crossCheck(values([[1, 5]]), values([[1, 6]]), "t")).toThrow("t disagree: 1: 5 vs 6");
  });

  it("describeYears collapses runs", () => {
    expect(describeYears([1993, 1979, 1980, 1981])).toBe("1979–1981 and 1993");
    expect(describeYears([2000])).toBe("2000");
    expect(describeYears([1, 3, 5])).toBe("1, 3 and 5");
  });
});
