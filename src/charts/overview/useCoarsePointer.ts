import { useSyncExternalStore } from "react";

// Touch screens get a taller strip and 44 px handle targets; a mouse gets a
// compact strip. Follows the device (a tablet docked to a keyboard and mouse
// changes its answer), and is false where matchMedia does not exist (jsdom, SSR).

const QUERY = "(pointer: coarse)";

function mediaQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const mq = mediaQuery();
  mq?.addEventListener("change", onChange);
  return () => mq?.removeEventListener("change", onChange);
}

const snapshot = () => mediaQuery()?.matches ?? false;

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
