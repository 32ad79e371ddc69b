import type { DataItem, Timeline } from "vis-timeline";
import type { DataSet } from "vis-data";
import { fail, loadEvents } from "./common.ts";

// The peer: vis-timeline with its default options (items stacked), one point per
// event or a range when it has an end date, its title as the content. The
// standalone build bundles its dependencies, so the page needs nothing else.

interface VisModule {
  readonly Timeline: typeof Timeline;
  readonly DataSet: typeof DataSet;
}

const VIS_URL = "/bench/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js";

async function main(): Promise<void> {
  const [vis, events] = await Promise.all([import(VIS_URL) as Promise<VisModule>, loadEvents()]);
  const items = new vis.DataSet<DataItem, "id">(
    events.map((e): DataItem => ({
      id: e.id,
      start: e.date,
      ...(e.endDate ? { end: e.endDate, type: "range" } : { type: "point" }),
      content: e.title,
    })),
  );
  const container = document.getElementById("timeline");
  if (!container) throw new Error("no #timeline");
  const timeline = new vis.Timeline(container, items, {
    height: "100%",
    onInitialDrawComplete: () => performance.mark("bench:ready"),
  });
  window.__benchView = () => {
    const w = timeline.getWindow();
    return [+w.start, +w.end];
  };
}

main().catch(fail);
