import type { Source } from "../../src/data/schema/events.ts";

// Where the CSVs in data/raw come from (see data/raw/SOURCES.md).
export const UNHCR: Source = {
  name: "UNHCR Refugee Data Finder (refugees R package)",
  url: "https://www.unhcr.org/refugee-statistics/",
};

export const RAW_FILES = {
  population: "unhcr_refugees_pkg_population_afg_origin.csv",
  solutions: "unhcr_refugees_pkg_solutions_afg_origin.csv",
  demographics: "unhcr_refugees_pkg_demographics_afg_in_pak.csv",
} as const;

/** The dashboard's span: UNHCR's end-of-year figures from 1979 to 2023. */
export const YEARS = { first: 1979, last: 2023 } as const;
