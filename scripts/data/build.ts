import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PopulationDocument } from "../../src/data/schema/population.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { validateDocument } from "../../src/data/validate.ts";
import { parseCsv, type CsvRow } from "./csv.ts";
import { parseCurated } from "./curated.ts";
import { ageBreakdown, checkYear, provincesBreakdown, sexBreakdown, sumYear } from "./demographics.ts";
import { buildSchemas } from "./schemas.ts";
import { iranRefugees, pakistanRefugees, returnsFromPakistan } from "./series-defs.ts";
import { RAW_FILES } from "./sources.ts";

// Assembles population.json from the raw tables and the curated breakdowns.
// Reading is kept here; everything else is pure and takes parsed rows.

/** When the data were last revised: a fixed date, so that rebuilding changes nothing. */
// The vintage of the UNHCR extracts in data/raw (the refugees package, as committed on that day).
export const UPDATED = "2026-06-25";
export const PROVINCE_YEAR = 2021;
export const DEMOGRAPHIC_YEARS = [2021, 2022, 2023] as const;

export interface RawTables {
  readonly population: readonly CsvRow[];
  readonly solutions: readonly CsvRow[];
  readonly demographics: readonly CsvRow[];
}

export function readRawTables(rawDir: string): RawTables {
  const read = (name: string) => parseCsv(readFileSync(join(rawDir, name), "utf8"), name).rows;
  return {
    population: read(RAW_FILES.population),
    solutions: read(RAW_FILES.solutions),
    demographics: read(RAW_FILES.demographics),
  };
}

export function assemblePopulation(raw: RawTables, curated: PopulationDocument["breakdowns"]): PopulationDocument {
  const pakistan = pakistanRefugees(raw.population);
  const pakistanIn = (year: number): number => {
    const value = pakistan.points.find((p) => p.date === String(year))?.value;
    if (value === undefined || value === null) throw new Error(`no Pakistan refugee figure for ${year}`);
    return value;
  };
  const sums = DEMOGRAPHIC_YEARS.map((year) => {
    const s = sumYear(raw.demographics, year);
    checkYear(s, year, pakistanIn(year));
    return { year, s };
  });
  return {
    schemaVersion: 1,
    updated: UPDATED,
    series: [pakistan, iranRefugees(raw.population), returnsFromPakistan(raw.solutions, raw.population)],
    breakdowns: [
      ...curated,
      provincesBreakdown(raw.demographics, PROVINCE_YEAR, pakistanIn(PROVINCE_YEAR)),
      ...sums.map(({ year, s }) => sexBreakdown(s, year)),
      ...sums.map(({ year, s }) => ageBreakdown(s, year)),
    ],
  };
}

/** Builds and validates population.json; throws with every problem if it breaks the format. */
export function buildPopulation(rawDir: string, curatedPath: string): PopulationDocument {
  const curated = parseCurated(JSON.parse(readFileSync(curatedPath, "utf8")) as unknown, "data/curated/breakdowns.json");
  const doc = assemblePopulation(readRawTables(rawDir), curated);
  const result = validateDocument("population", doc, "population.json");
  if (!result.ok) {
    throw new Error(`The built population.json breaks the data format:\n${result.problems.map(formatProblem).join("\n")}`);
  }
  return doc;
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every generated file, by its path under data/, with its exact text. */
export function buildOutputs(dataDir: string): Map<string, string> {
  const schemas = buildSchemas();
  return new Map([
    ["population.json", toJsonText(buildPopulation(join(dataDir, "raw"), join(dataDir, "curated", "breakdowns.json")))],
    ["schema/events.schema.json", toJsonText(schemas.events)],
    ["schema/population.schema.json", toJsonText(schemas.population)],
  ]);
}
