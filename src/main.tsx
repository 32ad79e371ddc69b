import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { createQueryClient } from "./app/queryClient.ts";
import { resolveDataSources } from "./data/sources.ts";
import { createAppStore } from "./state/store.ts";
import { parseUrlState } from "./state/url.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./charts/timeline/timeline.css";
import "./charts/charts.css";

// Read the URL once; from here on the store is the source of truth.
const urlState = parseUrlState(window.location.search);
const store = createAppStore({
  mode: urlState.mode,
  sources: resolveDataSources(urlState, window.location.href, import.meta.env.BASE_URL),
  selectedEventId: urlState.event ?? null,
});
document.documentElement.dataset["mode"] = urlState.mode;

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}
