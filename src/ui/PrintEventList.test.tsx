import { act, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineEvent } from "../data/schema/events.ts";
import { PrintEventList, PRINT_LIMIT, SCREEN_PAGE } from "./PrintEventList.tsx";

const many = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e-${i}`,
    date: `${1980 + (i % 40)}-0${1 + (i % 9)}`,
    title: `Event ${i}`,
    category: "c",
    sources: [{ name: "Source", url: "https://example.org/" }],
  }) as TimelineEvent);
const categories = [{ id: "c", label: "Cat" }];

/** A matchMedia whose print query can be switched, as a browser does when it prints. */
function fakePrintMedia() {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const media = { matches: false, addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.add(f), removeEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.delete(f) };
  vi.stubGlobal("matchMedia", () => media);
  return (matches: boolean) => {
    media.matches = matches;
    for (const f of listeners) f({ matches });
  };
}
afterEach(() => vi.unstubAllGlobals());

describe("PrintEventList", () => {
  it("renders nothing on screen until asked: a big file costs no hidden DOM", () => {
    fakePrintMedia();
    const { container } = render(<PrintEventList events={many(500)} categories={categories} domain={null} />);
    expect(container.innerHTML).toBe("");
  });

  it("on screen, lists a page at a time, in time order, with a button for more", () => {
    fakePrintMedia();
    const { container } = render(<PrintEventList events={many(450)} categories={categories} domain={null} onScreen />);
    // Counted by selector: role queries over hundreds of items are slow in a test DOM.
    const items = () => [...container.querySelectorAll("li")];
    expect(items()).toHaveLength(SCREEN_PAGE);
    expect(container.querySelector(".print-events__meta")?.textContent).toBe("450 events, in time order; the first 200 are listed.");
    const more = () => container.querySelector("button");
    expect(more()?.textContent).toBe("Show 200 more");
    fireEvent.click(more() as HTMLButtonElement);
    expect(items()).toHaveLength(2 * SCREEN_PAGE);
    expect(more()?.textContent).toBe("Show 50 more");
    fireEvent.click(more() as HTMLButtonElement);
    expect(items()).toHaveLength(450);
    expect(more()).toBeNull();
    const dates = items().map((li) => li.querySelector(".print-events__date")?.textContent ?? "");
    expect(dates[0]).toMatch(/1980/);
  }, 20_000);

  it("appears when the page is printed, up to the print limit, and goes when printing ends", () => {
    const setPrint = fakePrintMedia();
    const { container } = render(<PrintEventList events={many(PRINT_LIMIT + 5)} categories={categories} domain={null} />);
    act(() => setPrint(true));
    expect(container.querySelectorAll("li")).toHaveLength(PRINT_LIMIT);
    expect(container.textContent).toMatch(/1,005 events, in time order; the first 1,000 are listed\./);
    act(() => setPrint(false));
    expect(container.innerHTML).toBe("");
  }, 20_000);

  it("renders before the browser lays out the print (beforeprint)", () => {
    fakePrintMedia();
    const { container } = render(<PrintEventList events={many(3)} categories={categories} domain={null} />);
    window.dispatchEvent(new Event("beforeprint"));
    expect(container.querySelectorAll("li")).toHaveLength(3);
  });
});
