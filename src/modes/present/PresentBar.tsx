interface Props {
  readonly title: string;
  readonly current: number;
  readonly count: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly fullscreen: { readonly active: boolean; readonly supported: boolean; readonly toggle: () => void };
  /** The panel with every source, the data's date and the licence: shown or not, and its toggle. */
  readonly credits: { readonly open: boolean; readonly toggle: () => void };
}

/** The top of every slide: the dataset's title, where we are in the story, and the controls a mouse needs. */
export function PresentBar({ title, current, count, onPrevious, onNext, fullscreen, credits }: Props) {
  const progress = count > 0 ? (current / count) * 100 : 0;
  return (
    <header className="present-bar">
      {/* The dataset is the page's subject (its h1), shown small: the slide's own title is the step's. */}
      <h1 className="present-bar__title">{title}</h1>
      <nav className="present-bar__nav" aria-label="Story steps">
        {/* aria-disabled, not disabled: at either end the button keeps focus instead of dropping it to the page. */}
        <button type="button" className="present-button" onClick={onPrevious} aria-disabled={current <= 1} aria-keyshortcuts="ArrowLeft PageUp">
          <span aria-hidden="true">‹ </span>Previous
        </button>
        <p className="present-bar__counter" data-testid="step-counter" aria-label={`Step ${current} of ${count}`}>
          {current} / {count}
        </p>
        <button type="button" className="present-button present-button--next" onClick={onNext} aria-disabled={current >= count} aria-keyshortcuts="ArrowRight PageDown Space">
          Next<span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="present-button present-button--quiet" onClick={credits.toggle} aria-expanded={credits.open} aria-controls="present-credits">
          Sources
        </button>
        {fullscreen.supported && (
          <button type="button" className="present-button present-button--quiet" onClick={fullscreen.toggle} aria-pressed={fullscreen.active} aria-keyshortcuts="F">
            {fullscreen.active ? "Exit full screen" : "Full screen"}
          </button>
        )}
      </nav>
      <div
        className="present-bar__progress"
        role="progressbar"
        aria-label="Progress through the story"
        aria-valuemin={1}
        aria-valuemax={Math.max(1, count)}
        aria-valuenow={current}
        aria-valuetext={`Step ${current} of ${count}`}
      >
        <div className="present-bar__progress-fill" style={{ width: `${progress}%` }} />
      </div>
    </header>
  );
}
