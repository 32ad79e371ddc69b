import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { categoryStyles } from "../shared/categoryStyle.ts";
import type { PlacedCluster } from "./cluster.ts";
import { EventMarks } from "./EventMarks.tsx";
import { layoutTimeline } from "./layout.ts";
import { syntheticEvents } from "./syntheticEvents.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const categories = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
const layout = layoutTimeline({
  events: syntheticEvents(2_000, 4), categories, domain: [utc(1999), utc(2004)], width: 800, options: { maxLanes: 6 },
});

function setup(focusedId: string | null = null, selectedId: string | null = null) {
  const onZoomToCluster = vi.fn<(cluster: PlacedCluster) => void>();
  const svgKeyDown = vi.fn();
  render(
    <svg onKeyDown={svgKeyDown}>
      <EventMarks
        events={layout.events}
        labels={layout.labels}
        clusters={layout.clusters}
        callouts={layout.callouts}
        styles={categoryStyles(categories)}
        selectedId={selectedId}
        focusedId={focusedId}
        hoveredId={null}
        onZoomToCluster={onZoomToCluster}
      />
    </svg>,
  );
  return { onZoomToCluster, svgKeyDown };
}

describe("cluster marks", () => {
  it("draws each cluster as a button named by its count and span, with its size and id as data", () => {
    expect(layout.clusters.length).toBeGreaterThan(1);
    setup();
    const buttons = screen.getAllByRole("button", { name: /events, .*; activate to zoom in$/ });
    expect(buttons.length).toBe(layout.clusters.length);
    layout.clusters.forEach((c, i) => {
      const el = buttons[i];
      expect(el?.getAttribute("data-cluster-size")).toBe(String(c.size));
      expect(el?.getAttribute("data-cluster-id")).toBe(c.id);
      expect(el?.id).toBe(`tl-cluster-${c.id}`);
      expect(el?.getAttribute("tabindex")).toBe("-1");
      expect(el?.textContent).toBe(c.text);
    });
  });

  it("asks to zoom when clicked, or on Enter without the timeline's keys hearing it", () => {
    const [first] = layout.clusters;
    if (!first) throw new Error("no cluster");
    const { onZoomToCluster, svgKeyDown } = setup(first.id);
    const el = document.getElementById(`tl-cluster-${first.id}`);
    if (!el) throw new Error("no element");
    expect(el.getAttribute("tabindex")).toBe("0");
    fireEvent.click(el);
    fireEvent.keyDown(el, { key: "Enter" });
    expect(onZoomToCluster.mock.calls.map(([c]) => c.id)).toEqual([first.id, first.id]);
    expect(svgKeyDown).not.toHaveBeenCalled();
    fireEvent.keyDown(el, { key: "ArrowRight" });
    expect(svgKeyDown).toHaveBeenCalledTimes(1);
  });

  it("marks the cluster that holds the selected event", () => {
    const holder = layout.clusters[1];
    const selected = holder?.eventIds[0] ?? null;
    setup(null, selected);
    const el = document.getElementById(`tl-cluster-${holder?.id ?? ""}`);
    expect(el?.getAttribute("class")).toContain("is-selected");
    expect(document.querySelectorAll(".tl-cluster.is-receded").length).toBe(layout.clusters.length - 1);
  });

  it("draws a leader and a text per callout, hidden from assistive tech", () => {
    setup();
    expect(layout.callouts.length).toBeGreaterThan(0);
    const texts = document.querySelectorAll(".tl-callout");
    expect([...texts].map((t) => t.textContent)).toEqual(layout.callouts.map((c) => c.text));
    expect(document.querySelectorAll(".tl-callout__leader").length).toBe(layout.callouts.length);
    expect(document.querySelector(".tl-callouts")?.getAttribute("aria-hidden")).toBe("true");
    expect(document.querySelector(".tl-callouts__leaders")?.getAttribute("aria-hidden")).toBe("true");
  });
});
