import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";

interface KeyEvent {
  readonly id: string;
  /** Centre of the event's period, UTC ms: where +/− zoom around. */
  readonly centre: number;
}

interface Options {
  /** Visible events, in time order. */
  readonly events: readonly KeyEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Zoom by a factor (< 1 in, > 1 out) around a time; 0 resets. */
  readonly onZoom: (factor: number, around: number | null) => void;
  readonly onReset: () => void;
}

// The timeline is one tab stop (a roving tabindex over its marks): Tab enters
// at the focused, selected or first event; arrows move within; Enter opens.
export function useTimelineKeys({ events, selectedId, onSelect, onZoom, onReset }: Options) {
  const [wanted, setWanted] = useState<string | null>(null);
  const [within, setWithin] = useState(false);
  const moved = useRef(false);
  const ids = events.map((e) => e.id);
  const visible = (id: string | null): id is string => id !== null && ids.includes(id);
  const focusedId = visible(wanted) ? wanted : visible(selectedId) ? selectedId : (ids[0] ?? null);

  // Move DOM focus only after a key press, never by surprise; after a zoom
  // re-renders the marks, put it back on the same event.
  useEffect(() => {
    if (!moved.current || !focusedId) return;
    const el = document.getElementById(`tl-event-${focusedId}`) ?? document.getElementById(`tl-cluster-${focusedId}`);
    if (el instanceof SVGElement || el instanceof HTMLElement) {
      if (document.activeElement !== el) el.focus();
      moved.current = false;
    }
  });

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const i = focusedId ? ids.indexOf(focusedId) : -1;
      const centreOf = (id: string | null) => events.find((ev) => ev.id === id)?.centre ?? null;
      // After a zoom the focused event may be redrawn: bring focus back to it.
      const keepFocus = () => {
        moved.current = true;
        if (focusedId) setWanted(focusedId);
      };
      const go = (j: number) => {
        const id = ids[Math.max(0, Math.min(ids.length - 1, j))];
        if (id === undefined) return;
        moved.current = true;
        setWanted(id);
      };
      switch (e.key) {
        case "ArrowRight": case "ArrowDown": go(i + 1); break;
        case "ArrowLeft": case "ArrowUp": go(i - 1); break;
        case "Home": go(0); break;
        case "End": go(ids.length - 1); break;
        case "Enter": case " ":
          if (focusedId) onSelect(focusedId);
          break;
        case "Escape":
          if (selectedId) onSelect(null);
          else return;
          break;
        case "+": case "=":
          keepFocus();
          onZoom(0.5, centreOf(focusedId));
          break;
        case "-": case "_":
          keepFocus();
          onZoom(2, centreOf(focusedId));
          break;
        case "0":
          keepFocus();
          onReset();
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    [focusedId, ids, onSelect, selectedId, onZoom, onReset, events],
  );

  const onFocusEvent = useCallback((id: string | null) => {
    setWithin(id !== null);
    if (id) setWanted(id);
  }, []);

  return { focusedId, focusedIdIfVisible: within ? focusedId : null, onKeyDown, onFocusEvent };
}
