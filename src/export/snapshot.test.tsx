import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Legend } from "../charts/timeline/Legend.tsx";
import { BandNotes } from "../charts/timeline/BandNotes.tsx";
import { categoryStyles } from "../charts/shared/categoryStyle.ts";
import { readBandNotes, readLegend, snapshotSvg } from "./snapshot.ts";
import { standaloneProblems } from "./standalone.ts";

// The readers run on the real components' markup, so a change there that
// would silently empty the image's key or notes fails here.

describe("reading the page", () => {
  const styles = categoryStyles([
    { id: "war", label: "War and power", color: "#D55E00" },
    { id: "flight", label: "Flight and refuge" },
    { id: "gone", label: "Switched off" },
  ]);

  it("reads the legend's categories that are on, with marker and colour", () => {
    const { container } = render(
      <Legend styles={styles} counts={new Map()} visible={["war", "flight"]} onToggle={() => {}} onShowAll={() => {}} />,
    );
    const legend = readLegend(container);
    expect(legend.map((e) => e.label)).toEqual(["War and power", "Flight and refuge"]);
    expect(legend[0]?.path).toMatch(/^M/);
    expect(legend[0]?.color).toMatch(/^(rgb\(213, 94, 0\)|#d55e00)$/i);
  });

  it("reads the band's numbered notes without the screen-reader prefix", () => {
    const series = {
      id: "s", label: "Refugees", unit: "people", source: { name: "UNHCR", url: "https://www.unhcr.org/" }, points: [],
      breaks: [{ date: "1995", label: "1995–99: one flat estimate of 1.2 million" }, { date: "2000", label: "2000: a jump" }],
    };
    const { container } = render(<div data-testid="timeline"><BandNotes series={series} /></div>);
    expect(readBandNotes(container)).toEqual(["(1) 1995–99: one flat estimate of 1.2 million", "(2) 2000: a jump"]);
  });

  it("snapshots a drawn SVG into a standalone one of the same size", () => {
    const { container } = render(
      <svg className="timeline__svg" width={300} height={120} viewBox="0 0 300 120" role="group" aria-label="Timeline">
        <g className="tl-event" data-event-id="e" tabIndex={0} style={{ color: "var(--cat-1)" }}>
          <rect width={10} height={10} />
        </g>
        <text x={5} y={100}>1980</text>
      </svg>,
    );
    const svg = container.querySelector("svg");
    if (!(svg instanceof SVGSVGElement)) throw new Error("no svg");
    const snap = snapshotSvg(svg);
    expect(snap).toMatchObject({ width: 300, height: 120 });
    expect(snap.markup.match(/xmlns=/g)).toHaveLength(1);
    expect(standaloneProblems(snap.markup)).toEqual([]);
    expect(snap.markup).not.toMatch(/class=|data-event-id|tabindex|var\(/);
    expect(svg.getAttribute("class")).toBe("timeline__svg");
  });
});
