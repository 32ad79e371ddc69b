// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildPopulation } from "../../scripts/data/build.ts";
import { parseCurated } from "../../scripts/data/curated.ts";
import { checkYear, provincesBreakdown, provinceOf, sumYear } from "../../scripts/data/demographics.ts";
import { parseCsv } from "../../scripts/data/csv.ts";
import { cellValue, DATA, RAW, readRawCsv } from "./helpers.ts";

const doc = buildPopulation(RAW, `${DATA}/curated/breakdowns.json`);
const population = readRawCsv("unhcr_refugees_pkg_population_afg_origin.csv");
const demographics = readRawCsv("unhcr_refugees_pkg_demographics_afg_in_pak.csv");

function breakdown(id: string) {
  const b = doc.breakdowns.find((x) => x.id === id);
  if (!b) throw new Error(`no breakdown ${id}`);
  return b;
}
function partsOf(id: string): Record<string, number> {
  return Object.fromEntries(breakdown(id).parts.map((p) => [p.label, p.value]));
}
function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
function pakistanRefugees(year: number): number | null {
  const row = population.find((r) => r["year"] === String(year) && r["coa_iso"] === "PAK");
  return cellValue(row?.["refugees"]);
}

// Figures worked out and sourced by the project's research, independently of this script.
const SEX = {
  2021: { Female: 677_388, Male: 813_174 },
  2022: { Female: 830_137, Male: 913_141 },
  2023: { Female: 950_325, Male: 1_037_392 },
} as const;
const AGE = {
  2021: { "Children 0–17": 743_567, "Adults 18–59": 589_006, "60 and over": 49_947, "Age unknown": 108_042 },
  2022: { "Children 0–17": 747_811, "Adults 18–59": 655_289, "60 and over": 54_029, "Age unknown": 286_149 },
  2023: { "Children 0–17": 784_778, "Adults 18–59": 675_422, "60 and over": 54_591, "Age unknown": 472_926 },
} as const;

describe("breakdowns", () => {
  it("come in the agreed order", () => {
    expect(doc.breakdowns.map((b) => b.id)).toEqual([
      "release-2023-01-07", "karachi-detentions", "provinces-2021",
      "sex-2021", "sex-2022", "sex-2023", "age-2021", "age-2022", "age-2023",
    ]);
  });

  it("provinces-2021 equals the sourced figures and adds up to the 2021 Pakistan refugee total", () => {
    expect(partsOf("provinces-2021")).toEqual({
      "Khyber Pakhtunkhwa": 736_686,
      Balochistan: 389_847,
      Punjab: 220_841,
      Sindh: 82_817,
      Islamabad: 54_527,
      "Azad Kashmir": 5_844,
    });
    const b = breakdown("provinces-2021");
    expect(b.kind).toBe("parts");
    expect(b.total).toBe(1_490_562);
    expect(sum(b.parts.map((p) => p.value))).toBe(pakistanRefugees(2021));
  });

  it.each([2021, 2022, 2023] as const)("sex and age in %i equal the sourced figures and the year's total", (year) => {
    expect(partsOf(`sex-${year}`)).toEqual(SEX[year]);
    expect(partsOf(`age-${year}`)).toEqual(AGE[year]);
    for (const id of [`sex-${year}`, `age-${year}`]) {
      const b = breakdown(id);
      expect(b.total, id).toBe(pakistanRefugees(year));
      expect(sum(b.parts.map((p) => p.value)), id).toBe(b.total);
      expect(b.date).toBe(String(year));
    }
    expect(breakdown(`sex-${year}`).group).toBe("sex");
    expect(breakdown(`age-${year}`).group).toBe("age");
  });

  it("sex totals match the total column in the raw rows of each year", () => {
    for (const year of ["2021", "2022", "2023"]) {
      const rows = demographics.filter((r) => r["year"] === year && r["pop_type"] === "REF");
      const col = (c: string) => sum(rows.map((r) => cellValue(r[c]) ?? 0));
      expect(col("f_total") + col("m_total"), year).toBe(col("total"));
    }
  });

  it("the 7 January 2023 release: 373 derived, the parts add up to 524", () => {
    const b = breakdown("release-2023-01-07");
    expect(b).toMatchObject({ kind: "parts", date: "2023-01-07", eventId: "karachi-release-2023", total: 524 });
    expect(b.parts.map((p) => [p.label, p.value, p.derived ?? false])).toEqual([
      ["Women", 54, false],
      ["Children", 97, false],
      ["Not itemised by any source", 373, true],
    ]);
    expect(sum(b.parts.map((p) => p.value))).toBe(524);
    expect(b.parts.some((p) => /\bmen\b/i.test(p.label))).toBe(false);
  });

  it("the Karachi detentions are a comparison, with 1,200 as a minimum", () => {
    const b = breakdown("karachi-detentions");
    expect(b).toMatchObject({ kind: "comparison", eventId: "karachi-raids-2022-12" });
    expect(b.total).toBeUndefined();
    expect(b.parts.map((p) => [p.value, p.atLeast ?? false])).toEqual([[1200, true], [524, false], [1, false]]);
    for (const p of b.parts) expect(p.source?.url, p.label).toMatch(/^https:\/\//);
  });
});

describe("demographics guards", () => {
  const header = "year,coo_iso,coa_iso,pop_type,location,acc_type,f_0_4,f_5_11,f_12_17,f_18_59,f_60,f_other,f_total,m_0_4,m_5_11,m_12_17,m_18_59,m_60,m_other,m_total,total";
  const rows = parseCsv([
    header,
    "2001,AFG,PAK,REF,Balochistan : Province,I,1,1,1,1,1,0,5,1,1,1,1,1,0,5,10",
    "2001,AFG,PAK,REF,Dispersed in the country / territory,U,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7",
    "2001,AFG,PAK,REF,Gamkol : Point,P,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3",
    "2002,AFG,PAK,REF,Gamkol,P,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3",
  ].join("\n")).rows;

  it("refuses a year whose sex and age columns do not add up to its total", () => {
    expect(() => checkYear(sumYear(rows, 2001), 2001, 20)).toThrow(/female \+ male = 10, not the total 20/);
  });

  it("refuses a location that names no province", () => {
    expect(provinceOf("Khyber Pakhtunkhwa : Province")).toBe("Khyber Pakhtunkhwa");
    expect(provinceOf("Gamkol")).toBeNull();
    expect(() => provincesBreakdown(rows, 2002, 3)).toThrow(/"Gamkol" does not say which province/);
  });

  it("refuses curated breakdowns that break the format", () => {
    const bad = { breakdowns: [{ id: "x", label: "X", kind: "parts", unit: "people", total: 10, parts: [{ label: "a", value: 3 }], source: { name: "S", url: "ftp://x" } }] };
    expect(() => parseCurated(bad, "curated.json")).toThrow(/curated\.json › breakdowns\[0\]\.total: the parts add up to 3, not to the total 10/);
    expect(() => parseCurated(bad, "curated.json")).toThrow(/breakdowns\[0\]\.source\.url/);
    expect(() => parseCurated([], "curated.json")).toThrow(/"breakdowns" list/);
  });
});
