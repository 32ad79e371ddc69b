import type { CsvRow } from "./csv.ts";
import { text } from "./csv.ts";

// Row selection for the UNHCR tables, which hold one row per year and pair of
// countries. A second row for the same key would mean the extract is not what
// we think it is, so it throws instead of picking one.

export interface Pair {
  /** Country of origin, ISO3. */
  readonly coo: string;
  /** Country of asylum, ISO3. */
  readonly coa: string;
}

export function rowsByYear(rows: readonly CsvRow[], pair: Pair, file: string): Map<number, CsvRow> {
  const byYear = new Map<number, CsvRow>();
  for (const row of rows) {
    if (text(row, "coo_iso") !== pair.coo || text(row, "coa_iso") !== pair.coa) continue;
    const year = Number(text(row, "year"));
    if (!Number.isInteger(year)) throw new Error(`${file}: ${JSON.stringify(text(row, "year"))} is not a year`);
    if (byYear.has(year)) throw new Error(`${file}: two rows for ${pair.coo}→${pair.coa} in ${year}`);
    byYear.set(year, row);
  }
  return byYear;
}

export function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** "1979–1989 and 1993": consecutive years collapsed into ranges. */
export function describeYears(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const y of [...years].sort((a, b) => a - b)) {
    if (start !== undefined && prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(range(start, prev));
    start = y;
    prev = y;
  }
  if (start !== undefined && prev !== undefined) parts.push(range(start, prev));
  const last = parts.pop();
  if (last === undefined) return "";
  return parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
}

function range(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}
