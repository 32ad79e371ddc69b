import { DataLoadError, summarizeDataError } from "../data/errors.ts";
import { formatProblem } from "../data/problems.ts";

const KIND_LABEL = { events: "Events file", population: "Population file" } as const;

interface Props {
  readonly error: unknown;
  /** Shown when trying again could help (network, timeout, server error). */
  readonly onRetry?: (() => void) | undefined;
}

/** Names the file and lists every problem, in words a person can act on. Data is only ever text here. */
export function ErrorPanel({ error, onRetry }: Props) {
  if (!(error instanceof DataLoadError)) {
    return (
      <section role="alert" className="error-panel">
        <h2 className="error-panel__title">Something went wrong while loading the data</h2>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {onRetry && <button type="button" className="button" onClick={onRetry}>Retry</button>}
      </section>
    );
  }
  const { info } = error;
  const problems = info.detail.kind === "invalid" ? info.detail.problems : [];
  return (
    <section role="alert" className="error-panel" data-file={info.file}>
      <h2 className="error-panel__title">
        {KIND_LABEL[info.dataKind]} <code>{info.file}</code> could not be used
      </h2>
      <p>{summarizeDataError(info)}</p>
      {problems.length > 0 && (
        <ul className="error-panel__problems">
          {problems.map((p, i) => (
            <li key={i}><code>{formatProblem(p)}</code></li>
          ))}
        </ul>
      )}
      {!info.url.startsWith("blob:") && (
        <p className="error-panel__url">
          Address: <span className="mono">{info.url}</span>
        </p>
      )}
      {onRetry && <button type="button" className="button" onClick={onRetry}>Retry</button>}
    </section>
  );
}
