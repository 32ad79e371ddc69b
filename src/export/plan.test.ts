import { describe, expect, it } from "vitest";
import type { EventsDocument, TimelineEvent } from "../data/schema/events.ts";
import type { PopulationDocument } from "../data/schema/population.ts";
import { csvFile, exportItems, imageFileName, imageFooter, imageSources, viewSummary, type ExportView } from "./plan.ts";
import { eventsInRange, exportFileName, kebab } from "./view.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const UNHCR = { name: "UNHCR Refugee Data Finder (refugees R package)", url: "https://www.unhcr.org/refugee-statistics/" };
const ev = (id: string, date: string, endDate?: string, category = "a"): TimelineEvent => ({
  id, date, ...(endDate ? { endDate } : {}), title: `Event ${id}`, category,
  sources: [{ name: id === "e1" ? "AP, via DTN" : "DW", url: `https://news.example/${id}` }],
});
const events = [ev("e1", "1979-12", "1989"), ev("e2", "1995"), ev("e3", "2022-12-28"), ev("e4", "2023-01-07", undefined, "b")];
const doc: EventsDocument = {
  schemaVersion: 1, title: "Crossings: Afghan refugees in Pakistan, 1979–2023", updated: "2024-03",
  categories: [{ id: "a", label: "A" }, { id: "b", label: "B" }], events,
};
const population: PopulationDocument = {
  schemaVersion: 1,
  series: [{ id: "refugees-pakistan", label: "Afghan refugees in Pakistan", unit: "people", source: UNHCR, points: [{ date: "1979", value: 400000 }, { date: "1980", value: 1400000 }] }],
  breakdowns: [{ id: "release", label: "Released", kind: "parts", unit: "people", source: { name: "DW", url: "https://dw.com" }, parts: [{ label: "Men", value: 1 }] }],
};
const view = (over: Partial<ExportView> = {}): ExportView => ({
  doc, population, shown: events, domain: null, pageUrl: "https://site.example/?cat=a", now: utc(2024, 5, 1) + 3_600_000, ...over,
});

describe("events in range", () => {
  it("keeps every event when the whole span is shown", () => {
    expect(eventsInRange(events, null)).toBe(events);
  });
  it("keeps events whose period overlaps the window, a span by either end", () => {
    const ids = (d: readonly [number, number]) => eventsInRange(events, d).map((e) => e.id);
    expect(ids([utc(1985), utc(1990)])).toEqual(["e1"]); // inside a span
    expect(ids([utc(1989, 12, 31), utc(1996)])).toEqual(["e1", "e2"]); // "1989" lasts to the year's end
    expect(ids([utc(1990), utc(1995)])).toEqual([]); // end-exclusive: 1995 starts at the window's end
    expect(ids([utc(2022, 12, 28), utc(2023, 1, 7)])).toEqual(["e3"]);
    expect(ids([utc(2023, 1, 7), utc(2023, 1, 8)])).toEqual(["e4"]);
  });
});

describe("file names", () => {
  it("says the site's name once, then the title, the day and what the file holds", () => {
    expect(imageFileName(view(), "png")).toBe("crossings-afghan-refugees-in-pakistan-1979-2023-2024-05-01.png");
    expect(exportFileName("Crossings", "2024-05-01", "svg")).toBe("crossings-data-2024-05-01.svg");
    expect(exportFileName("Peshāwar à Kabul", "2024-05-01", "csv", "Series One")).toBe("crossings-peshawar-a-kabul-2024-05-01-series-one.csv");
    expect(exportFileName("پناهجویان", "2024-05-01", "csv", "events")).toBe("crossings-data-2024-05-01-events.csv");
  });
  it("keeps slugs short, at a word boundary", () => {
    expect(kebab("word ".repeat(30)).length).toBeLessThanOrEqual(60);
    expect(kebab("word ".repeat(30)).endsWith("word")).toBe(true);
  });
});

describe("the menu and its files", () => {
  it("lists the images, the events, then each series and breakdown by label", () => {
    expect(exportItems(population).map((i) => i.label)).toEqual([
      "PNG image", "SVG image", "Events in view (CSV)", "Afghan refugees in Pakistan (CSV)", "Released (CSV)",
    ]);
    expect(exportItems(undefined)).toHaveLength(3);
  });
  it("writes the events in view, after filters and within the window", () => {
    const shown = events.filter((e) => e.category === "a");
    const file = csvFile({ kind: "events", key: "events", label: "" }, view({ shown, domain: [utc(1980), utc(2023)] }));
    expect(file?.name).toBe("crossings-afghan-refugees-in-pakistan-1979-2023-2024-05-01-events.csv");
    const lines = file?.text.split("\r\n") ?? [];
    expect(lines.slice(1, lines.indexOf("")).map((l) => l.split(",")[2])).toEqual(["Event e1", "Event e2", "Event e3"]);
    expect(file?.text).toContain("Source,AP,https://news.example/e1");
    expect(file?.text).toContain("accessed 2024-05-01; data: DW, AP");
    expect(file?.text).not.toContain("Licence");
  });
  it("writes a series with UNHCR's licence line, and a breakdown without it", () => {
    const series = csvFile({ kind: "series", key: "s", id: "refugees-pakistan", label: "" }, view());
    expect(series?.name).toMatch(/-refugees-pakistan\.csv$/);
    expect(series?.text).toContain("Licence,\"UNHCR Refugee Population Statistics Database (UNHCR Refugee Data Finder, https://www.unhcr.org/refugee-statistics/), via the refugees R package, CC BY 4.0\"");
    const breakdown = csvFile({ kind: "breakdown", key: "b", id: "release", label: "" }, view());
    expect(breakdown?.text).not.toContain("Licence");
    expect(csvFile({ kind: "breakdown", key: "b", id: "gone", label: "" }, view())).toBeNull();
    expect(csvFile({ kind: "png", key: "png", label: "" }, view())).toBeNull();
  });
  it("cites the publishers of the events in view and the band's series under the image", () => {
    const v = view({ domain: [utc(2022), utc(2024)] });
    expect(imageSources(v).map((s) => s.name)).toEqual(["DW", UNHCR.name]);
    expect(viewSummary(v)).toBe("Jan 2022 – Dec 2023 · 2 of 4 events");
    expect(viewSummary(view({ domain: [utc(1980), utc(1990)] }))).toBe("1980–1989 · 1 of 4 events");
    expect(imageFooter(v)).toEqual([
      "Showing Jan 2022 – Dec 2023 · 2 of 4 events.",
      `Sources: DW; ${UNHCR.name}.`,
      "Data as of Mar 2024.",
      "Population figures: UNHCR Refugee Population Statistics Database (UNHCR Refugee Data Finder, https://www.unhcr.org/refugee-statistics/), via the refugees R package, CC BY 4.0.",
      "Interactive version: https://site.example/?cat=a",
    ]);
    expect(imageFooter(view({ population: undefined })).some((l) => l.includes("UNHCR"))).toBe(false);
  });
});
