import { format } from "d3-format";

// Number formats for chart text. Built once: d3-format parses the specifier on creation.

const compactSi = format(".3~s");
// No type: d3's default keeps up to 12 significant digits, so counts are never rounded.
const grouped = format(",");
const threeSignificant = format(".3~r");

/** Axis-style compact figures: 1_500_000 → "1.5M", 500_000 → "500k", 0 → "0". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Math.abs(value) < 1000) return grouped(value);
  // SI says G for 10⁹; English-language newsrooms say B (billion).
  return compactSi(value).replace("G", "B");
}

/** A count in full with thousands separators: 1_490_562 → "1,490,562", 524 → "524". */
export function formatPeople(value: number): string {
  if (!Number.isFinite(value)) return "";
  return grouped(value);
}

/**
 * Any whole count the same way (12345 → "12,345"): the grouping en-GB uses,
 * without Intl, whose first use loads locale data (about 15 ms as a page opens).
 */
export const formatCount = formatPeople;

/** Prose-style millions to three significant figures: 1_490_562 → "1.49 million". */
export function formatMillions(value: number): string {
  if (!Number.isFinite(value)) return "";
  return `${threeSignificant(value / 1e6)} million`;
}
