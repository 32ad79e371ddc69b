import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createAppStore, storeInitFromUrl, type AppState } from "../state/store.ts";
import { startUrlSync } from "../state/syncUrl.ts";
import { parseUrlState } from "../state/url.ts";
import { App } from "./App.tsx";
import { pageDataSources } from "./pageSources.ts";
import { createQueryClient, startLoading } from "./queryClient.ts";

/** Mode and theme are page-wide: they live on <html> so every stylesheet can read them. */
function applyPageAttributes(s: AppState): void {
  const html = document.documentElement;
  html.dataset["mode"] = s.mode;
  if (s.ui.theme) html.dataset["theme"] = s.ui.theme;
  else delete html.dataset["theme"];
}

/** Builds the store from the page's URL and draws the dashboard into `root`. */
export function startApp(root: HTMLElement): void {
  // Read the URL once; from here on the store is the source of truth, and
  // syncUrl writes it back (and applies back/forward).
  const urlState = parseUrlState(window.location.search);
  const store = createAppStore(storeInitFromUrl(urlState, pageDataSources(urlState)));
  startUrlSync(store, { resolveSources: pageDataSources });
  applyPageAttributes(store.getState());
  store.subscribe(applyPageAttributes);

  const queryClient = createQueryClient();
  startLoading(queryClient, store.getState().sources, (kind, p) => store.getState().actions.setProgress(kind, p));

  createRoot(root).render(
    <StrictMode>
      <App store={store} queryClient={queryClient} />
    </StrictMode>,
  );
}
