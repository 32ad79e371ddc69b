import { useEffect, useState } from "react";

/** How long the pointer rests before the cursor hides from the audience. */
export const IDLE_CURSOR_MS = 2500;

/**
 * True once the pointer has not moved for `idleMs`: the page then hides the
 * cursor, which would otherwise sit in the middle of a projected slide. Any
 * movement or press shows it again.
 */
export function useIdleCursor(idleMs = IDLE_CURSOR_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), idleMs);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), idleMs);
    };
    const events = ["pointermove", "pointerdown", "wheel"] as const;
    for (const name of events) window.addEventListener(name, wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, wake);
    };
  }, [idleMs]);
  return idle;
}
