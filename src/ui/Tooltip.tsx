interface Props {
  readonly x: number;
  readonly y: number;
  /** Width of the box the tooltip must stay inside. */
  readonly boundsWidth: number;
  readonly children: React.ReactNode;
}

const MAX_WIDTH = 280;

/** A small label near the pointer or the focused mark, kept inside its container. */
export function Tooltip({ x, y, boundsWidth, children }: Props) {
  // Centred on x (CSS translates by -50%), but never past either edge.
  const half = Math.min(MAX_WIDTH, boundsWidth) / 2;
  const left = Math.max(half, Math.min(x, boundsWidth - half));
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: y, maxWidth: MAX_WIDTH }}>
      {children}
    </div>
  );
}
