import { parsePeriod, type Precision } from "../data/dates.ts";

// The URL codec: pure and lenient. Each parameter is read on its own; one that
// cannot be read falls back to its default (absent), never throws, and never
// spoils the others. Only non-defaults are written, in a fixed key order.
// The contract, key by key, is in ./README.md.

export const MODES = ["explore", "embed", "present"] as const;
export type ModeName = (typeof MODES)[number];

export const THEMES = ["light", "dark"] as const;
export type ThemeName = (typeof THEMES)[number];

/** What the URL can say. Every field but `mode` is absent when it has its default. */
export interface UrlState {
  readonly mode: ModeName;
  /** Absent: follow prefers-color-scheme. */
  readonly theme?: ThemeName;
  /** The visible window, UTC ms, end-exclusive. Absent: the data's whole span. */
  readonly domain?: readonly [number, number];
  /** The selected event's id. */
  readonly event?: string;
  /** The visible categories, in the order given. Absent: all of them. Never empty. */
  readonly categories?: readonly string[];
  /** Search text: trimmed, no control characters, at most MAX_QUERY characters, never empty. */
  readonly q?: string;
  /** Presenter step, 1-based. */
  readonly step?: number;
  /** "compare": the population band also draws its companion series. */
  readonly band?: "compare";
  /** Data file URLs, kept as given (trimmed). */
  readonly events?: string;
  readonly population?: string;
}

/** The visible window as the URL writes it: `from` is read as the start of its period, `to` as the end of its. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export const MAX_QUERY = 200;
const MAX_ID = 200;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const DAY = 86_400_000;
/** Below this span an unaligned window is written to the day, above it to the month. */
export const DAY_PRECISION_BELOW_MS = 120 * DAY;

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const mode = p.get("mode");
  const theme = p.get("theme");
  const from = p.get("from");
  const to = p.get("to");
  const domain = from !== null && to !== null ? rangeToDomain(from, to) : null;
  const event = parseId(p.get("event"));
  const categories = parseIdList(p.get("cat"));
  const q = normaliseQuery(p.get("q") ?? "");
  const step = parseStep(p.get("step"));
  const events = p.get("events")?.trim();
  const population = p.get("population")?.trim();
  return {
    mode: isOneOf(MODES, mode) ? mode : "explore",
    ...(isOneOf(THEMES, theme) ? { theme } : {}),
    ...(domain ? { domain } : {}),
    ...(event !== null ? { event } : {}),
    ...(categories !== null ? { categories } : {}),
    ...(q ? { q } : {}),
    ...(step !== null ? { step } : {}),
    ...(p.get("band") === "compare" ? { band: "compare" as const } : {}),
    ...(events ? { events } : {}),
    ...(population ? { population } : {}),
  };
}

/** "" for the default state, else "?key=value&…" with keys in a fixed order and `,` `:` `/` left readable. */
export function toSearch(state: UrlState): string {
  const range = state.domain ? domainToRange(state.domain) : null;
  const categories = state.categories ? (parseIdList(state.categories.join(",")) ?? []) : [];
  const step = state.step !== undefined ? parseStep(String(state.step)) : null;
  const pairs: [string, string | null | undefined][] = [
    ["from", range?.from],
    ["to", range?.to],
    ["event", parseId(state.event ?? null)],
    ["cat", categories.join(",")],
    ["q", normaliseQuery(state.q ?? "")],
    ["band", state.band],
    ["mode", state.mode === "explore" ? null : state.mode],
    ["step", step === null ? null : String(step)],
    ["theme", state.theme],
    ["events", state.events?.trim()],
    ["population", state.population?.trim()],
  ];
  const written = pairs.flatMap(([k, v]) => (v ? [`${k}=${encodeValue(v)}`] : []));
  return written.length ? `?${written.join("&")}` : "";
}

/** The URL's reading of a range: [start of from's period, end of to's period), or null if either is not a date or they are out of order. */
export function rangeToDomain(from: string, to: string): [number, number] | null {
  const f = parsePeriod(from.trim());
  const t = parsePeriod(to.trim());
  if (!f || !t || f.start >= t.end) return null;
  return [f.start, t.end];
}

/**
 * The range to write for a visible window. Ends aligned to years, months or
 * days are written exactly at the coarsest such precision; otherwise each end
 * is first rounded to the nearest day (spans under ~120 days) or month, so
 * reading it back moves each end by at most half a day or month. The result is
 * canonical: equal windows after rounding give equal strings. Null when the
 * window is empty or lies outside years 0–9999.
 */
export function domainToRange(domain: readonly [number, number]): DateRange | null {
  const [a, b] = domain;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return null;
  const rounding = rangePrecision(a, b);
  const start = roundTo(a, rounding);
  let end = roundTo(b, rounding);
  if (end <= start) end = shift(start, rounding, 1);
  // Rounded ends may align to something coarser ("1988-01"…"1992-12" is "1988"…"1992"):
  // one window, one way of writing it, so equal windows never make two URLs.
  const precision = rangePrecision(start, end);
  const from = formatAt(start, precision);
  const to = formatAt(shift(end, precision, -1), precision);
  return from !== null && to !== null ? { from, to } : null;
}

/** The precision domainToRange writes a window at. */
export function rangePrecision(a: number, b: number): Precision {
  for (const p of ["year", "month", "day"] as const) {
    if (floorTo(a, p) === a && floorTo(b, p) === b) return p;
  }
  return b - a < DAY_PRECISION_BELOW_MS ? "day" : "month";
}

/** Search text as the URL keeps it: control characters become spaces, trimmed, at most MAX_QUERY characters. */
export function normaliseQuery(text: string): string {
  const clean = text.replace(/\p{Cc}+/gu, " ").trim();
  return Array.from(clean).slice(0, MAX_QUERY).join("").trim();
}

export function isId(value: string): boolean {
  return value.length <= MAX_ID && ID.test(value);
}

function parseId(value: string | null): string | null {
  return value !== null && isId(value) ? value : null;
}

/** Valid ids, de-duplicated, in order; null when none is valid (= the default: all). */
function parseIdList(value: string | null): string[] | null {
  if (value === null) return null;
  const ids = [...new Set(value.split(",").map((s) => s.trim()).filter(isId))];
  return ids.length ? ids : null;
}

function parseStep(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

function isOneOf<T extends string>(options: readonly T[], value: string | null): value is T {
  return (options as readonly (string | null)[]).includes(value);
}

// `,` `:` `/` are legal in a query value and make `cat=` and data URLs readable;
// `&` `=` `+` `#` `%` and the rest stay escaped.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
}

function floorTo(t: number, precision: Precision): number {
  if (precision === "day") return Math.floor(t / DAY) * DAY;
  const d = new Date(t);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(d.getUTCFullYear(), precision === "year" ? 0 : d.getUTCMonth(), 1);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

function shift(t: number, precision: Precision, n: number): number {
  if (precision === "day") return t + n * DAY;
  const d = new Date(t);
  if (precision === "year") d.setUTCFullYear(d.getUTCFullYear() + n);
  else d.setUTCMonth(d.getUTCMonth() + n);
  return d.getTime();
}

function roundTo(t: number, precision: Precision): number {
  const lo = floorTo(t, precision);
  const hi = shift(lo, precision, 1);
  return t - lo < hi - t ? lo : hi;
}

function formatAt(t: number, precision: Precision): string | null {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return null;
  const parts = [String(year).padStart(4, "0"), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  return parts.slice(0, precision === "year" ? 1 : precision === "month" ? 2 : 3).join("-");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
