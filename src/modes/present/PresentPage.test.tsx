import { describe, expect, it } from "vitest";
import type { ReactNode } from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { PopulationDocument } from "../../data/schema/population.ts";
import { AppStoreContext, createAppStore } from "../../state/store.ts";
import { MODES } from "../mode.ts";
import { PresentPage } from "./PresentPage.tsx";

const src = (n: number) => [{ name: `Source ${n}`, url: `https://example.org/${n}` }];
const events: EventsDocument = {
  schemaVersion: 1,
  title: "A test story",
  categories: [{ id: "a", label: "Category A" }],
  story: ["second", "first", "third"],
  events: [
    { id: "first", date: "2001", title: "First", category: "a", sources: src(1), figures: [{ label: "counted", value: 1200, unit: "people", atLeast: true }] },
    {
      id: "second", date: "2002-05-07", title: "Second", summary: "What happened.", category: "a", sources: src(2),
      figures: [
        { label: "estimated", value: 3000, unit: "people", approximate: true },
        { label: "the rest", value: 40, unit: "people", derived: true },
      ],
    },
    { id: "third", date: "2003-02", title: "Third", category: "a", sources: [...src(3), ...src(4)] },
  ],
};
const population: PopulationDocument = {
  schemaVersion: 1,
  series: [],
  breakdowns: [
    { id: "parts-of-third", label: "Who was counted", kind: "parts", unit: "people", eventId: "third", parts: [{ label: "x", value: 5 }, { label: "y", value: 7 }], source: { name: "Source 5", url: "https://example.org/5" } },
  ],
};

function renderPresenter(step: number | null = null, footer: ReactNode = <footer>All sources</footer>) {
  const store = createAppStore({ mode: "present", sources: { events: null, population: null }, step });
  render(
    <AppStoreContext.Provider value={store}>
      <PresentPage mode={MODES.present} events={events} population={population} belowFold={{ events, population }} header={null} alerts={null} footer={footer} foreignHosts={[]} />
    </AppStoreContext.Provider>,
  );
  return store;
}
const counter = () => screen.getByTestId("step-counter").textContent;
const press = (key: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(window, { key, ...init });

describe("PresentPage", () => {
  it("opens on the story's first step, framed and selected, without writing a step", () => {
    const store = renderPresenter();
    expect(counter()).toBe("1 / 3");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Second");
    expect(store.getState().ui.step).toBeNull();
    expect(store.getState().selectedEventId).toBe("second");
    expect(store.getState().domain).not.toBeNull();
  });

  it("states figures honestly: ~ for estimates, at least for lower bounds, derived† with its footnote", () => {
    renderPresenter();
    const figures = screen.getByRole("article");
    expect(within(figures).getByText("~3,000")).toBeTruthy();
    expect(within(figures).getByText(/derived†/)).toBeTruthy();
    expect(within(figures).getByText(/† Derived from the other figures/)).toBeTruthy();
    expect(within(figures).getByText(/Source:/).textContent).toContain("Source 2");
    press("ArrowRight");
    expect(within(screen.getByRole("article")).getByText(/at least/)).toBeTruthy();
  });

  it("steps with the presenter's keys, in one store update each, and ignores keys with modifiers", () => {
    const store = renderPresenter();
    press("PageDown");
    expect(counter()).toBe("2 / 3");
    expect(store.getState().ui.step).toBe(2);
    expect(store.getState().selectedEventId).toBe("first");
    press(" ");
    expect(counter()).toBe("3 / 3");
    press("ArrowRight", { ctrlKey: true });
    press("PageUp", { altKey: true });
    expect(counter()).toBe("3 / 3");
    press("Home");
    expect(counter()).toBe("1 / 3");
    press("End");
    expect(counter()).toBe("3 / 3");
    press("Backspace");
    expect(counter()).toBe("2 / 3");
  });

  it("has large labelled buttons, and draws the step's linked breakdown", () => {
    renderPresenter(3);
    expect(counter()).toBe("3 / 3");
    expect(document.querySelector("[data-breakdown-id=parts-of-third]")).not.toBeNull();
    const next = screen.getByRole("button", { name: /Next/ });
    expect(next.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(next);
    expect(counter()).toBe("3 / 3");
    fireEvent.click(screen.getByRole("button", { name: /Previous/ }));
    expect(counter()).toBe("2 / 3");
    expect(document.querySelector("[data-breakdown-id]")).toBeNull();
  });

  it("keeps focus on Next or Previous when it steps to the end (the button only says it is unavailable)", () => {
    renderPresenter(2);
    const next = screen.getByRole("button", { name: /Next/ });
    const previous = screen.getByRole("button", { name: /Previous/ });
    next.focus();
    fireEvent.click(next);
    expect(counter()).toBe("3 / 3");
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect((next as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(next);
    previous.focus();
    fireEvent.click(previous);
    fireEvent.click(previous);
    expect(counter()).toBe("1 / 3");
    expect(previous.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(previous);
  });

  it("clamps a step past the end, and opens the sources panel from the bar (Esc closes it)", () => {
    const store = renderPresenter(99);
    expect(counter()).toBe("3 / 3");
    expect(store.getState().ui.step).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: "Sources" }));
    expect(screen.getByRole("region", { name: "Sources and licence" }).textContent).toBe("All sources");
    press("Escape");
    expect(screen.queryByRole("region", { name: "Sources and licence" })).toBeNull();
  });

  it("gives focus back to Sources when the panel closes with focus inside it (Esc, or a step)", () => {
    renderPresenter(2, <footer><a href="https://example.org/licence">Licence</a></footer>);
    const sources = screen.getByRole("button", { name: "Sources" });
    const region = () => screen.queryByRole("region", { name: "Sources and licence" });
    fireEvent.click(sources);
    screen.getByRole("link", { name: "Licence" }).focus();
    press("Escape");
    expect(region()).toBeNull();
    expect(document.activeElement).toBe(sources);
    fireEvent.click(sources);
    screen.getByRole("link", { name: "Licence" }).focus();
    press("ArrowRight");
    expect(counter()).toBe("3 / 3");
    expect(region()).toBeNull();
    expect(document.activeElement).toBe(sources);
  });
});
