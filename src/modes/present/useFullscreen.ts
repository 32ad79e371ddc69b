import { useCallback, useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
};
const isFullscreen = () => document.fullscreenElement !== null;
const serverSnapshot = () => false;

/**
 * Whether the page fills the screen, and a toggle for it. The browser may
 * refuse (no user gesture, an iframe without allowfullscreen, no API at all):
 * the refusal is ignored, and the slides work the same in a window.
 */
export function useFullscreen(): { readonly active: boolean; readonly supported: boolean; readonly toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isFullscreen, serverSnapshot);
  const supported = typeof document !== "undefined" && document.fullscreenEnabled === true;
  const toggle = useCallback(() => {
    const attempt = document.fullscreenElement
      ? document.exitFullscreen?.()
      : document.documentElement.requestFullscreen?.({ navigationUI: "hide" });
    void attempt?.catch(() => undefined);
  }, []);
  return { active, supported, toggle };
}
