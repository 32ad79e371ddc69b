import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { fakeFetch, renderApp } from "../helpers/renderApp.tsx";

const events = {
  schemaVersion: 1,
  title: "A test story",
  subtitle: "Told in two events",
  categories: [{ id: "a", label: "A" }],
  events: [
    { id: "one", date: "2001", title: "One", category: "a", sources: [{ name: "S", url: "https://example.org/1" }] },
    { id: "two", date: "2002-05", title: "Two", category: "a", sources: [{ name: "S", url: "https://example.org/2" }] },
  ],
};
const population = {
  schemaVersion: 1,
  series: [],
  breakdowns: [
    {
      id: "b", label: "B", kind: "comparison", unit: "people", eventId: "missing-event",
      parts: [{ label: "x", value: 1 }], source: { name: "S", url: "https://example.org" },
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe("Dashboard", () => {
  it("shows a loading state, then the dataset's title and counts", async () => {
    vi.stubGlobal("fetch", fakeFetch({ "/data/events.json": JSON.stringify(events), "/data/population.json": JSON.stringify(population) }));
    renderApp();
    expect(screen.getAllByRole("status").length).toBeGreaterThan(0);
    expect(await screen.findByRole("heading", { level: 1, name: "A test story" })).toBeTruthy();
    expect((await screen.findByTestId("event-count")).textContent).toBe("2 events");
  });

  it("lists every problem of a bad file and keeps the other file's views", async () => {
    const bad = { ...events, events: [{ ...events.events[0], date: "2011-13", sources: [] }] };
    vi.stubGlobal("fetch", fakeFetch({ "/e.json": JSON.stringify(bad), "/p.json": JSON.stringify(population) }));
    renderApp("?events=/e.json&population=/p.json");
    const alert = await screen.findByRole("alert");
    expect(within(alert).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      'e.json › events[0].date: "2011-13" is not a real date: there is no month 13',
      "e.json › events[0].sources: should list at least 1 item",
    ]);
    // The population file still draws its breakdown.
    await waitFor(() => expect(document.querySelector('[data-breakdown-id="b"]')).not.toBeNull());
  });

  it("warns about a breakdown linked to an event that does not exist", async () => {
    vi.stubGlobal("fetch", fakeFetch({ "/data/events.json": JSON.stringify(events), "/data/population.json": JSON.stringify(population) }));
    renderApp();
    const warning = await screen.findByRole("alert");
    expect(warning.textContent).toContain('eventId "missing-event"');
  });
});
