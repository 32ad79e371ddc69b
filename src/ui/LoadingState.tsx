import type { LoadProgress } from "../data/load.ts";
import { formatMegabytes } from "../data/errors.ts";

interface Props {
  readonly label: string;
  readonly progress?: LoadProgress | undefined;
}

/** Says what is happening; a large file shows how far its download has got. */
export function LoadingState({ label, progress }: Props) {
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
      {fraction !== null && (
        <progress className="loading__bar" max={1} value={fraction} aria-label={`Loading ${label}`} />
      )}
    </div>
  );
}
