import { describe, expect, it } from "vitest";
import {
  DAY_PRECISION_BELOW_MS,
  domainToRange,
  MAX_QUERY,
  normaliseQuery,
  parseUrlState,
  rangePrecision,
  rangeToDomain,
  toSearch,
  type UrlState,
} from "./url.ts";

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);
const DAY = 86_400_000;

describe("parseUrlState", () => {
  it("reads an empty search as the default state", () => {
    expect(parseUrlState("")).toEqual({ mode: "explore" });
    expect(parseUrlState("?")).toEqual({ mode: "explore" });
  });

  it("reads every parameter", () => {
    const url =
      "?from=1988-01&to=1992-12&event=soviet-withdrawal-completed-1989&cat=conflict,returns&q=kabul" +
      "&band=compare&mode=present&step=3&theme=dark&events=https://example.org/e.json&population=p.json";
    expect(parseUrlState(url)).toEqual({
      mode: "present",
      theme: "dark",
      domain: [utc("1988-01-01"), utc("1993-01-01")],
      event: "soviet-withdrawal-completed-1989",
      categories: ["conflict", "returns"],
      q: "kabul",
      step: 3,
      band: "compare",
      events: "https://example.org/e.json",
      population: "p.json",
    });
  });

  it("reads from as the start of its period and to as the end of its period, at any precision", () => {
    expect(parseUrlState("?from=1990&to=1990").domain).toEqual([utc("1990-01-01"), utc("1991-01-01")]);
    expect(parseUrlState("?from=2022-12-24&to=2023-01-07").domain).toEqual([utc("2022-12-24"), utc("2023-01-08")]);
    expect(parseUrlState("?from=1979&to=2023-06").domain).toEqual([utc("1979-01-01"), utc("2023-07-01")]);
    expect(parseUrlState("?from=2000-02&to=2000-02").domain).toEqual([utc("2000-02-01"), utc("2000-03-01")]);
  });

  it("reads %2C and commas alike", () => {
    expect(parseUrlState("?cat=conflict%2Creturns").categories).toEqual(["conflict", "returns"]);
  });

  // Each bad parameter falls back to its default and leaves the others alone.
  const garbage: [string, string][] = [
    ["from=banana&to=1990", "domain"],
    ["from=1990&to=banana", "domain"],
    ["from=1990-01&to=2023-02-30", "domain"],
    ["from=1990-13&to=1991", "domain"],
    ["from=1992&to=1990", "domain"],
    ["from=1990-06-02&to=1990-06-01", "domain"],
    ["from=1990", "domain"],
    ["to=1990", "domain"],
    ["from=&to=", "domain"],
    ["from=19900&to=19910", "domain"],
    ["from=1990-1&to=1991", "domain"],
    ["event=<script>alert(1)</script>", "event"],
    ["event=Soviet-Withdrawal", "event"],
    ["event=-leading-dash", "event"],
    ["event=", "event"],
    [`event=${"a".repeat(201)}`, "event"],
    ["cat=", "categories"],
    ["cat=,,", "categories"],
    ["cat=%3Cb%3E,UPPER", "categories"],
    ["q=", "q"],
    ["q=%20%20%20", "q"],
    ["step=-3", "step"],
    ["step=0", "step"],
    ["step=1.5", "step"],
    ["step=1e3", "step"],
    ["step=abc", "step"],
    ["step=", "step"],
    ["step=99999999999999999999", "step"],
    ["band=yes", "band"],
    ["band=", "band"],
    ["theme=neon", "theme"],
    ["theme=", "theme"],
    ["theme=DARK", "theme"],
    ["events=", "events"],
    ["events=%20", "events"],
    ["population=", "population"],
  ];
  it.each(garbage)("ignores %s", (param, field) => {
    const state = parseUrlState(`?${param}&event=kept-event`);
    expect(state).not.toHaveProperty(field);
    if (field !== "event") expect(state.event).toBe("kept-event");
  });

  it.each(["mode=admin", "mode=", "mode=EMBED", "mode=explore&mode=embed"])("reads %s as explore", (param) => {
    // With a repeated key the first value counts.
    expect(parseUrlState(`?${param}`).mode).toBe("explore");
  });

  it("keeps the valid ids of a category list, de-duplicated, in order", () => {
    expect(parseUrlState("?cat=returns,,bogus!,conflict,returns").categories).toEqual(["returns", "conflict"]);
  });

  it("trims the search text, drops control characters and keeps at most 200 characters", () => {
    expect(parseUrlState("?q=%20%20kabul%20%20").q).toBe("kabul");
    expect(parseUrlState("?q=a%0Ab").q).toBe("a b");
    const long = parseUrlState(`?q=${"x".repeat(10_000)}`).q;
    expect(long).toHaveLength(MAX_QUERY);
    // Characters, not UTF-16 units: an emoji is not cut in half.
    expect(Array.from(normaliseQuery("😀".repeat(300)))).toHaveLength(MAX_QUERY);
  });

  it("never throws, whatever it is given", () => {
    for (const search of ["?%", "?q=%E0%A4%A", "?=&=&&", "?from=%00&to=%FF", "?cat=%2C%2C%2C", "garbage"]) {
      expect(() => parseUrlState(search)).not.toThrow();
    }
  });
});

describe("toSearch", () => {
  it("writes nothing for the default state", () => {
    expect(toSearch({ mode: "explore" })).toBe("");
  });

  it("writes only non-defaults, in a fixed key order whatever the field order", () => {
    const state: UrlState = {
      population: "p.json",
      theme: "light",
      step: 2,
      mode: "present",
      band: "compare",
      q: "kabul",
      categories: ["conflict", "returns"],
      event: "peshawar-accord-1992",
      domain: [utc("1988-01-01"), utc("1993-01-01")],
      events: "https://example.org/data/e.json",
    };
    expect(toSearch(state)).toBe(
      "?from=1988&to=1992&event=peshawar-accord-1992&cat=conflict,returns&q=kabul&band=compare" +
        "&mode=present&step=2&theme=light&events=https://example.org/data/e.json&population=p.json",
    );
    expect(toSearch({ mode: "embed" })).toBe("?mode=embed");
  });

  it("escapes what would break the query and nothing readable", () => {
    expect(toSearch({ mode: "explore", q: "a&b=c+d #e %f" })).toBe("?q=a%26b%3Dc%2Bd%20%23e%20%25f");
    expect(parseUrlState(toSearch({ mode: "explore", q: "a&b=c+d #e %f" })).q).toBe("a&b=c+d #e %f");
    expect(toSearch({ mode: "explore", events: "https://x.org/a.json?v=1&w=2" })).toBe(
      "?events=https://x.org/a.json%3Fv%3D1%26w%3D2",
    );
  });

  it("leaves out what is not valid rather than writing it", () => {
    expect(toSearch({ mode: "explore", event: "<b>", step: 0, categories: [], q: "  " })).toBe("");
    expect(toSearch({ mode: "explore", domain: [5, 5] })).toBe("");
  });

  const states: UrlState[] = [
    { mode: "explore" },
    { mode: "embed", theme: "dark" },
    { mode: "explore", domain: [utc("1988-01-01"), utc("1993-01-01")] },
    { mode: "explore", domain: [utc("1988-03-01"), utc("1992-12-01")] },
    { mode: "explore", domain: [utc("2022-12-24"), utc("2023-01-08")] },
    { mode: "explore", domain: [utc("0012-01-01"), utc("0099-07-01")] },
    { mode: "explore", event: "soviet-troops-enter-1979", categories: ["detention", "policy"] },
    { mode: "explore", q: "Kabul & Peshawar, 100% «naïve»" },
    { mode: "present", step: 12, band: "compare" },
    { mode: "explore", events: "https://example.org/a b.json", population: "/data/p.json" },
  ];
  it.each(states)("round-trips %j", (state) => {
    expect(parseUrlState(toSearch(state))).toEqual(state);
  });

  it("round-trips a search it wrote", () => {
    const search = "?from=2022-12-24&to=2023-01-07&event=x&cat=a,b&q=kabul%20road&mode=present&step=1";
    expect(toSearch(parseUrlState(search))).toBe(search);
  });
});

describe("domainToRange / rangeToDomain", () => {
  it("writes aligned windows exactly, at the coarsest precision they align to", () => {
    expect(domainToRange([utc("1988-01-01"), utc("1993-01-01")])).toEqual({ from: "1988", to: "1992" });
    expect(domainToRange([utc("1988-01-01"), utc("1992-12-01")])).toEqual({ from: "1988-01", to: "1992-11" });
    expect(domainToRange([utc("2022-12-24"), utc("2023-01-08")])).toEqual({ from: "2022-12-24", to: "2023-01-07" });
    expect(domainToRange([utc("1979-12-24"), utc("2023-01-08")])).toEqual({ from: "1979-12-24", to: "2023-01-07" });
  });

  it("rounds unaligned windows to days below ~120 days and to months above", () => {
    const a = utc("2022-12-24") + 0.4 * DAY;
    expect(domainToRange([a, a + 30 * DAY])).toEqual({ from: "2022-12-24", to: "2023-01-22" });
    expect(rangePrecision(a, a + 119 * DAY)).toBe("day");
    expect(rangePrecision(a, a + 121 * DAY)).toBe("month");
    expect(domainToRange([utc("1988-02-10") + 1, utc("1992-12-10")])).toEqual({ from: "1988-02", to: "1992-11" });
    // Rounded to months, then written at the coarsest precision the rounded ends align to.
    expect(domainToRange([utc("1988-01-01"), utc("1993-01-01") + 1])).toEqual({ from: "1988", to: "1992" });
    expect(domainToRange([utc("1988-01-10") + 1, utc("1992-12-20")])).toEqual({ from: "1988", to: "1992" });
    expect(domainToRange([utc("1979-12-27") + 5, utc("2023-06-30") + 5])).toEqual({ from: "1980-01", to: "2023-06" });
  });

  it("never writes an empty range", () => {
    const a = utc("2000-05-05") + 0.5 * DAY;
    expect(domainToRange([a, a + 1000])).toEqual({ from: "2000-05-06", to: "2000-05-06" });
  });

  it("refuses empty, reversed, non-finite and out-of-range windows", () => {
    expect(domainToRange([10, 10])).toBeNull();
    expect(domainToRange([10, 5])).toBeNull();
    expect(domainToRange([Number.NaN, 5])).toBeNull();
    expect(domainToRange([0, Number.POSITIVE_INFINITY])).toBeNull();
    expect(domainToRange([utc("9999-06-01") + 1, utc("9999-12-31") + 40 * DAY])).toBeNull();
  });

  it("reads a range as [start of from, end of to), or null", () => {
    expect(rangeToDomain("1988-01", "1992-12")).toEqual([utc("1988-01-01"), utc("1993-01-01")]);
    expect(rangeToDomain("1992", "1988")).toBeNull();
    expect(rangeToDomain("1988", "1988-02-30")).toBeNull();
  });

  // A seeded walk over windows from 14 days to 45 years between 1979 and 2024.
  it("stays within one period of the chosen precision at each end, for any window", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const lo = utc("1979-01-01");
    const hi = utc("2024-01-01");
    for (let i = 0; i < 2000; i++) {
      const span = 14 * DAY + random() ** 3 * (hi - lo - 14 * DAY);
      const start = lo + random() * (hi - lo - span);
      const domain: [number, number] = [start, start + span];
      const range = domainToRange(domain);
      expect(range).not.toBeNull();
      if (!range) continue;
      const back = rangeToDomain(range.from, range.to);
      expect(back).not.toBeNull();
      if (!back) continue;
      // The precision it rounded to: day or month, by span (a coarser written one is exact).
      const rounding = rangePrecision(domain[0], domain[1]);
      expect(rounding).toBe(span < DAY_PRECISION_BELOW_MS ? "day" : "month");
      const onePeriod = rounding === "day" ? DAY : 31 * DAY;
      expect(Math.abs(back[0] - domain[0])).toBeLessThanOrEqual(onePeriod / 2);
      expect(Math.abs(back[1] - domain[1])).toBeLessThanOrEqual(onePeriod / 2);
      // …and once read back, the window is written the same way.
      expect(domainToRange(back)).toEqual(range);
    }
  });
});
