import { useEffect, useId, useRef, useState } from "react";
import { useAppStore } from "../state/store.ts";
import { urlStateOf } from "../state/syncUrl.ts";
import { toSearch } from "../state/url.ts";

// "Embed this view": the HTML an editor pastes into an article, for the view on
// screen now, with a live preview at the widths articles come in. Its styles
// are in src/modes/embed/embed.css, beside the embed they describe.

export const PREVIEW_WIDTHS = [320, 640, 1000] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

/** Heights until the preview has measured itself: about the embed's height at each width with the bundled data. */
const ESTIMATED_HEIGHT: Record<PreviewWidth, number> = { 320: 1600, 640: 1360, 1000: 1220 };

export interface SnippetInput {
  readonly embedUrl: string;
  /** The same view in the full dashboard, for readers whose page shows no iframes. */
  readonly exploreUrl: string;
  readonly scriptUrl: string;
  /** The dataset's title. */
  readonly title: string;
  /** The iframe's height until embed.js sets it (or for good, on pages that run no scripts). */
  readonly height: number;
}

/** Text made safe for an HTML attribute value or element content. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The HTML to paste: the iframe, the script that sizes it, and a plain link. */
export function embedSnippet({ embedUrl, exploreUrl, scriptUrl, title, height }: SnippetInput): string {
  const h = Math.max(100, Math.round(height));
  return [
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(`${title} (interactive timeline)`)}" width="100%" height="${h}"` +
      ` style="border:0;width:100%" loading="lazy" data-crossings></iframe>`,
    `<script src="${escapeHtml(scriptUrl)}" async></script>`,
    `<p><a href="${escapeHtml(exploreUrl)}">Open the interactive timeline: ${escapeHtml(title)}</a></p>`,
  ].join("\n");
}

/** A height the embed posted, clamped as embed.js does, or null when the message is not one. */
export function postedHeight(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== "crossings:height" || typeof height !== "number" || !Number.isFinite(height) || height <= 0) return null;
  return Math.round(Math.min(20000, Math.max(100, height)));
}

function pageUrls(embedSearch: string, exploreSearch: string) {
  const { origin, pathname, href } = window.location;
  return {
    embedUrl: `${origin}${pathname}${embedSearch}`,
    exploreUrl: `${origin}${pathname}${exploreSearch}`,
    scriptUrl: new URL(`${import.meta.env.BASE_URL}embed.js`, href).href,
  };
}

/** The width available to the preview, so a wide embed can be shown scaled down. */
function useStageWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && w > 0) setWidth(Math.floor(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

type CopyStatus = "idle" | "copied" | "manual";

export function EmbedDialog({ title, onClose }: { readonly title: string; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const embedSearch = useAppStore((s) => toSearch({ ...urlStateOf(s), mode: "embed" }));
  const exploreSearch = useAppStore((s) => toSearch({ ...urlStateOf(s), mode: "explore" }));
  const [width, setWidth] = useState<PreviewWidth>(640);
  const [measured, setMeasured] = useState<Partial<Record<PreviewWidth, number>>>({});
  const [status, setStatus] = useState<CopyStatus>("idle");
  const { ref: stageRef, width: stageWidth } = useStageWidth();
  const height = measured[width] ?? ESTIMATED_HEIGHT[width];
  const urls = pageUrls(embedSearch, exploreSearch);
  const snippet = embedSnippet({ ...urls, title, height });
  const scale = stageWidth ? Math.min(1, stageWidth / width) : 1;

  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    // showModal traps focus and closes on Esc; without it (old browsers, jsdom) it is a plain open dialog.
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
  }, []);

  // The preview is an embed like any other: it tells us its height, which becomes the snippet's fallback.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const h = postedHeight(e.data);
      if (h === null || !frame.current || e.source !== frame.current.contentWindow) return;
      setMeasured((m) => (m[width] === h ? m : { ...m, [width]: h }));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [width]);

  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === "function") d.close();
    else onClose();
  };
  // The preview is a document of its own: Esc pressed in it never reaches the dialog, so it is passed on.
  const onFrameLoad = () => {
    try {
      frame.current?.contentWindow?.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !e.defaultPrevented) close();
      });
    } catch {
      // Another origin's page (never this one's own embed): it keeps its keys.
    }
  };
  const copy = () => {
    const manual = () => {
      code.current?.select();
      setStatus("manual");
    };
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) return manual();
    clipboard.writeText(snippet).then(() => setStatus("copied"), manual);
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <div className="embed-dialog__head">
        <h2 id={`${ids}-title`} className="embed-dialog__title">Embed this view</h2>
        <button type="button" className="button" onClick={close}>Close</button>
      </div>
      <p className="embed-dialog__intro">
        Paste this HTML into your article. It shows the timeline as it is now (range, selection, filters); the
        script makes the frame as tall as its content, and readers keep scrolling your page over it.
      </p>
      <label className="embed-dialog__label" htmlFor={`${ids}-code`}>Embed code</label>
      <textarea
        id={`${ids}-code`}
        ref={code}
        className="embed-dialog__code"
        readOnly
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__row">
        <button type="button" className="button button--primary" onClick={copy}>Copy code</button>
        <span className="embed-dialog__status" role="status" aria-live="polite">
          {status === "copied" ? "Copied" : status === "manual" ? "Copying was refused: the code is selected, press Ctrl+C (⌘C)" : ""}
        </span>
      </div>
      <div className="embed-dialog__row">
        <span id={`${ids}-widths`}>Preview at</span>
        <span className="embed-dialog__widths" role="group" aria-labelledby={`${ids}-widths`}>
          {PREVIEW_WIDTHS.map((w) => (
            <button key={w} type="button" className="button" aria-pressed={w === width} onClick={() => setWidth(w)}>
              {w} px
            </button>
          ))}
        </span>
        <span className="embed-dialog__status">
          {height} px tall{scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : ""}
        </span>
      </div>
      <div className="embed-dialog__stage" ref={stageRef} style={{ height: Math.ceil(height * scale) }}>
        <iframe
          ref={frame}
          className="embed-dialog__frame"
          src={urls.embedUrl}
          title={`Preview: ${title} (interactive timeline)`}
          width={width}
          height={height}
          style={{ width, height, transform: scale < 1 ? `scale(${scale})` : undefined }}
          onLoad={onFrameLoad}
          data-testid="embed-preview"
        />
      </div>
    </dialog>
  );
}

/** The toolbar's "Embed" button: opens the dialog for the view on screen. */
