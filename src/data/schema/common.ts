import { z } from "zod";
import { dateProblem } from "../dates.ts";
import { isHttpUrl } from "../httpUrl.ts";

// Building blocks shared by both files. Messages are written for the person
// who will fix the file: they say what is wrong and what would be right.

export const SCHEMA_VERSION = 1;
export const SUPPORTED_VERSIONS: readonly number[] = [SCHEMA_VERSION];

export const dateString = z
  .string()
  .check((ctx) => {
    const problem = dateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  })
  .meta({ description: "A date with its precision: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)." });

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const idString = z
  .string()
  .regex(ID_PATTERN, {
    message: "should use only lower-case letters, digits and hyphens, starting with a letter or digit",
  });

/** Only http(s) links are ever made from data. */
export const httpUrl = z.string().check((ctx) => {
  if (!isHttpUrl(ctx.value)) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: `${short(ctx.value)} is not an absolute http:// or https:// address`,
    });
  }
});

export { isHttpUrl };

export const source = z.object({
  name: z.string(),
  url: httpUrl.meta({ format: "uri", pattern: "^https?://" }),
});

export const nonNegative = z.number().min(0);

export const hexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: "should be a colour written as #rrggbb" });

export function short(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Characters as a reader counts them (code points), not UTF-16 units. */
export function charCount(text: string): number {
  // Counted in place: every title of a 150,000-event file passes through here, and Array.from copies each one.
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}
