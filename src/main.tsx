import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { createQueryClient, startLoading } from "./app/queryClient.ts";
import { resolveDataSources } from "./data/sources.ts";
import { createAppStore, storeInitFromUrl, type AppState } from "./state/store.ts";
import { startUrlSync } from "./state/syncUrl.ts";
import { parseUrlState } from "./state/url.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./charts/timeline/timeline.css";
import "./charts/timeline/cluster.css";
import "./charts/overview/overview.css";
import "./charts/charts.css";
import "./styles/print.css";

// Read the URL once; from here on the store is the source of truth, and
// syncUrl writes it back (and applies back/forward).
const urlState = parseUrlState(window.location.search);
const resolveSources = (p: { events?: string | undefined; population?: string | undefined }) =>
  resolveDataSources(p, window.location.href, import.meta.env.BASE_URL);
const store = createAppStore(storeInitFromUrl(urlState, resolveSources(urlState)));
startUrlSync(store, { resolveSources });

// Mode and theme are page-wide: they live on <html> so every stylesheet can read them.
function applyPageAttributes(s: AppState): void {
  const html = document.documentElement;
  html.dataset["mode"] = s.mode;
  if (s.ui.theme) html.dataset["theme"] = s.ui.theme;
  else delete html.dataset["theme"];
}
applyPageAttributes(store.getState());
store.subscribe(applyPageAttributes);

const queryClient = createQueryClient();
startLoading(queryClient, store.getState().sources, (kind, p) => store.getState().actions.setProgress(kind, p));

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} queryClient={queryClient} />
    </StrictMode>,
  );
}
