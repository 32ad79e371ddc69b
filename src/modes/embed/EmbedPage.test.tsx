import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { eventsDocument } from "../../data/schema/events.ts";
import { populationDocument } from "../../data/schema/population.ts";
import { resolveDataSources } from "../../data/sources.ts";
import { AppStoreContext, createAppStore, storeInitFromUrl } from "../../state/store.ts";
import { parseUrlState } from "../../state/url.ts";
import { MODES } from "../mode.ts";
import { EmbedPage } from "./EmbedPage.tsx";

const data = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../data", name), "utf8")) as unknown;
const events = eventsDocument.parse(data("events.json"));
const population = populationDocument.parse(data("population.json"));

function renderEmbed(search: string, foreignHosts: readonly string[] = []) {
  const url = parseUrlState(search);
  const store = createAppStore(storeInitFromUrl(url, resolveDataSources(url, `http://localhost/${search}`, "/")));
  return render(
    <AppStoreContext.Provider value={store}>
      <EmbedPage
        mode={MODES.embed}
        events={events}
        population={population}
        belowFold={{ events, population }}
        header={<h1>{events.title}</h1>}
        alerts={null}
        footer={<footer>the full footer</footer>}
        foreignHosts={foreignHosts}
      />
    </AppStoreContext.Provider>,
  );
}

describe("EmbedPage", () => {
  it("says where the data comes from when it is not this site's", () => {
    renderEmbed("?mode=embed&events=https://example.org/e.json", ["example.org"]);
    expect(screen.getByText(/Data from example\.org/)).toBeTruthy();
  });

  it("names no other host for the bundled data, and leaves the long footer to the full dashboard", () => {
    renderEmbed("?mode=embed");
    expect(screen.queryByText(/Data from/)).toBeNull();
    expect(screen.queryByText("the full footer")).toBeNull();
    const footer = screen.getByRole("contentinfo");
    expect(footer.textContent).toMatch(/Sources: .+ and \d+ more/);
    expect(within(footer).getByRole("link", { name: "CC BY 4.0" })).toBeTruthy();
  });

  it("links to the full dashboard with the same state, in a new tab", () => {
    renderEmbed("?from=1988&to=1992&event=karachi-raids-2022-12&mode=embed");
    const link = screen.getByRole("link", { name: /Open the full dashboard/ });
    expect(link.getAttribute("href")).toBe(`${window.location.origin}${window.location.pathname}?from=1988&to=1992&event=karachi-raids-2022-12`);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("shows the selected event and the figures linked to it, with zoom buttons", () => {
    const { container } = renderEmbed("?event=karachi-raids-2022-12&mode=embed");
    expect(container.querySelector("[data-event-detail=karachi-raids-2022-12]")).not.toBeNull();
    const figures = [...container.querySelectorAll("[data-breakdown-id]")].map((f) => f.getAttribute("data-breakdown-id"));
    expect(figures).toEqual(["karachi-detentions"]);
    for (const name of ["Zoom in", "Zoom out", "Reset"]) expect(screen.getByRole("button", { name })).toBeTruthy();
    // At the whole span there is nothing to zoom out to.
    expect(screen.getByRole("button", { name: "Zoom out" }).hasAttribute("disabled")).toBe(true);
  });

  it("offers the category key but no filters or search (the full dashboard has those)", () => {
    renderEmbed("?mode=embed");
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(screen.queryByRole("button", { pressed: true })).toBeNull();
    expect(screen.getByRole("group", { name: "Filter by category" }).textContent).toContain(events.categories[0]?.label);
  });
});
