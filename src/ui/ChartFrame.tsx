import { SourceLink } from "./SourceLink.tsx";
import { Fragment, useId, useState, type ReactNode } from "react";
import { DataTable, type TableData } from "./DataTable.tsx";

// The figure around every chart (Our World in Data's frame): what is shown and
// when, the chart or its table, then notes, footnotes and where it comes from.

export interface FrameSource {
  readonly name: string;
  readonly url: string;
  /** What this source is for, when it covers only some of the figures ("Women and Children"). */
  readonly for?: string;
}

export interface FrameFootnote {
  readonly marker: string;
  readonly text: string;
}

export interface ChartFrameProps {
  /** Anchor for links to this figure. */
  readonly id: string;
  readonly title: string;
  /** Date and measure, e.g. "7 Jan 2023 · 524 people in total". */
  readonly subtitle?: string;
  /** Appended to the subtitle when it does not already name the unit. */
  readonly unit?: string;
  readonly notes?: readonly string[];
  readonly footnotes?: readonly FrameFootnote[];
  readonly sources: readonly FrameSource[];
  readonly table: TableData;
  readonly children: ReactNode;
  /** Drawn with an accent outline, for figures linked to a selection elsewhere. */
  readonly highlighted?: boolean;
  /** Extra controls beside "Show as table". */
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly "data-breakdown-id"?: string;
  readonly "data-series-id"?: string;
}


export function ChartFrame(props: ChartFrameProps) {
  const { id, title, subtitle, unit, notes = [], footnotes = [], sources, table, children, highlighted = false } = props;
  const [showTable, setShowTable] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const notesLong = notes.join(" ").length > 160;
  const uid = useId();
  const titleId = `${uid}-title`;
  const bodyId = `${uid}-body`;
  const subtitleText = [subtitle, unit].filter((s) => s !== undefined && s !== "").join(" · ");
  const main = sources.filter((s) => s.for === undefined);
  const perPart = sources.filter((s) => s.for !== undefined);
  return (
    <figure
      id={id}
      className={["chart-frame", props.className].filter(Boolean).join(" ")}
      aria-labelledby={titleId}
      data-highlighted={highlighted ? "true" : undefined}
      data-breakdown-id={props["data-breakdown-id"]}
      data-series-id={props["data-series-id"]}
    >
      <header className="chart-frame__header">
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
        {subtitleText !== "" && <p className="chart-frame__subtitle">{subtitleText}</p>}
      </header>
      <div className="chart-frame__tools">
        <button
          type="button"
          className="chart-frame__toggle"
          aria-pressed={showTable}
          aria-controls={bodyId}
          onClick={() => setShowTable((v) => !v)}
        >
          Show as table
        </button>
        {props.actions}
      </div>
      <div id={bodyId} className="chart-frame__body">
        {showTable ? <DataTable {...table} caption={table.caption ?? title} /> : children}
      </div>
      <figcaption className="chart-frame__caption">
        {notes.length > 0 && (
          // Where space is short (beside the timeline) long notes fold to a few lines; the button unfolds them.
          <div className="chart-frame__notes" data-expanded={notesOpen ? "true" : "false"} data-long={notesLong ? "true" : "false"}>
            {notes.map((note, i) => (
              <p key={`n${i}`} className="chart-frame__note">
                {note}
              </p>
            ))}
          </div>
        )}
        {notesLong && (
          <button type="button" className="chart-frame__more" aria-expanded={notesOpen} onClick={() => setNotesOpen((v) => !v)}>
            {notesOpen ? "Show less" : "Show the full note"}
          </button>
        )}
        {footnotes.map((f, i) => (
          <p key={`f${i}`} className="chart-frame__footnote">
            <span className="chart-frame__marker">{f.marker}</span> {f.text}
          </p>
        ))}
        {sources.length > 0 && (
          <p className="chart-frame__source">
            {main.length + perPart.length > 1 ? "Sources: " : "Source: "}
            {main.map((s, i) => (
              <Fragment key={`m${i}`}>
                {i > 0 && "; "}
                <SourceLink name={s.name} url={s.url} />
              </Fragment>
            ))}
            {perPart.map((s, i) => (
              <Fragment key={`p${i}`}>
                {main.length + i > 0 && "; "}
                {s.for}: <SourceLink name={s.name} url={s.url} />
              </Fragment>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
