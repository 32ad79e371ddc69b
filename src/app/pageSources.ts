import { resolveDataSources, type DataSources } from "../data/sources.ts";
import { parseUrlState } from "../state/url.ts";

/** The data files this page's address asks for (the bundled pair by default). */
export function pageDataSources(
  requested: { readonly events?: string | undefined; readonly population?: string | undefined } = parseUrlState(window.location.search),
): DataSources {
  return resolveDataSources(requested, window.location.href, import.meta.env.BASE_URL);
}
