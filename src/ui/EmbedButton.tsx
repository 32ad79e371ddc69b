import { lazy, Suspense, useState } from "react";

// The dialog (snippet builder, live preview) loads on first use: most readers never open it.
const EmbedDialog = lazy(() => import("./EmbedDialog.tsx").then((m) => ({ default: m.EmbedDialog })));

export function EmbedButton({ title }: { readonly title?: string | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog title={title || "Crossings"} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
