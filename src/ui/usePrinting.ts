import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed (or shown as print media). Content
 * that exists only for paper is then rendered, and not before: with tens of
 * thousands of events it would otherwise cost the screen a large, unseen DOM.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    // beforeprint must leave the content in the DOM before it returns: the browser lays out the print right after.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media?.matches ?? false);
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", change);
    if (media?.matches) setPrinting(true);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", change);
    };
  }, []);
  return printing;
}
