import { memo, type KeyboardEvent } from "react";
import { clusterAriaLabel, type PlacedCluster } from "./cluster.ts";

/** Pill height: a little less than a lane, so pills in one lane never touch marks in the next. */
export const CLUSTER_HEIGHT = 18;

interface Props {
  readonly clusters: readonly PlacedCluster[];
  readonly selectedId: string | null;
  readonly focusedId: string | null;
  readonly onZoomToCluster?: ((cluster: PlacedCluster) => void) | undefined;
}

/**
 * One pill per cluster, with its count. Activating it (click, Enter, Space)
 * asks the container to zoom to clusterExtentDomain(cluster). The root <svg>
 * delegates only [data-event-id] clicks, so clusters handle their own, and
 * carry data-cluster-id for anything else that needs to find them.
 */
export const ClusterMarks = memo(function ClusterMarks({ clusters, selectedId, focusedId, onZoomToCluster }: Props) {
  if (clusters.length === 0) return null;
  const zoom = (c: PlacedCluster) => onZoomToCluster?.(c);
  const onKey = (c: PlacedCluster) => (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    // The timeline's own key handler would take Enter as "open the focused event".
    e.preventDefault();
    e.stopPropagation();
    zoom(c);
  };
  return (
    <g className="tl-clusters">
      {clusters.map((c) => {
        const holdsSelection = selectedId !== null && c.eventIds.includes(selectedId);
        const cls = `tl-cluster${holdsSelection ? " is-selected" : selectedId !== null ? " is-receded" : ""}`;
        return (
          <g
            key={c.id}
            className={cls}
            data-cluster-id={c.id}
            data-cluster-size={c.size}
            id={`tl-cluster-${c.id}`}
            role="button"
            tabIndex={c.id === focusedId ? 0 : -1}
            aria-label={clusterAriaLabel(c)}
            onClick={() => zoom(c)}
            onKeyDown={onKey(c)}
          >
            <rect
              className="tl-cluster__pill"
              x={c.x0}
              y={c.y - CLUSTER_HEIGHT / 2}
              width={Math.max(1, c.x1 - c.x0)}
              height={CLUSTER_HEIGHT}
              rx={CLUSTER_HEIGHT / 2}
            />
            <text className="tl-cluster__count" x={c.cx} y={c.y} textAnchor="middle" dominantBaseline="central" aria-hidden="true">
              {c.text}
            </text>
          </g>
        );
      })}
    </g>
  );
});
