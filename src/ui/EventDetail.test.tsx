import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import type { TimelineEvent } from "../data/schema/events.ts";
import { EventDetail } from "./EventDetail.tsx";

const event = (id: string, title: string): TimelineEvent => ({
  id, title, date: "2001-10-07", category: "a", sources: [{ name: `Source of ${title}`, url: `https://example.org/${id}` }],
});
const EVENTS = [event("one", "One"), event("two", "Two"), event("three", "Three")];

/** A page with a timeline mark per event and a button that opens the detail, as the explore view has. */
function Page({ withOpener = true }: { readonly withOpener?: boolean }) {
  const [selected, setSelected] = useState<string | null>(withOpener ? null : "two");
  const i = EVENTS.findIndex((e) => e.id === selected);
  const current = EVENTS[i];
  return (
    <>
      <svg data-testid="timeline">
        {EVENTS.map((e) => <g key={e.id} data-event-id={e.id} tabIndex={-1} role="button" aria-label={e.title} />)}
      </svg>
      {withOpener && <button type="button" onClick={() => setSelected("two")}>Show on timeline</button>}
      {current && (
        <EventDetail
          event={current}
          category={undefined}
          color="red"
          onClose={() => setSelected(null)}
          previous={EVENTS[i - 1]}
          next={EVENTS[i + 1]}
          onNavigate={setSelected}
        />
      )}
    </>
  );
}

describe("EventDetail", () => {
  it("closed with its × button, gives focus back to what opened it", () => {
    render(<Page />);
    const opener = screen.getByRole("button", { name: "Show on timeline" });
    opener.focus();
    fireEvent.click(opener);
    const close = screen.getByRole("button", { name: "Close event detail" });
    close.focus();
    fireEvent.click(close);
    expect(document.querySelector("aside")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("closed with Esc from inside, with no opener on the page, gives focus to the event's mark on the timeline", () => {
    render(<Page withOpener={false} />);
    screen.getByRole("link", { name: "Source of Two" }).focus();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });
    expect(document.querySelector("aside")).toBeNull();
    expect(document.activeElement?.getAttribute("data-event-id")).toBe("two");
  });

  it("leaves focus alone when it is closed from elsewhere", () => {
    const onClose = vi.fn();
    render(<EventDetail event={EVENTS[0] as TimelineEvent} category={undefined} color="red" onClose={onClose} />);
    expect(document.activeElement).toBe(document.body);
    fireEvent.click(screen.getByRole("button", { name: "Close event detail" }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(document.body);
  });

  it("at the last event, Next says it is unavailable but keeps focus, and does nothing", () => {
    render(<Page withOpener={false} />);
    const next = screen.getByRole("button", { name: "Next →" });
    next.focus();
    fireEvent.click(next);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Three");
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Three");
    expect(screen.getByRole("button", { name: "← Previous" }).getAttribute("aria-disabled")).toBe("false");
  });
});
