import type { z } from "zod";

// Turns validation issues into sentences a person can act on:
// `events.json › events[12].date: "2023-02-30" is not a real date: February 2023 has 28 days`.

export interface Problem {
  readonly file: string;
  /** JSON path such as `events[12].date`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.file} › ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ file, path: formatPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required but missing";
      return `should be ${expectedWord(issue.expected)}, not ${describeValue(issue.input)}`;
    case "too_small":
      if (issue.origin === "array") return `should list at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "string") return "should not be empty";
      return `should be ${String(issue.minimum)} or more, not ${describeValue(issue.input)}`;
    case "too_big":
      if (issue.origin === "string") return `is too long (at most ${String(issue.maximum)} characters)`;
      return `should be at most ${String(issue.maximum)}, not ${describeValue(issue.input)}`;
    case "invalid_value":
      if (issue.input === undefined) return "is required but missing";
      return `should be ${orList(issue.values.map((v) => JSON.stringify(v)))}, not ${describeValue(issue.input)}`;
    case "invalid_union":
      return `is not valid here (${describeValue(issue.input)})`;
    case "invalid_format":
      return issue.message || `is not in the expected form`;
    default:
      return issue.message;
  }
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

function expectedWord(expected: string): string {
  switch (expected) {
    case "string": return "text";
    case "number": return "a number";
    case "boolean": return "true or false";
    case "array": return "a list ([ … ])";
    case "object": return "an object ({ … })";
    default: return expected;
  }
}

export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  switch (typeof v) {
    case "string": return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case "number": return Number.isFinite(v) ? `the number ${v}` : `${v} (numbers must be finite)`;
    case "boolean": return String(v);
    case "object": return "an object";
    default: return typeof v;
  }
}
