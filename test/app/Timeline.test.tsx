import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeFetch, renderApp } from "../helpers/renderApp.tsx";

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures/good", name), "utf8");
const events = JSON.parse(fixture("alt-events.json")) as { events: { id: string; title: string; sources: { url: string }[] }[] };

function start() {
  vi.stubGlobal("fetch", fakeFetch({ "/e.json": fixture("alt-events.json"), "/p.json": fixture("alt-population.json") }));
  return renderApp("?events=/e.json&population=/p.json");
}

afterEach(() => vi.unstubAllGlobals());

describe("the timeline on a dataset of its own", () => {
  it("draws one marker per event at the full span", async () => {
    const { container } = start();
    await screen.findByTestId("timeline");
    await waitFor(() => expect(container.querySelectorAll("[data-event-id]").length).toBe(events.events.length));
    const ids = [...container.querySelectorAll("[data-event-id]")].map((el) => el.getAttribute("data-event-id")).sort();
    expect(ids).toEqual(events.events.map((e) => e.id).sort());
  });

  it("opens the detail panel with every source when a marker is clicked, and closes it with Escape", async () => {
    const { container } = start();
    const target = events.events[5];
    if (!target) throw new Error("fixture too small");
    await waitFor(() => expect(container.querySelector(`[data-event-id="${target.id}"]`)).not.toBeNull());
    const marker = container.querySelector(`[data-event-id="${target.id}"]`);
    if (!marker) throw new Error("no marker");
    fireEvent.click(marker);
    const detail = await screen.findByRole("complementary");
    expect(within(detail).getByRole("heading", { level: 2 }).textContent).toBe(target.title);
    const links = within(detail).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(target.sources.map((s) => s.url));
    for (const a of links) {
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
      expect(a.getAttribute("target")).toBe("_blank");
    }
    expect(marker.getAttribute("aria-pressed")).toBe("true");
    fireEvent.keyDown(marker, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("complementary")).toBeNull());
  });

  it("moves focus between events with the arrow keys and opens one with Enter", async () => {
    const { container } = start();
    await waitFor(() => expect(container.querySelectorAll("[data-event-id]").length).toBeGreaterThan(2));
    const focusable = container.querySelectorAll('[data-event-id][tabindex="0"]');
    expect(focusable.length).toBe(1);
    const first = focusable[0] as SVGElement;
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowRight" });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-event-id")).not.toBe(first.getAttribute("data-event-id")));
    const now = document.activeElement;
    if (!now) throw new Error("focus lost");
    fireEvent.keyDown(now, { key: "Enter" });
    const detail = await screen.findByRole("complementary");
    expect(detail.getAttribute("data-event-detail")).toBe(now.getAttribute("data-event-id"));
  });
});
