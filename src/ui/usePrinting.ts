import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed (or shown as print media). Content
 * that exists only for paper is then rendered, and not before: with tens of
 * thousands of events it would otherwise cost the screen a large, unseen DOM.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const media = printMedia();
    // beforeprint must leave the content in the DOM before it returns: the browser lays out the print right after.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media?.matches ?? false);
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", change);
    };
  }, []);
  return printing;
}

function printMedia(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
}
