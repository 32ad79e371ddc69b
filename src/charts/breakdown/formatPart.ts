import { format } from "d3-format";
import type { BreakdownPart } from "../../data/schema/population.ts";
import { formatMillions, formatPeople } from "../../format/number.ts";
import { lowerFirst } from "../shared/chartText.ts";

// How a part's number reads. Every qualifier in the data ("at least", "~",
// a range, derived) is carried into the text, so no figure reads as surer
// than its source.

/** The footnote mark for values computed from other values rather than reported. */
export const DERIVED_MARK = "†";

const percent = format(".1%");

/** 0.494 → "49.4%"; a sliver that rounds to nothing still says it is there. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return "";
  if (share > 0 && share < 0.0005) return "<0.1%";
  return percent(share);
}

/** A number for reading: 524, 736,686, 1.49 million. */
export function formatAmount(value: number): string {
  return Math.abs(value) >= 1_000_000 ? formatMillions(value) : formatPeople(value);
}

export interface PartValueOptions {
  /** Every digit (tables) rather than the reading form (chart labels). */
  readonly full?: boolean;
}

/** "at least 1,200", "~524", "1,200 (1,000–1,500)". The derived mark is added by the caller. */
export function formatPartValue(part: BreakdownPart, options: PartValueOptions = {}): string {
  const number = options.full === true ? formatPeople : formatAmount;
  const qualifier = part.atLeast === true ? "at least " : part.approximate === true ? "~" : "";
  const range =
    part.low !== undefined || part.high !== undefined
      ? ` (${number(part.low ?? part.value)}–${number(part.high ?? part.value)})`
      : "";
  return `${qualifier}${number(part.value)}${range}`;
}

/** The value with the derived mark where the value was computed: "373 †". */
export function formatPartValueMarked(part: BreakdownPart, options: PartValueOptions = {}): string {
  const text = formatPartValue(part, options);
  return part.derived === true ? `${text} ${DERIVED_MARK}` : text;
}

/** "54 women", "at least 1,200 detained…", "373 not itemised… †". */
export function partPhrase(part: BreakdownPart): string {
  return `${formatPartValue(part)} ${lowerFirst(part.label)}${part.derived === true ? ` ${DERIVED_MARK}` : ""}`;
}

export function hasRange(part: BreakdownPart): boolean {
  return part.low !== undefined || part.high !== undefined;
}
