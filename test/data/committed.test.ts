// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { buildOutputs } from "../../scripts/data/build.ts";
import { DATA } from "./helpers.ts";

// The committed files are build products: if one was edited by hand, or the
// raw data or the script changed without a rebuild, this fails.
describe("committed data files", () => {
  const outputs = buildOutputs(DATA);

  it("builds the three files", () => {
    expect([...outputs.keys()]).toEqual(["population.json", "schema/events.schema.json", "schema/population.schema.json"]);
  });

  for (const [name, text] of outputs) {
    it(`data/${name} is exactly what \`npm run data\` produces`, () => {
      const file = `${DATA}/${name}`;
      expect(existsSync(file), `data/${name} is missing: run npm run data`).toBe(true);
      const committed = readFileSync(file, "utf8");
      expect(JSON.parse(committed)).toEqual(JSON.parse(text));
      expect(committed, `data/${name} is out of date: run npm run data`).toBe(text);
    });
  }
});
