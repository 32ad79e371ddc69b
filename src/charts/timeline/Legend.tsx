import type { CategoryStyle } from "../shared/categoryStyle.ts";
import { symbolPath } from "../shared/categoryStyle.ts";

interface Props {
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  readonly counts: ReadonlyMap<string, number>;
}

/** The categories, with the marker each is drawn with and how many events it holds. */
export function Legend({ styles, counts }: Props) {
  return (
    <ul className="legend" aria-label="Event categories">
      {[...styles.values()].map((s) => (
        <li key={s.id} className="legend__item">
          <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" style={{ color: s.color }}>
            <path d={symbolPath(s, 60)} className="legend__symbol" />
          </svg>
          <span>{s.label || s.id}</span>
          <span className="legend__count">{counts.get(s.id) ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
