// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildSchemas, DATE_PATTERN } from "../../scripts/data/schemas.ts";

describe("JSON Schema export", () => {
  const schemas = buildSchemas();

  it("names and describes each schema", () => {
    for (const [kind, s] of Object.entries(schemas)) {
      expect(s["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(s["$id"]).toBe(`urn:crossings:data-format:v1:${kind}`);
      expect(s["title"]).toContain(`${kind}.json`);
      expect(typeof s["description"]).toBe("string");
    }
  });

  it("keeps objects open, as the format ignores unknown fields", () => {
    expect(JSON.stringify(schemas)).not.toContain('"additionalProperties":false');
  });

  it("gives dates a pattern that accepts the three precisions", () => {
    const re = new RegExp(DATE_PATTERN);
    for (const ok of ["1979", "2022-12", "2023-01-07"]) expect(re.test(ok), ok).toBe(true);
    for (const bad of ["79", "2011-13", "2023-1-7", "2023-01-32", "2023-01-07T00:00"]) expect(re.test(bad), bad).toBe(false);
    expect(JSON.stringify(schemas.population)).toContain(JSON.stringify(DATE_PATTERN));
  });
});
