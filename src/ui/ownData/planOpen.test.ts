import { describe, expect, it } from "vitest";
import type { LocalOutcome } from "../../data/localFile.ts";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { PopulationDocument } from "../../data/schema/population.ts";
import { planOpen } from "./planOpen.ts";

const blob = new Blob(["{}"]);
const ev = (file: string): LocalOutcome => ({ ok: true, file, kind: "events", doc: { title: file } as unknown as EventsDocument });
const pop = (file: string): LocalOutcome => ({ ok: true, file, kind: "population", doc: {} as PopulationDocument });
const bad = (file: string): LocalOutcome => ({ ok: false, file, summary: `${file} is bad`, problems: [{ file, path: "x", message: "y" }] });
const read = (...outcomes: LocalOutcome[]) => outcomes.map((outcome) => ({ blob, outcome }));

describe("planOpen", () => {
  it("accepts one file of each kind", () => {
    const plan = planOpen(read(pop("p.json"), ev("e.json")));
    expect(plan.accepted.events?.file).toBe("e.json");
    expect(plan.accepted.population?.file).toBe("p.json");
    expect(plan.refused).toEqual([]);
  });

  it("refuses invalid files with their problems and still accepts the valid one", () => {
    const plan = planOpen(read(bad("a.json"), ev("e.json"), bad("b.json")));
    expect(plan.accepted.events?.file).toBe("e.json");
    expect(plan.refused.map((r) => r.file)).toEqual(["a.json", "b.json"]);
    expect(plan.refused[0]?.problems).toHaveLength(1);
  });

  it("refuses two files of the same kind, naming both, in the order given", () => {
    const plan = planOpen(read(ev("one.json"), bad("x.json"), ev("two.json")));
    expect(plan.accepted.events).toBeUndefined();
    expect(plan.refused.map((r) => r.file)).toEqual(["one.json", "x.json", "two.json"]);
    expect(plan.refused[0]?.summary).toBe("one.json and two.json are both events files: open one events file at a time.");
  });
});
