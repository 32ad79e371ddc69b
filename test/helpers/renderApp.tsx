import { render } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import { createQueryClient } from "../../src/app/queryClient.ts";
import { resolveDataSources } from "../../src/data/sources.ts";
import { createAppStore, storeInitFromUrl, type AppStoreInit } from "../../src/state/store.ts";
import { parseUrlState } from "../../src/state/url.ts";

export const PAGE = "http://localhost/";

/** Serves the given bodies by URL path; anything else is a 404. */
export function fakeFetch(files: Record<string, string | { status: number }>): typeof fetch {
  return (input) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const body = files[url.pathname];
    if (body === undefined) return Promise.resolve(new Response("not found", { status: 404, statusText: "Not Found" }));
    if (typeof body === "object") return Promise.resolve(new Response("", { status: body.status }));
    return Promise.resolve(new Response(body, { status: 200 }));
  };
}

/** The whole app as a page would start it, with a fresh store and query client. */
export function renderApp(search = "", init: Partial<AppStoreInit> = {}) {
  const urlState = parseUrlState(search);
  const store = createAppStore({ ...storeInitFromUrl(urlState, resolveDataSources(urlState, PAGE + search, "/")), ...init });
  const queryClient = createQueryClient();
  const result = render(<App store={store} queryClient={queryClient} />);
  return { ...result, store, queryClient };
}
