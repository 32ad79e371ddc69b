import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { EventsDocument, TimelineEvent } from "../data/schema/events.ts";
import type { PopulationDocument } from "../data/schema/population.ts";
import { exportItems, type ExportItem } from "../export/items.ts";
import type { ExportView } from "../export/plan.ts";
import { useAppStore } from "../state/store.ts";

// "Download": a menu button (WAI-ARIA APG menu button pattern). The image is
// drawn from the page as it is when chosen; the CSVs come from the data.

interface Props {
  readonly events: EventsDocument;
  readonly population: PopulationDocument | undefined;
  /** The events after filters and search; the visible time window is read from the store. */
  readonly shown: readonly TimelineEvent[];
}

/** The code that makes the files loads on first use: most readers never download. */
async function download(item: ExportItem, view: Omit<ExportView, "now" | "pageUrl">): Promise<string> {
  const { runDownload } = await import("../export/run.ts");
  return runDownload(item, view);
}

export function DownloadMenu({ events, population, shown }: Props) {
  const domain = useAppStore((s) => s.domain);
  const items = useMemo(() => exportItems(population), [population]);
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const uid = useId();

  // Focus follows the active item while the menu is open (roving focus).
  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // A press anywhere else closes the menu, as any menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (item: ExportItem) => {
    close(true);
    setStatus({ text: `Preparing ${item.label}…`, error: false });
    download(item, { doc: events, population, shown, domain }).then(
      (text) => setStatus({ text, error: false }),
      (e: unknown) => setStatus({ text: `Could not download ${item.label}: ${e instanceof Error ? e.message : String(e)}`, error: true }),
    );
  };

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      openAt(e.key === "ArrowDown" ? 0 : -1);
    }
  };
  const onMenuKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: -1 };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      openAt(next);
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation(); // Esc closes the menu, not whatever holds it
      close(true);
    } else if (e.key === "Tab") {
      close(false);
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Type-ahead: the next item starting with the letter typed.
      const start = focusIndex + 1;
      const found = [...items.slice(start), ...items.slice(0, start)].findIndex((it) => it.label.toLowerCase().startsWith(e.key.toLowerCase()));
      if (found >= 0) openAt(start + found);
    }
  };

  return (
    <div className="download-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button download-menu__button"
        id={`${uid}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${uid}-menu`}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        Download <span className="download-menu__caret" aria-hidden="true">▾</span>
      </button>
      <ul
        id={`${uid}-menu`}
        className="download-menu__list"
        role="menu"
        aria-labelledby={`${uid}-button`}
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {items.map((item, i) => (
          <Fragment key={item.key}>
            {i > 0 && groupOf(item) !== groupOf(items[i - 1]) && <li role="separator" className="download-menu__separator" />}
            <li role="none">
              <button
                ref={(el) => {
                  itemRefs.current[i] = el;
                }}
                type="button"
                role="menuitem"
                className="download-menu__item"
                tabIndex={i === focusIndex ? 0 : -1}
                onClick={() => choose(item)}
              >
                {item.label}
              </button>
            </li>
          </Fragment>
        ))}
      </ul>
      <span className={`download-menu__status${status?.error ? " is-error" : ""}`} role="status" aria-live="polite">
        {status?.error ? status.text : ""}
        <span className="visually-hidden">{status && !status.error ? status.text : ""}</span>
      </span>
    </div>
  );
}

/** Items are grouped (images, events, series, breakdowns), with a separator between groups. */
function groupOf(item: ExportItem | undefined): string {
  return item?.kind === "svg" ? "png" : (item?.kind ?? "");
}
