// The one place that reads and writes the format's dates. A date is a period
// ("1979" is the whole year), so every comparison works on [start, end) in UTC
// milliseconds, never on a single instant.

export type Precision = "year" | "month" | "day";

export interface Period {
  readonly precision: Precision;
  /** First instant of the period, UTC ms. */
  readonly start: number;
  /** First instant after the period, UTC ms (exclusive). */
  readonly end: number;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in month 1–12 of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
}

/** Why a string is not a valid date of the format, in plain words; null when it is valid. */
export function dateProblem(text: string): string | null {
  const m = DATE_SHAPE.exec(text);
  if (!m) return `${quote(text)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `${quote(text)} is not a real date: there is no month ${month}`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day === 0) return `${quote(text)} is not a real date: there is no day 0`;
  const last = daysInMonth(year, month);
  if (day > last) {
    return `${quote(text)} is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days`;
  }
  return null;
}

// A big file repeats the same dates many times, and layouts ask for them again
// on every frame: parsed periods are kept (they are immutable), up to a bound.
const parsed = new Map<string, Period | null>();
const PARSED_LIMIT = 100_000;

/** Parses a date of the format into its period; null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const hit = parsed.get(text);
  if (hit !== undefined) return hit;
  const result = parseUncached(text);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(text, result);
  return result;
}

function parseUncached(text: string): Period | null {
  if (dateProblem(text) !== null) return null;
  const [y, mo, d] = text.split("-").map(Number);
  const year = y ?? 0;
  if (mo === undefined) {
    return { precision: "year", start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  if (d === undefined) {
    return { precision: "month", start: utc(year, mo - 1, 1), end: utc(year, mo, 1) };
  }
  return { precision: "day", start: utc(year, mo - 1, d), end: utc(year, mo - 1, d + 1) };
}

/** Like parsePeriod for text already validated by the schema. */
export function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new Error(`Not a valid date: ${text}`);
  return p;
}

/** `endDate ≥ date` in the format's sense: the end's period does not finish before the start's begins. */
export function endsNotBefore(end: Period, start: Period): boolean {
  return end.end > start.start;
}

/** True when period a lies wholly before period b (no overlap). */
export function isWhollyBefore(a: Period, b: Period): boolean {
  return a.end <= b.start;
}

/** Orders periods by start, then by length (shorter first). */
export function comparePeriods(a: Period, b: Period): number {
  return a.start - b.start || a.end - b.end;
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "1979", "Dec 2022", "7 Jan 2023": the date as precisely as it is known, and no more. */
export function formatDate(text: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  const d = new Date(p.start);
  const year = d.getUTCFullYear();
  const month = SHORT_MONTHS[d.getUTCMonth()] ?? "";
  if (p.precision === "year") return String(year);
  if (p.precision === "month") return `${month} ${year}`;
  return `${d.getUTCDate()} ${month} ${year}`;
}

/** A date or a span: "15 Oct 2006 – Feb 2007", "1995–1999"; identical ends collapse to one date. */
export function formatDateRange(start: string, end: string | undefined): string {
  if (end === undefined || end === start) return formatDate(start);
  const sep = start.length === 4 && end.length === 4 ? "–" : " – ";
  return `${formatDate(start)}${sep}${formatDate(end)}`;
}

function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. Other
  // years, nearly all, need no Date object (a big file has thousands of dates).
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year + (d.getUTCFullYear() - 2000));
  return d.getTime();
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
