import type { Breakdown, PopulationDocument, Series } from "../../../data/schema/population.ts";

// A small population file in the shape of the real one, for tests. The numbers
// are test data: series values are made up; breakdowns reuse the structure
// (and the release's 524 = 54 + 97 + 373) of the curated file.

const SOURCE = { name: "Test source", url: "https://example.org/data" };
const OTHER = { name: "Other source", url: "https://example.org/other" };

const years = (from: number, values: readonly (number | null)[], approximate: readonly number[] = []) =>
  values.map((value, i) => ({
    date: String(from + i),
    value,
    ...(approximate.includes(from + i) ? { approximate: true } : {}),
  }));

export const stockA: Series = {
  id: "stock-a",
  label: "Refugees in Country A",
  unit: "people",
  measure: "stock",
  primary: true,
  source: SOURCE,
  notes: "End-of-year figures.",
  breaks: [
    { date: "1983", label: "1983: a change in counting" },
    { date: "1984", label: "1984: another change" },
  ],
  points: years(1979, [400_000, 1_400_000, 2_300_000, 2_900_000, 2_500_000, 3_000_000, 1_500_000], [1979, 1983]),
};

export const stockB: Series = {
  id: "stock-b",
  label: "Refugees in Country B",
  unit: "people",
  source: SOURCE,
  breaks: [{ date: "1983", label: "1983: Country B counts more groups" }],
  points: years(1979, [100_000, 300_000, null, 1_600_000, 1_800_000, 1_900_000, 2_000_000]),
};

export const flow: Series = {
  id: "returns",
  label: "Returns from Country A",
  unit: "people",
  measure: "flow",
  source: OTHER,
  notes: "No figure for 1979–1981 and 1983.",
  points: years(1979, [null, null, null, 19_290, null, 175_000, 1_360_000]),
};

export const release: Breakdown = {
  id: "release",
  label: "Who was released",
  kind: "parts",
  date: "2023-01-07",
  unit: "people",
  total: 524,
  parts: [
    { label: "Women", value: 54, source: OTHER },
    { label: "Children", value: 97, source: OTHER },
    { label: "Not itemised by any source (524 − 54 − 97)", value: 373, derived: true },
  ],
  source: SOURCE,
  notes: "No source describes the other 373.",
};

export const detentions: Breakdown = {
  id: "detentions",
  label: "The detentions",
  kind: "comparison",
  date: "2023-01-07",
  unit: "people",
  parts: [
    { label: "Detained", value: 1200, atLeast: true, source: OTHER },
    { label: "Released", value: 524, source: SOURCE },
    { label: "Died in custody", value: 1, source: SOURCE },
  ],
  source: SOURCE,
  notes: "Separate figures.",
};

/** Not valid in the format (the schema refuses it): for checking that the views never link it anyway. */
export const unsafeSources: Breakdown = {
  ...detentions,
  id: "unsafe",
  parts: [{ label: "Detained", value: 1200, atLeast: true, source: { name: "Bad link", url: "javascript:alert(1)" } }],
  source: { name: "Bad main link", url: "javascript:alert(2)" },
};

export const ranged: Breakdown = {
  id: "ranged",
  label: "Estimates with ranges",
  kind: "comparison",
  unit: "people",
  parts: [
    { label: "Estimate", value: 1200, low: 1000, high: 1500 },
    { label: "Counted", value: 800, approximate: true },
  ],
  source: SOURCE,
};

export const provinces: Breakdown = {
  id: "provinces",
  label: "Refugees by province, end of 2021",
  kind: "parts",
  date: "2021",
  unit: "people",
  total: 1_490_562,
  parts: [
    { label: "Province One", value: 736_686 },
    { label: "Province Two", value: 389_847 },
    { label: "Province Three", value: 220_841 },
    { label: "Province Four", value: 82_817 },
    { label: "Province Five", value: 54_527 },
    { label: "Province Six", value: 5_844 },
  ],
  source: SOURCE,
};

const sex = (year: number, female: number, male: number): Breakdown => ({
  id: `sex-${year}`,
  label: `Refugees by sex, end of ${year}`,
  kind: "parts",
  group: "sex",
  date: String(year),
  unit: "people",
  total: female + male,
  parts: [
    { label: "Female", value: female },
    { label: "Male", value: male },
  ],
  source: SOURCE,
  notes: "From demographic data.",
});

export const sexGroup: readonly Breakdown[] = [sex(2021, 677_388, 813_174), sex(2022, 830_137, 913_141), sex(2023, 950_325, 1_037_392)];

export const fixtureDocument: PopulationDocument = {
  schemaVersion: 1,
  series: [stockA, stockB, flow],
  breakdowns: [release, detentions, sexGroup[0], provinces, sexGroup[1], sexGroup[2]].filter((b): b is Breakdown => b !== undefined),
};
