import type { Series } from "../../src/data/schema/population.ts";
import type { CsvRow } from "./csv.ts";
import { describeYears } from "./select.ts";
import { crossCheck, estimateYears, requireComplete, roundedYears, toPoints, yearlyValues } from "./series.ts";
import { RAW_FILES, UNHCR, YEARS } from "./sources.ts";

// The three yearly series. The numbers come from the CSVs; the words (what is
// counted, where the counting changes) are ours and live here beside them.

function estimateNote(values: ReadonlyMap<number, number | null>, estimates: readonly number[]): string {
  const rounded = roundedYears(values, estimates);
  return [
    `Points marked as estimates are figures in whole hundred thousands, or the same figure carried over three or more years (${describeYears(estimates)}).`,
    rounded.length > 0 ? `Figures rounded to the thousand (${describeYears(rounded)}) may be estimates too, but are not marked.` : "",
  ].filter((s) => s !== "").join(" ");
}

export function pakistanRefugees(population: readonly CsvRow[]): Series {
  const values = yearlyValues(population, { coo: "AFG", coa: "PAK", column: "refugees", file: RAW_FILES.population }, YEARS);
  requireComplete(values, "Afghan refugees in Pakistan");
  const estimates = estimateYears(values);
  return {
    id: "refugees-pakistan",
    label: "Afghan refugees in Pakistan",
    unit: "people",
    measure: "stock",
    primary: true,
    source: UNHCR,
    notes: [
      "Refugees under UNHCR's mandate, including people in refugee-like situations, at the end of each year.",
      "It is not a count of every Afghan in Pakistan: Afghans who are not recorded as refugees are outside it, and asylum-seekers are counted separately.",
      "For 2022 and 2023 it also includes new arrivals in refugee-like situations, so it is well above the roughly 1.3 million holders of Proof of Registration (PoR) cards.",
      estimateNote(values, estimates),
    ].join(" "),
    breaks: [
      { date: "1995", label: "1995–99: one flat estimate of 1.2 million" },
      { date: "2000", label: "2000: a jump that no source explains" },
      { date: "2007", label: "2007: after the 2006–07 registration" },
      { date: "2022", label: "2022–23: includes new arrivals, not only PoR card holders" },
    ],
    points: toPoints(values, estimates),
  };
}

export function iranRefugees(population: readonly CsvRow[]): Series {
  const values = yearlyValues(population, { coo: "AFG", coa: "IRN", column: "refugees", file: RAW_FILES.population }, YEARS);
  requireComplete(values, "Afghan refugees in Iran");
  const estimates = estimateYears(values);
  return {
    id: "refugees-iran",
    label: "Afghan refugees in Iran",
    unit: "people",
    measure: "stock",
    source: UNHCR,
    notes: [
      "Refugees under UNHCR's mandate, including people in refugee-like situations, at the end of each year.",
      "The jump in 2022 comes from a change in which groups Iran's figure includes, not from millions of new arrivals; exactly who the larger figure covers is not documented.",
      estimateNote(values, estimates),
    ].join(" "),
    breaks: [{ date: "2022", label: "2022: Iran's figure counts more groups (a change in counting, not an influx)" }],
    points: toPoints(values, estimates),
  };
}

export function returnsFromPakistan(solutions: readonly CsvRow[], population: readonly CsvRow[]): Series {
  const pair = { coo: "AFG", coa: "PAK", column: "returned_refugees" } as const;
  const values = yearlyValues(solutions, { ...pair, file: RAW_FILES.solutions }, YEARS);
  crossCheck(values, yearlyValues(population, { ...pair, file: RAW_FILES.population }, YEARS), "Returns from Pakistan in the solutions and population tables");
  const unrecorded = [...values].filter(([, v]) => v === null).map(([y]) => y);
  return {
    id: "returns-from-pakistan",
    label: "Refugee returns from Pakistan to Afghanistan",
    unit: "people",
    measure: "flow",
    source: UNHCR,
    notes: [
      "Refugees who returned to Afghanistan from Pakistan during the year, as recorded by UNHCR.",
      "Afghans who went back without being recorded as returning refugees, and people deported, are not included.",
      unrecorded.length > 0 ? `UNHCR has no figure for ${describeYears(unrecorded)}; that means not recorded, not zero returns.` : "",
    ].filter((s) => s !== "").join(" "),
    points: toPoints(values),
  };
}
