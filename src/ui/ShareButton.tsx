import { useAppStore } from "../state/store.ts";
import { urlStateOf } from "../state/syncUrl.ts";
import { toSearch } from "../state/url.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";

/** Copies a link that opens exactly this view: range, selection, filters, search, mode and theme. */
export function ShareButton() {
  const search = useAppStore((s) => toSearch(urlStateOf(s)));
  const here = typeof window === "undefined" ? "" : `${window.location.origin}${window.location.pathname}`;
  return <CopyLinkButton url={`${here}${search}`} label="Share" />;
}
