import { useMemo, type KeyboardEvent } from "react";
import type { Era, TimelineEvent } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import { useChartSize } from "../shared/useChartSize.ts";
import type { TimeDomain } from "../timeline/time.ts";
import { decimalYear, domainForKey, domainText, domainToBrush } from "./brushDomain.ts";
import { layoutOverviewStrip } from "./layout.ts";
import { useCoarsePointer } from "./useCoarsePointer.ts";
import { useOverviewBrush, type BrushInfo } from "./useOverviewBrush.ts";

export const STRIP_HEIGHT = 52;
/** Touch screens: a taller strip, and handles that are at least 44 px targets. */
export const TOUCH_STRIP_HEIGHT = 64;
const HANDLE_PX = 12;
const TOUCH_HANDLE_PX = 44;
const GRIP_WIDTH = 4;

export interface OverviewProps {
  /** The timeline's full domain: the strip always shows all of it. */
  readonly fullDomain: TimeDomain;
  /** The visible domain: where the brush sits (during a gesture too). */
  readonly domain: TimeDomain;
  /** Events as the timeline shows them (already filtered). */
  readonly events: readonly TimelineEvent[];
  /** All series; the band's series (bandSeriesOf) is sketched. */
  readonly series?: readonly Series[];
  readonly eras?: readonly Era[];
  /** Every frame of a drag with settled: false; once at its end, and for clicks and keys, with settled: true. */
  readonly onBrush: (domain: TimeDomain, info: BrushInfo) => void;
  /** Accessible name of the brush; defaults to "Overview of <full span>". */
  readonly label?: string;
  /** Overrides STRIP_HEIGHT / TOUCH_STRIP_HEIGHT. */
  readonly height?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The whole span under the timeline, with the visible window as a brush. The
 * brush is one tab stop with role="slider": its value is the window's position,
 * its valuetext the window in words. A widget role (unlike role="group") puts
 * screen readers into focus mode, so the arrow keys reach it; two sliders
 * (start, end) would cost two tab stops for what is one window.
 */
export function Overview({ fullDomain, domain, events, series, eras, onBrush, label, height: heightProp }: OverviewProps) {
  const { ref: sizeRef, size } = useChartSize<HTMLDivElement>();
  const coarse = useCoarsePointer();
  const width = size?.width ?? 0;
  const height = heightProp ?? (coarse ? TOUCH_STRIP_HEIGHT : STRIP_HEIGHT);
  // Independent of the visible domain: recomputed on resize or new data, never while zooming.
  const [f0, f1] = fullDomain;
  const strip = useMemo(
    () => (width > 0 ? layoutOverviewStrip({ fullDomain: [f0, f1], events, series: series ?? [], eras: eras ?? [], width, height }) : null),
    [f0, f1, events, series, eras, width, height],
  );
  const { ref: brushRef, live } = useOverviewBrush({ width, height, fullDomain, domain, handlePx: coarse ? TOUCH_HANDLE_PX : HANDLE_PX, onBrush });
  const px = live ?? domainToBrush(domain, fullDomain, width);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (live || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = domainForKey(e.key, e.shiftKey, domain, fullDomain);
    if (!next) return;
    e.preventDefault();
    // Home at the start, → at the end: nothing to commit (and no history entry to push).
    if (Math.abs(next[0] - domain[0]) < 1 && Math.abs(next[1] - domain[1]) < 1) return;
    onBrush(next, { settled: true });
  };

  const base = strip ? strip.plot.top + strip.plot.height : 0;
  return (
    <div className="overview" data-testid="overview" ref={sizeRef} style={{ height }}>
      {strip && (
        <svg className="overview__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <g aria-hidden="true">
            <g transform={`translate(0,${strip.plot.top})`}>
              {strip.eraLines.map((l) => (
                <line key={l.id} className="ov-era" x1={l.x} x2={l.x} y1={0} y2={strip.plot.height} />
              ))}
              {strip.seriesPath && <path className="ov-series__area" d={strip.seriesPath} />}
              {strip.densityPath && <path className="ov-density" d={strip.densityPath} />}
              {strip.seriesLine && <path className="ov-series__line" d={strip.seriesLine} />}
            </g>
            <line className="ov-axis__base" x1={0} x2={width} y1={base} y2={base} />
            {strip.ticks.map((t) => (
              <g key={t.date.getTime()}>
                <line className="ov-axis__tick" x1={t.x} x2={t.x} y1={base} y2={base + 3} />
                <text className="ov-axis__label" x={t.labelX} y={strip.labelY} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
            {/* Outside the window the marks recede; the year labels keep their contrast. */}
            <rect className="ov-shade" x={0} y={0} width={Math.max(0, px.x0)} height={base} />
            <rect className="ov-shade" x={px.x1} y={0} width={Math.max(0, width - px.x1)} height={base} />
          </g>
          <g
            ref={brushRef}
            className="overview__brush"
            data-testid="overview-brush"
            tabIndex={0}
            role="slider"
            aria-label={label ?? `Overview of ${domainText(fullDomain)}`}
            aria-valuetext={`visible window ${domainText(domain)}`}
            aria-valuemin={round1(decimalYear(fullDomain[0]))}
            aria-valuemax={round1(decimalYear(fullDomain[1]))}
            aria-valuenow={round1(decimalYear(domain[0]))}
            aria-orientation="horizontal"
            aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End + -"
            onKeyDown={onKeyDown}
          />
          {/* Drawn by React over d3's (transparent, wider) handles, so the edges show however narrow the window. */}
          <g className="ov-grips" aria-hidden="true">
            {[px.x0, px.x1].map((x, i) => (
              <rect
                key={i}
                className="ov-grip"
                x={x - GRIP_WIDTH / 2}
                y={strip.plot.top + strip.plot.height * 0.2}
                width={GRIP_WIDTH}
                height={strip.plot.height * 0.6}
                rx={GRIP_WIDTH / 2}
              />
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}
