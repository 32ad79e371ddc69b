import { describe, expect, it } from "vitest";
import { createAppStore } from "./store.ts";

const store = () => createAppStore({ mode: "explore", sources: { events: null, population: null } });

describe("linked state", () => {
  it("starts following the timeline, with nothing hovered or marked", () => {
    expect(store().getState().linked).toEqual({ hoverYear: null, markedBreakdownId: null, followTimeline: true });
  });
  it("changes one field at a time", () => {
    const s = store();
    s.getState().actions.setHoverYear(1992);
    s.getState().actions.markBreakdown("release");
    s.getState().actions.setFollowTimeline(false);
    expect(s.getState().linked).toEqual({ hoverYear: 1992, markedBreakdownId: "release", followTimeline: false });
    s.getState().actions.setHoverYear(null);
    expect(s.getState().linked.hoverYear).toBeNull();
    expect(s.getState().linked.markedBreakdownId).toBe("release");
  });
});

describe("showStep", () => {
  it("sets the step, the window and the selection in one update", () => {
    const s = createAppStore({ mode: "present", sources: { events: null, population: null } });
    let updates = 0;
    s.subscribe(() => updates++);
    s.getState().actions.showStep(3, [10, 20], "e3");
    expect(updates).toBe(1);
    expect(s.getState().ui.step).toBe(3);
    expect(s.getState().domain).toEqual([10, 20]);
    expect(s.getState().selectedEventId).toBe("e3");
    s.getState().actions.showStep(null, [30, 40], "e4");
    expect(s.getState().ui.step).toBe(3);
  });
});
