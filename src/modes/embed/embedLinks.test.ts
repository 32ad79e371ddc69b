import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsDocument } from "../../data/schema/events.ts";
import { populationDocument } from "../../data/schema/population.ts";
import { parseUrlState } from "../../state/url.ts";
import { embedBreakdowns, fullDashboardUrl } from "./embedLinks.ts";

const data = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../data", name), "utf8")) as unknown;
const events = eventsDocument.parse(data("events.json"));
const population = populationDocument.parse(data("population.json"));
const page = { origin: "https://news.example", pathname: "/crossings/" };

describe("fullDashboardUrl", () => {
  it("keeps every parameter and drops mode=embed", () => {
    const url = parseUrlState("?from=1988&to=1992&event=karachi-raids-2022-12&cat=detention&q=kabul&mode=embed&theme=dark");
    expect(fullDashboardUrl(url, page)).toBe(
      "https://news.example/crossings/?from=1988&to=1992&event=karachi-raids-2022-12&cat=detention&q=kabul&theme=dark",
    );
  });

  it("keeps a reader's data files, and is the bare page for the default state", () => {
    expect(fullDashboardUrl(parseUrlState("?mode=embed&events=https://example.org/e.json"), page)).toBe(
      "https://news.example/crossings/?events=https://example.org/e.json",
    );
    expect(fullDashboardUrl(parseUrlState("?mode=embed"), page)).toBe("https://news.example/crossings/");
  });
});

describe("embedBreakdowns", () => {
  it("shows the figures linked to the selected event", () => {
    expect(embedBreakdowns(population, events, "karachi-raids-2022-12").map((b) => b.id)).toEqual(["karachi-detentions"]);
  });

  it("falls back to the first figure linked to any event when the selection has none, or nothing is selected", () => {
    const first = population.breakdowns.find((b) => b.eventId !== undefined)?.id;
    expect(first).toBeDefined();
    expect(embedBreakdowns(population, events, null).map((b) => b.id)).toEqual([first]);
    expect(embedBreakdowns(population, events, "soviet-withdrawal-completed-1989").map((b) => b.id)).toEqual([first]);
  });

  it("shows nothing without linked figures", () => {
    const unlinked = { ...population, breakdowns: population.breakdowns.map(({ eventId: _, ...b }) => b) };
    expect(embedBreakdowns(unlinked, events, null)).toEqual([]);
    expect(embedBreakdowns(undefined, events, null)).toEqual([]);
    // A link to an event the events file does not have is no link.
    expect(embedBreakdowns(population, { ...events, events: [] }, null)).toEqual([]);
  });
});
