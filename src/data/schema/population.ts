import { z } from "zod";
import { isWhollyBefore, parsePeriod } from "../dates.ts";
import { dateString, nonNegative, short, source, SCHEMA_VERSION } from "./common.ts";
import { num, records, str, type Issue, type Loose } from "./loose.ts";

const point = z.object({
  date: dateString,
  value: nonNegative.nullable(),
  approximate: z.boolean().optional(),
});

const seriesBreak = z.object({ date: dateString, label: z.string() });

const series = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  measure: z.enum(["stock", "flow"]).optional(),
  primary: z.boolean().optional(),
  source,
  notes: z.string().optional(),
  breaks: z.array(seriesBreak).optional(),
  points: z.array(point),
});

const part = z.object({
  label: z.string(),
  value: nonNegative,
  low: nonNegative.optional(),
  high: nonNegative.optional(),
  derived: z.boolean().optional(),
  approximate: z.boolean().optional(),
  atLeast: z.boolean().optional(),
  source: source.optional(),
});

const breakdown = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(["parts", "comparison"]),
  group: z.string().optional(),
  date: dateString.optional(),
  eventId: z.string().optional(),
  unit: z.string(),
  total: nonNegative.optional(),
  parts: z.array(part),
  source,
  notes: z.string().optional(),
});

export const populationDocument = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    updated: dateString.optional(),
    series: z.array(series),
    breakdowns: z.array(breakdown),
  })
  .superRefine((doc, ctx) => {
    for (const issue of populationCrossIssues(doc)) ctx.addIssue({ code: "custom", ...issue, path: [...issue.path] });
  }, { when: () => true });

/** The rules that tie one part of population.json to another. */
export function populationCrossIssues(doc: Loose): Issue[] {
  const issues: Issue[] = [];
  const allSeries = records(doc["series"]);
  const allBreakdowns = records(doc["breakdowns"]);
  if (Array.isArray(doc["series"]) && Array.isArray(doc["breakdowns"]) && allSeries.length + allBreakdowns.length === 0) {
    issues.push({ path: [], message: "series and breakdowns are both empty: the file has nothing to show" });
  }
  let firstPrimary: number | undefined;
  allSeries.forEach((s, si) => {
    if (s?.["primary"] === true) {
      if (firstPrimary === undefined) firstPrimary = si;
      else issues.push({ path: ["series", si, "primary"], message: `only one series may be primary, and series[${firstPrimary}] already is` });
    }
    issues.push(...pointOrderIssues(s?.["points"], si));
  });
  allBreakdowns.forEach((b, bi) => {
    const parts = records(b?.["parts"]);
    parts.forEach((p, pi) => {
      const value = num(p?.["value"]);
      const low = num(p?.["low"]);
      const high = num(p?.["high"]);
      if (value !== undefined && low !== undefined && low > value) {
        issues.push({ path: ["breakdowns", bi, "parts", pi, "low"], message: `${low} is above the part's value ${value}` });
      }
      if (value !== undefined && high !== undefined && high < value) {
        issues.push({ path: ["breakdowns", bi, "parts", pi, "high"], message: `${high} is below the part's value ${value}` });
      }
    });
    // `total` belongs to parts; a comparison's quantities are not shares of anything.
    const total = b?.["kind"] === "parts" ? num(b["total"]) : undefined;
    const values = parts.map((p) => num(p?.["value"]));
    if (total !== undefined && values.length > 0 && values.every((v) => v !== undefined)) {
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) {
        issues.push({ path: ["breakdowns", bi, "total"], message: `the parts add up to ${sum}, not to the total ${total}` });
      }
    }
  });
  return issues;
}

function pointOrderIssues(points: unknown, si: number): Issue[] {
  const issues: Issue[] = [];
  let prev: { index: number; text: string; period: NonNullable<ReturnType<typeof parsePeriod>> } | undefined;
  records(points).forEach((p, pi) => {
    const text = str(p?.["date"]);
    const period = text === undefined ? null : parsePeriod(text);
    if (text === undefined || !period) return;
    if (prev && !isWhollyBefore(prev.period, period)) {
      issues.push({
        path: ["series", si, "points", pi, "date"],
        message: `${short(text)} does not come after points[${prev.index}] (${short(prev.text)}): points must be in increasing order and must not overlap`,
      });
    }
    prev = { index: pi, text, period };
  });
  return issues;
}

export type PopulationDocument = z.infer<typeof populationDocument>;
export type Series = PopulationDocument["series"][number];
export type SeriesPoint = Series["points"][number];
export type Breakdown = PopulationDocument["breakdowns"][number];
export type BreakdownPart = Breakdown["parts"][number];
