import { useId, useRef } from "react";

/**
 * "Open your data": a file picker for events and population JSON. The input
 * itself is visually hidden but stays in the tab order behind its label, so the
 * button works by keyboard and by click alike.
 */
export function OwnDataButton({ onFiles, busy }: { readonly onFiles: (files: File[]) => void; readonly busy: boolean }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="own-data__open" aria-label="Your own data">
      <input
        ref={input}
        id={id}
        className="visually-hidden own-data__input"
        type="file"
        accept=".json,application/json"
        multiple
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so that opening the same file again (after fixing it) fires again.
          e.currentTarget.value = "";
          onFiles(files);
        }}
      />
      <label htmlFor={id} className="button own-data__label">Open your data…</label>
      <span id={`${id}-hint`} className="own-data__hint">
        Events or population JSON, or drop it on the page. Checked here in your browser; nothing is uploaded.
      </span>
    </section>
  );
}
