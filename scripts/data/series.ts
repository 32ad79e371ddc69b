import type { SeriesPoint } from "../../src/data/schema/population.ts";
import { count, type CsvRow } from "./csv.ts";
import { rowsByYear, yearsBetween, type Pair } from "./select.ts";

// Turns one column of a UNHCR table into yearly points. Values are copied to
// the person; the only judgement added is which points are marked as estimates.

export interface YearRange {
  readonly first: number;
  readonly last: number;
}

export interface ColumnSpec extends Pair {
  readonly column: string;
  readonly file: string;
}

/** The column's value for each year; null where the table has no row or an empty cell. */
export function yearlyValues(rows: readonly CsvRow[], spec: ColumnSpec, years: YearRange): Map<number, number | null> {
  const byYear = rowsByYear(rows, spec, spec.file);
  const values = new Map<number, number | null>();
  for (const year of yearsBetween(years.first, years.last)) {
    const row = byYear.get(year);
    values.set(year, row === undefined ? null : count(row, spec.column));
  }
  return values;
}

/** For stocks, where every year must have a figure. */
export function requireComplete(values: ReadonlyMap<number, number | null>, what: string): void {
  const missing = [...values].filter(([, v]) => v === null).map(([y]) => y);
  if (missing.length > 0) throw new Error(`${what}: no figure for ${missing.join(", ")}`);
}

export const ROUND_ESTIMATE = 100_000;
export const REPEATED_ESTIMATE_YEARS = 3;

/**
 * Years whose figure is evidently an estimate rather than a count: a whole
 * multiple of 100,000, or the same figure carried over three or more years
 * running. Figures rounded only to the thousand are left unmarked: rounding
 * alone is too weak a sign to label a count an estimate.
 */
export function estimateYears(values: ReadonlyMap<number, number | null>): number[] {
  const marked = new Set<number>();
  const entries = [...values].sort(([a], [b]) => a - b);
  entries.forEach(([year, value]) => {
    if (value !== null && value > 0 && value % ROUND_ESTIMATE === 0) marked.add(year);
  });
  let runStart = 0;
  for (let i = 1; i <= entries.length; i++) {
    const prev = entries[i - 1];
    const cur = entries[i];
    const continues = cur !== undefined && prev !== undefined && prev[1] !== null && prev[1] > 0 &&
      cur[1] === prev[1] && cur[0] === prev[0] + 1;
    if (continues) continue;
    if (i - runStart >= REPEATED_ESTIMATE_YEARS) {
      for (const [year] of entries.slice(runStart, i)) marked.add(year);
    }
    runStart = i;
  }
  return [...marked].sort((a, b) => a - b);
}

/** Years, other than those already marked, whose figure is rounded to the thousand. */
export function roundedYears(values: ReadonlyMap<number, number | null>, marked: readonly number[]): number[] {
  const skip = new Set(marked);
  return [...values]
    .filter(([year, value]) => !skip.has(year) && value !== null && value > 0 && value % 1000 === 0)
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

export function toPoints(values: ReadonlyMap<number, number | null>, approximate: readonly number[] = []): SeriesPoint[] {
  const estimates = new Set(approximate);
  return [...values]
    .sort(([a], [b]) => a - b)
    .map(([year, value]) => (estimates.has(year) ? { date: String(year), value, approximate: true } : { date: String(year), value }));
}

/**
 * Values present in both tables must agree; a gap in one is not a conflict
 * (the population table stores 0 where solutions has no row).
 */
export function crossCheck(
  a: ReadonlyMap<number, number | null>,
  b: ReadonlyMap<number, number | null>,
  what: string,
): void {
  const conflicts: string[] = [];
  for (const [year, value] of a) {
    const other = b.get(year);
    if (value !== null && other !== undefined && other !== null && other !== value) {
      conflicts.push(`${year}: ${value} vs ${other}`);
    }
  }
  if (conflicts.length > 0) throw new Error(`${what} disagree: ${conflicts.join("; ")}`);
}
