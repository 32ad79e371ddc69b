import type { CategoryStyle } from "../shared/categoryStyle.ts";
import { symbolPath } from "../shared/categoryStyle.ts";

interface Props {
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  /** Events per category that match the current search. */
  readonly counts: ReadonlyMap<string, number>;
  /** Categories shown; null = all. */
  readonly visible: readonly string[] | null;
  readonly onToggle?: ((id: string) => void) | undefined;
  readonly onShowAll?: (() => void) | undefined;
}

/** The categories as chips: each shows its marker and count, and turns its events on or off. */
export function Legend({ styles, counts, visible, onToggle, onShowAll }: Props) {
  const shown = visible ? new Set(visible) : null;
  return (
    <div className="legend" role="group" aria-label="Filter by category">
      {[...styles.values()].map((s) => {
        const on = !shown || shown.has(s.id);
        const content = (
          <>
            <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" style={{ color: s.color }}>
              <path d={symbolPath(s, 60)} className="legend__symbol" />
            </svg>
            <span>{s.label || s.id}</span>
            <span className="legend__count">{counts.get(s.id) ?? 0}</span>
          </>
        );
        return onToggle ? (
          <button
            key={s.id}
            type="button"
            className={`legend__chip${on ? "" : " is-off"}`}
            aria-pressed={on}
            data-category={s.id}
            onClick={() => onToggle(s.id)}
          >
            {content}
          </button>
        ) : (
          <span key={s.id} className="legend__chip" data-category={s.id}>{content}</span>
        );
      })}
      {shown && onShowAll && (
        <button type="button" className="legend__all" onClick={onShowAll}>
          Show all
        </button>
      )}
    </div>
  );
}
