import type { ComponentType } from "react";
import type { LayoutProps } from "../LayoutProps.ts";

// The presenter's code is a chunk of its own, loaded only for the presenter.
// A page that opens in the presenter loads it before its first render, so it
// never shows a fallback for it: React holds back content that arrives just
// after a fallback for up to 300 ms, so that fallbacks do not flicker.

let loaded: ComponentType<LayoutProps> | undefined;

export function loadPresentPage(): Promise<ComponentType<LayoutProps>> {
  return import("./PresentPage.tsx").then((m) => (loaded = m.PresentPage));
}

/** The presenter, when its chunk has arrived. */
export function loadedPresentPage(): ComponentType<LayoutProps> | undefined {
  return loaded;
}
