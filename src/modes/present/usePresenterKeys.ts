import { useEffect, useRef } from "react";

export interface PresenterKeyActions {
  readonly next: () => void;
  readonly previous: () => void;
  readonly first: () => void;
  readonly last: () => void;
  readonly toggleFullscreen: () => void;
  /** Esc: closes what the page opened (the browser leaves full screen by itself). */
  readonly dismiss: () => void;
}

// Clickers send PageDown/PageUp (some send arrows); keyboards add Space, Enter,
// Backspace, Home and End. F toggles full screen; Esc is left to the browser,
// which leaves full screen by itself.
const ACTION_OF: Readonly<Record<string, keyof PresenterKeyActions>> = {
  ArrowRight: "next", " ": "next", PageDown: "next", Enter: "next",
  ArrowLeft: "previous", PageUp: "previous", Backspace: "previous",
  Home: "first", End: "last", f: "toggleFullscreen", F: "toggleFullscreen",
};

/** True when the key belongs to whatever has focus: a form field, or a button or link that Enter/Space activates. */
function keyBelongsToFocus(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null;
  if (!el) return false;
  if (el.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return true;
  return (e.key === "Enter" || e.key === " ") && el.closest("button, a[href], summary, [role=button]") !== null;
}

/**
 * Steps the story from keys pressed anywhere on the page. Keys are ignored with
 * ctrl/⌘/alt held (browser shortcuts), while typing, and when a focused control
 * has already used them (the timeline walks its marks with the arrows).
 */
export function usePresenterKeys(actions: PresenterKeyActions): void {
  // The listener is added once; it always calls the latest actions.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (e.key === "Escape") {
        latest.current.dismiss();
        return;
      }
      const action = ACTION_OF[e.key];
      if (!action || keyBelongsToFocus(e)) return;
      // Space and PageDown would scroll; Backspace once meant Back in some browsers.
      e.preventDefault();
      if (action === "toggleFullscreen" && e.repeat) return;
      latest.current[action]();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
