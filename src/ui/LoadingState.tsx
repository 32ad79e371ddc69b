import type { LoadProgress } from "../data/load.ts";
import { DataLoadError, formatMegabytes, summarizeDataError } from "../data/errors.ts";

interface Props {
  readonly label: string;
  readonly progress?: LoadProgress | undefined;
  /** Why the last attempt failed, while it is being tried again. */
  readonly retrying?: unknown;
}

/** Says what is happening; a large file shows how far its download has got. */
export function LoadingState({ label, progress, retrying }: Props) {
  const fraction = progress?.phase === "download" && progress.total ? progress.loaded / progress.total : null;
  const detail =
    progress?.phase === "validate"
      ? "checking the file"
      : progress && progress.loaded > 512 * 1024
        ? `${formatMegabytes(progress.loaded)}${progress.total ? ` of ${formatMegabytes(progress.total)}` : ""}`
        : null;
  return (
    <div className="loading" role="status" aria-live="polite">
      <span>Loading {label}{detail ? ` — ${detail}` : "…"}</span>
      {retrying instanceof DataLoadError && (
        <span className="loading__retry"> {summarizeDataError(retrying.info)} Trying again…</span>
      )}
      {fraction !== null && (
        <progress className="loading__bar" max={1} value={fraction} aria-label={`Loading ${label}`} />
      )}
    </div>
  );
}
