import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Category, TimelineEvent } from "../../data/schema/events.ts";
import { categoryStyles } from "../shared/categoryStyle.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { EventMarks } from "./EventMarks.tsx";
import { layoutTimeline } from "./layout.ts";

const utc = (y: number, m = 1) => Date.UTC(y, m - 1, 1);
const categories: Category[] = [{ id: "policy", label: "Policy", color: "#1f77b4" }];
const ev = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, date, title: `Event ${id}`, category: "policy", sources: [{ name: "s", url: "https://example.org" }], ...extra,
});
const events = [
  ev("long", "2001-01", { endDate: "2009-12", title: "A long period" }),
  ev("short", "2012-03", { endDate: "2012-05", title: "A short period with a long title" }),
];

function draw(selectedId: string | null = null) {
  const layout = layoutTimeline({ events, categories, domain: [utc(2000), utc(2014)], width: 900, measureText: approximateMeasure });
  const { container } = render(
    <svg>
      <EventMarks events={layout.events} labels={layout.labels} styles={categoryStyles(categories)} selectedId={selectedId} focusedId={null} hoveredId={null} />
    </svg>,
  );
  return { layout, container };
}

describe("labels on their own bars", () => {
  it("sit on a plate, in the bar's group, as wide as the text and as tall as the label", () => {
    const { layout, container } = draw();
    const onBar = layout.labels.filter((l) => l.position === "on").map((l) => l.id);
    expect(onBar).toEqual(["long"]);
    const plates = container.querySelectorAll(".tl-event__plate");
    expect(plates).toHaveLength(1);
    const plate = plates[0] as SVGRectElement;
    // In the event's own group: it takes the category's colour and recedes with the mark.
    expect(plate.closest("[data-event-id]")?.getAttribute("data-event-id")).toBe("long");
    const rect = layout.labels.find((l) => l.id === "long")?.rect;
    expect(Number(plate.getAttribute("x"))).toBeLessThan(rect?.x0 ?? NaN);
    expect(Number(plate.getAttribute("x")) + Number(plate.getAttribute("width"))).toBeGreaterThan(rect?.x1 ?? NaN);
    expect(Number(plate.getAttribute("height"))).toBe((rect?.y1 ?? 0) - (rect?.y0 ?? 0));
    // Its text drops the halo, which would outline the letters on the plate.
    const texts = [...container.querySelectorAll(".tl-label")];
    expect(texts.filter((t) => t.classList.contains("is-on-bar")).map((t) => t.textContent)).toEqual(["A long period"]);
  });

  it("draws no plate for a label beside its mark", () => {
    const { layout, container } = draw();
    expect(layout.labels.find((l) => l.id === "short")?.position).not.toBe("on");
    expect(container.querySelector("[data-event-id=short] .tl-event__plate")).toBeNull();
  });
});
