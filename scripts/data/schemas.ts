import { z } from "zod";
import { dateString } from "../../src/data/schema/common.ts";
import { eventsDocument } from "../../src/data/schema/events.ts";
import { populationDocument } from "../../src/data/schema/population.ts";

// JSON Schema for people who check or write the files with other tools. The
// zod schemas stay the source of truth; this is generated from them.

type JsonSchema = Record<string, unknown>;

/** YYYY, YYYY-MM or YYYY-MM-DD; whether the day exists in that month is left to the zod rule. */
export const DATE_PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

const NOT_EXPRESSED =
  "Some rules are checked by the dashboard but cannot be written in JSON Schema, so a file can pass this schema and still be refused:";

function generate(schema: z.ZodType, head: JsonSchema): JsonSchema {
  const body = z.toJSONSchema(schema, {
    // Custom checks (real calendar dates, cross-field rules) have no JSON Schema form; they are described instead.
    unrepresentable: "any",
    // Input, not output: the format ignores unknown fields, so objects must stay open.
    io: "input",
    override: (ctx) => {
      if (ctx.zodSchema === dateString) ctx.jsonSchema["pattern"] = DATE_PATTERN;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = body;
  return { $schema, ...head, ...rest };
}

export function buildSchemas(): { events: JsonSchema; population: JsonSchema } {
  return {
    events: generate(eventsDocument, {
      $id: "urn:crossings:data-format:v1:events",
      title: "Crossings events.json, schemaVersion 1",
      description: [
        "Dated events for the Crossings timeline.",
        NOT_EXPRESSED,
        "dates must be real calendar dates; event and category ids must be unique; every event's category must be one of the categories;",
        "an endDate (or an era's end) must not be before its start; story entries must be event ids.",
      ].join(" "),
    }),
    population: generate(populationDocument, {
      $id: "urn:crossings:data-format:v1:population",
      title: "Crossings population.json, schemaVersion 1",
      description: [
        "Yearly series and breakdowns for the Crossings dashboard.",
        NOT_EXPRESSED,
        "dates must be real calendar dates; a series' points must be in increasing order without overlapping;",
        "at most one series may be primary; a part's low must not be above its value, nor its high below it;",
        "a breakdown's parts must add up to its total when it has one; series and breakdowns must not both be empty.",
      ].join(" "),
    }),
  };
}
