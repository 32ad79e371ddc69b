import { describe, expect, it } from "vitest";
import type { EventsDocument } from "../schema/events.ts";
import type { PopulationDocument } from "../schema/population.ts";
import { splitFeatured } from "./featured.ts";

const src = { name: "S", url: "https://example.org" };
const b = (id: string, extra: object = {}) => ({ id, label: id, kind: "comparison" as const, unit: "people", parts: [], source: src, ...extra });
const population: PopulationDocument = {
  schemaVersion: 1,
  series: [{ id: "s", label: "s", unit: "people", source: src, points: [] }],
  breakdowns: [b("linked", { eventId: "e1" }), b("plain"), b("dangling", { eventId: "nope" }), b("grouped", { eventId: "e1", group: "g" })],
};
const events = { events: [{ id: "e1" }] } as unknown as EventsDocument;

describe("splitFeatured", () => {
  it("features breakdowns linked to an existing event, keeps the rest below, drops nothing", () => {
    const { featured, rest } = splitFeatured(population, events);
    expect(featured.breakdowns.map((x) => x.id)).toEqual(["linked"]);
    expect(featured.series).toEqual([]);
    expect(rest.breakdowns.map((x) => x.id)).toEqual(["plain", "dangling", "grouped"]);
    expect(rest.series.map((x) => x.id)).toEqual(["s"]);
  });
  it("features nothing without events", () => {
    expect(splitFeatured(population, undefined).featured.breakdowns).toEqual([]);
  });
});
