import { describe, expect, it } from "vitest";
import { loadsInName, workerName } from "./protocol.ts";

describe("the loads a worker's name carries", () => {
  const loads = [
    { type: "load" as const, id: 1, dataKind: "events" as const, url: "https://example.org/data/events.json", file: "events.json" },
    { type: "load" as const, id: 2, dataKind: "population" as const, url: "https://example.org/p.json?x=\"1\" 2", file: "p.json" },
  ];

  it("come back as they were put in", () => {
    expect(loadsInName(workerName(loads))).toEqual(loads);
  });

  it("are none for a plain name, another worker's name or a damaged one", () => {
    expect(workerName([])).toBe("crossings-data");
    expect(loadsInName(workerName([]))).toEqual([]);
    expect(loadsInName("other-worker [1]")).toEqual([]);
    expect(loadsInName(`${workerName(loads).slice(0, -3)}`)).toEqual([]);
  });

  it("leave out anything that is not a load", () => {
    const name = `crossings-data ${JSON.stringify([{ type: "cancel", id: 1 }, { ...loads[0], dataKind: "weather" }, loads[1]])}`;
    expect(loadsInName(name)).toEqual([loads[1]]);
  });
});
