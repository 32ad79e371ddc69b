import type { Breakdown } from "../../src/data/schema/population.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { validateDocument } from "../../src/data/validate.ts";
import { isRecord } from "../../src/data/schema/loose.ts";

// The hand-curated breakdowns are checked by the same rules as the published
// file, so a typo fails here, pointing at data/curated, not later in the build.

export function parseCurated(json: unknown, file: string): Breakdown[] {
  if (!isRecord(json) || !Array.isArray(json["breakdowns"])) {
    throw new Error(`${file}: should be an object with a "breakdowns" list`);
  }
  const result = validateDocument("population", { schemaVersion: 1, series: [], breakdowns: json["breakdowns"] }, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.data.breakdowns;
}
