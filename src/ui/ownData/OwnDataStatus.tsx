import type { Refused } from "./planOpen.ts";

interface Props {
  readonly checking: readonly string[] | null;
  readonly refused: readonly Refused[];
  /** Files of the last opening that are now shown. */
  readonly opened: readonly string[];
  /** The reader's own files now shown. */
  readonly localFiles: readonly string[];
  /** The data shown is not the bundled data (the reader's files, or files from an address). */
  readonly custom: boolean;
  readonly onBack: () => void;
  readonly onDismiss: () => void;
}

const names = (files: readonly string[]) => files.join(" and ");

/** What the reader's own files are doing: being checked, shown, or refused with every problem, grouped by file. */
export function OwnDataStatus({ checking, refused, opened, localFiles, custom, onBack, onDismiss }: Props) {
  if (!checking && refused.length === 0 && !custom) return null;
  return (
    <div className="own-data">
      <p className="own-data__line" role="status">
        {checking ? (
          <span>Checking {names(checking)}…</span>
        ) : localFiles.length > 0 ? (
          <span>
            Showing your file{localFiles.length > 1 ? "s" : ""} <strong>{names(localFiles)}</strong>, opened from this computer.
            A shared link cannot carry {localFiles.length > 1 ? "them" : "it"}.
          </span>
        ) : custom ? (
          <span>Showing data from the address in this page&apos;s link.</span>
        ) : null}
        {custom && !checking && (
          <button type="button" className="button own-data__back" onClick={onBack}>Back to the bundled data</button>
        )}
      </p>
      {refused.length > 0 && (
        <section className="error-panel own-data__refused" role="alert" aria-labelledby="own-data-refused">
          <h2 id="own-data-refused" className="error-panel__title">
            {refused.length === 1 ? "A file could not be used" : `${refused.length} files could not be used`}
          </h2>
          <p>{opened.length > 0 ? `${names(opened)} opened; the rest of what was shown stays.` : "What was shown before stays."}</p>
          {refused.map((r) => (
            <div key={r.file} className="own-data__file" data-file={r.file}>
              <h3 className="own-data__file-name"><code>{r.file}</code></h3>
              <p>{r.summary}</p>
              {r.problems.length > 0 && (
                <ul className="error-panel__problems">
                  {r.problems.map((p, i) => (
                    <li key={i}><code>{p.path || "(whole file)"}</code>: {p.message}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <button type="button" className="button" onClick={onDismiss}>Dismiss</button>
        </section>
      )}
    </div>
  );
}
