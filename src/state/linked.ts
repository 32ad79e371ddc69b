// What links the timeline to the breakdowns: transient, so it stays out of the URL.

export interface LinkedState {
  /** The year a reader points at, on the band or on a series chart; every time chart marks it. */
  readonly hoverYear: number | null;
  /** A breakdown whose date the timeline marks. */
  readonly markedBreakdownId: string | null;
  /** Series charts take their x-range from the timeline's visible range when it settles. */
  readonly followTimeline: boolean;
}

export interface LinkedActions {
  setHoverYear(year: number | null): void;
  markBreakdown(id: string | null): void;
  setFollowTimeline(on: boolean): void;
}

export const INITIAL_LINKED: LinkedState = { hoverYear: null, markedBreakdownId: null, followTimeline: true };

type Set = (fn: (s: { linked: LinkedState }) => { linked: LinkedState }) => void;

export function linkedActions(set: Set): LinkedActions {
  const update = (patch: Partial<LinkedState>) => set((s) => ({ linked: { ...s.linked, ...patch } }));
  return {
    setHoverYear: (hoverYear) => update({ hoverYear }),
    markBreakdown: (markedBreakdownId) => update({ markedBreakdownId }),
    setFollowTimeline: (followTimeline) => update({ followTimeline }),
  };
}
