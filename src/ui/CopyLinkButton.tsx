import { useEffect, useState } from "react";

type Status = "idle" | "copied" | "failed";

/** Copies a link; says so where screen readers hear it, and shows the link itself if copying is refused. */
export function CopyLinkButton({ url, label = "Copy link", describedBy }: {
  readonly url: string;
  readonly label?: string;
  /** The id of a note about what the link leaves out. */
  readonly describedBy?: string;
}) {
  const [status, setStatus] = useState<Status>("idle");
  useEffect(() => {
    if (status !== "copied") return;
    const t = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(t);
  }, [status]);
  const copy = () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) {
      setStatus("failed");
      return;
    }
    clipboard.writeText(url).then(
      () => setStatus("copied"),
      () => setStatus("failed"),
    );
  };
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={copy} data-copy-url={url} aria-describedby={describedBy}>
        {label}
      </button>
      <span className="copy-link__status" role="status" aria-live="polite">
        {status === "copied" ? "Link copied" : ""}
      </span>
      {status === "failed" && (
        <input className="copy-link__fallback" readOnly value={url} aria-label="Link to copy" onFocus={(e) => e.currentTarget.select()} />
      )}
    </span>
  );
}
