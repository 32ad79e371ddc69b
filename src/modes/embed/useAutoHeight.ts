import { useEffect, useRef } from "react";

// An embed tells its host page how tall it is, so the host (public/embed.js)
// can size the iframe and the reader never meets a scrollbar inside the article.

export const HEIGHT_MESSAGE = "crossings:height";
/** Sent by embed.js when it starts, for frames that spoke before it was listening. */
export const MEASURE_REQUEST = "crossings:measure";

/** Where heights go: the parent window in a page, a spy in tests. */
export interface HeightTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface AutoHeightOptions {
  /** Defaults to window.parent when this page is framed; null (not framed) posts nothing. */
  readonly target?: HeightTarget | null;
}

function parentTarget(): HeightTarget | null {
  if (typeof window === "undefined" || window.parent === window) return null;
  return window.parent;
}

/** The content's height in whole px: down to the root's bottom edge, wherever the page is scrolled. */
export function contentHeight(root: Element): number {
  return Math.ceil(root.getBoundingClientRect().bottom + (root.ownerDocument.defaultView?.scrollY ?? 0));
}

/**
 * Watches the element with a ResizeObserver and posts
 * `{ type: "crossings:height", height }` to the target: at most once per
 * animation frame, and never the same height twice in a row (unless the host
 * asks again). The root is measured rather than documentElement.scrollHeight,
 * which never drops below the frame's own height and so could never shrink it.
 */
export function useAutoHeight<E extends Element>(options: AutoHeightOptions = {}) {
  const ref = useRef<E>(null);
  const target = options.target === undefined ? parentTarget() : options.target;
  useEffect(() => {
    const root = ref.current;
    if (!root || !target || typeof ResizeObserver === "undefined") return;
    let last: number | null = null;
    let frame: number | null = null;
    const post = () => {
      frame = null;
      const height = contentHeight(root);
      if (height <= 0 || height === last) return;
      last = height;
      // The height is no secret and the host's origin is unknown: any parent may hear it.
      target.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(post);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    const onMessage = (e: MessageEvent) => {
      const data: unknown = e.data;
      if (e.source !== target || typeof data !== "object" || data === null) return;
      if ((data as { type?: unknown }).type !== MEASURE_REQUEST) return;
      last = null;
      schedule();
    };
    window.addEventListener("message", onMessage);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [target]);
  return ref;
}
