import { pageDataSources } from "./app/pageSources.ts";
import { earlyLoadsEnded, preloadInWorker } from "./data/workerClient.ts";
import { loadPresentPage } from "./modes/present/presentPageModule.ts";
import { parseUrlState } from "./state/url.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./charts/timeline/timeline.css";
import "./charts/timeline/cluster.css";
import "./charts/overview/overview.css";
import "./charts/charts.css";
// After the page's layout, so that the embed's own rules win where both set the same thing.
import "./modes/embed/embed.css";
import "./styles/print.css";

// This first script is small so that the data worker starts fetching and
// checking the files at once, while the app's much larger script is still
// loading and compiling; the app then picks those loads up (workerClient.ts).
const requested = parseUrlState(window.location.search);
const sources = pageDataSources(requested);
preloadInWorker(
  (["events", "population"] as const).flatMap((kind) => {
    const source = sources[kind];
    return source ? [{ dataKind: kind, url: source.url, file: source.file, bundled: source.bundled }] : [];
  }),
);

// The presenter's script is loaded only for the presenter, and then at once, beside the app's.
const presenter = requested.mode === "present" ? loadPresentPage().catch(() => undefined) : undefined;

// Once its script is in, the app waits this long at most for files the worker
// is about to finish: arrived, they are drawn in the first render, which spares
// drawing and laying out a loading state only to replace it. The worker starts
// meanwhile: it needs a few turns of this thread, which is then idle.
const EARLY_WAIT_MS = 100;

const root = document.getElementById("root");
if (root) {
  Promise.resolve(presenter)
    .then(() => import("./app/startApp.tsx"))
    .then((app) => earlyLoadsEnded(EARLY_WAIT_MS).then(() => app))
    .then(({ startApp }) => startApp(root))
    .catch((err: unknown) => {
      // Without its script there is no app to say so: a plain line instead of a blank page.
      const message = document.createElement("p");
      message.setAttribute("role", "alert");
      message.textContent = `Crossings could not start: its script did not load (${err instanceof Error ? err.message : String(err)}). Reload the page to try again.`;
      root.replaceChildren(message);
    });
}
