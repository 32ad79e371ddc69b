import { startTransition, useEffect, useState } from "react";

// What is below the fold (the figures under the timeline, the footer's list of
// sources) is drawn after the first screen, not in the same task: on two
// contended cores it would otherwise come first and hold the timeline back.

let drawn = false;
const listeners = new Set<() => void>();

/** The first screen is drawn, or one of its panels failed: what waits for it may follow. */
export function firstScreenDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const listener of listeners) listener();
}

/** Whether this page load's first screen is drawn; it turns true once, as background work React may split. */
export function useFirstScreenDrawn(): boolean {
  const [is, setIs] = useState(drawn);
  useEffect(() => {
    if (is) return;
    const listener = () => startTransition(() => setIs(true));
    listeners.add(listener);
    // Drawn between this render and this effect: nothing would tell us again.
    if (drawn) listener();
    return () => void listeners.delete(listener);
  }, [is]);
  return is;
}
