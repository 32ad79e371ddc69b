import { useId } from "react";
import { localFiles } from "../data/sources.ts";
import { useAppStore } from "../state/store.ts";
import { urlStateOf } from "../state/syncUrl.ts";
import { toSearch } from "../state/url.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";

/**
 * Copies a link that opens exactly this view: range, selection, filters, search, mode and theme.
 * A file opened from the reader's computer cannot travel in a link, and it says so.
 */
export function ShareButton() {
  const search = useAppStore((s) => toSearch(urlStateOf(s)));
  const sources = useAppStore((s) => s.sources);
  const noteId = useId();
  const local = localFiles(sources);
  const here = typeof window === "undefined" ? "" : `${window.location.origin}${window.location.pathname}`;
  return (
    <span className="share">
      <CopyLinkButton url={`${here}${search}`} label="Share" {...(local.length ? { describedBy: noteId } : {})} />
      {local.length > 0 && (
        <span id={noteId} className="share__note">
          The link cannot carry {local.join(" and ")}: it opens the bundled data.
        </span>
      )}
    </span>
  );
}
