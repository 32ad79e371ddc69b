import type { Breakdown } from "../../src/data/schema/population.ts";
import { requiredCount, text, type CsvRow } from "./csv.ts";
import { RAW_FILES, UNHCR } from "./sources.ts";

// Breakdowns computed from UNHCR's demographic table for Afghan refugees (REF)
// in Pakistan. Every total is checked against the population table, so a
// breakdown can never quietly disagree with the series it explains.

const FILE = RAW_FILES.demographics;
const AGES = ["0_4", "5_11", "12_17", "18_59", "60", "other"] as const;
type Age = (typeof AGES)[number];

export interface YearSums {
  readonly rows: number;
  readonly total: number;
  readonly female: number;
  readonly male: number;
  readonly byAge: Readonly<Record<Age, number>>;
}

export function refugeeRows(rows: readonly CsvRow[], year: number): CsvRow[] {
  const found = rows.filter(
    (r) => text(r, "year") === String(year) && text(r, "pop_type") === "REF" &&
      text(r, "coo_iso") === "AFG" && text(r, "coa_iso") === "PAK",
  );
  if (found.length === 0) throw new Error(`${FILE}: no refugee (REF) rows for ${year}`);
  return found;
}

export function sumYear(rows: readonly CsvRow[], year: number): YearSums {
  const refs = refugeeRows(rows, year);
  const where = `${FILE}, ${year}`;
  const sum = (column: string) => refs.reduce((acc, r) => acc + requiredCount(r, column, where), 0);
  const byAge = Object.fromEntries(AGES.map((a) => [a, sum(`f_${a}`) + sum(`m_${a}`)])) as Record<Age, number>;
  return { rows: refs.length, total: sum("total"), female: sum("f_total"), male: sum("m_total"), byAge };
}

/**
 * Some years hold rows ("Dispersed in the country / territory") with a total
 * but no sex or age at all; a breakdown of such a year would not add up, so
 * it is refused rather than patched.
 */
export function checkYear(s: YearSums, year: number, expectedTotal: number): void {
  const problems: string[] = [];
  if (s.total !== expectedTotal) problems.push(`rows add up to ${s.total}, but the population table has ${expectedTotal}`);
  if (s.female + s.male !== s.total) problems.push(`female + male = ${s.female + s.male}, not the total ${s.total}`);
  const ages = AGES.reduce((acc, a) => acc + s.byAge[a], 0);
  if (ages !== s.total) problems.push(`the age groups add up to ${ages}, not the total ${s.total}`);
  if (problems.length > 0) throw new Error(`${FILE}, refugees in ${year}: ${problems.join("; ")}`);
}

export function sexBreakdown(s: YearSums, year: number): Breakdown {
  return {
    id: `sex-${year}`,
    label: `Afghan refugees in Pakistan by sex, end of ${year}`,
    kind: "parts",
    group: "sex",
    date: String(year),
    unit: "people",
    total: s.total,
    parts: [
      { label: "Female", value: s.female },
      { label: "Male", value: s.male },
    ],
    source: UNHCR,
    notes: "Refugees under UNHCR's mandate at the end of the year, from UNHCR's demographic data.",
  };
}

export function ageBreakdown(s: YearSums, year: number): Breakdown {
  const a = s.byAge;
  return {
    id: `age-${year}`,
    label: `Afghan refugees in Pakistan by age, end of ${year}`,
    kind: "parts",
    group: "age",
    date: String(year),
    unit: "people",
    total: s.total,
    parts: [
      { label: "Children 0–17", value: a["0_4"] + a["5_11"] + a["12_17"] },
      { label: "Adults 18–59", value: a["18_59"] },
      { label: "60 and over", value: a["60"] },
      { label: "Age unknown", value: a.other },
    ],
    source: UNHCR,
    notes: `Refugees under UNHCR's mandate at the end of the year, from UNHCR's demographic data. The age of ${formatCount(a.other)} people is not recorded; they are shown as "Age unknown", not left out or shared among the other groups.`,
  };
}

/** "Khyber Pakhtunkhwa : Province" → "Khyber Pakhtunkhwa". */
export function provinceOf(location: string): string | null {
  const i = location.indexOf(" : ");
  return i > 0 ? location.slice(0, i) : null;
}

/**
 * Per-province totals are only possible for years whose refugee-village rows
 * name their province; in 2022 and later they name the village, and no
 * sourced village→province list exists, so this refuses such years.
 */
export function provincesBreakdown(rows: readonly CsvRow[], year: number, expectedTotal: number): Breakdown {
  const all = new Map<string, number>();
  const villages = new Map<string, number>();
  for (const r of refugeeRows(rows, year)) {
    const location = text(r, "location");
    const province = provinceOf(location);
    if (province === null) throw new Error(`${FILE}, ${year}: "${location}" does not say which province it is in`);
    const n = requiredCount(r, "total", `${FILE}, ${year}`);
    all.set(province, (all.get(province) ?? 0) + n);
    if (text(r, "acc_type") === "P") villages.set(province, (villages.get(province) ?? 0) + n);
  }
  const parts = [...all]
    .sort(([la, a], [lb, b]) => b - a || la.localeCompare(lb))
    .map(([label, value]) => ({ label, value }));
  const total = parts.reduce((acc, p) => acc + p.value, 0);
  if (total !== expectedTotal) {
    throw new Error(`${FILE}, ${year}: the provinces add up to ${total}, but the population table has ${expectedTotal}`);
  }
  const inVillages = [...villages]
    .sort(([, a], [, b]) => b - a)
    .map(([p, n]) => `${p} ${formatCount(n)}`)
    .join(", ");
  return {
    id: `provinces-${year}`,
    label: `Afghan refugees in Pakistan by province, end of ${year}`,
    kind: "parts",
    date: String(year),
    unit: "people",
    total,
    parts,
    source: UNHCR,
    notes: [
      `Refugees under UNHCR's mandate at the end of ${year}, from UNHCR's demographic data.`,
      `Each province includes the refugee villages that the ${year} data group under it (${inVillages}).`,
      "Azad Kashmir is the Pakistan-administered part of Kashmir.",
    ].join(" "),
  };
}

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
