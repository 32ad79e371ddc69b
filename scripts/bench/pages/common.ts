import type { EventsDocument } from "../../../src/data/schema/events.ts";

// What the two reference pages share: read the same ?events= file Crossings reads,
// mark "bench:ready" when drawn, and expose the visible window so the benchmark
// can check that a wheel really zoomed.

declare global {
  interface Window {
    __benchView?: () => readonly number[];
    __benchError?: string;
  }
}

export async function loadEvents(): Promise<EventsDocument["events"]> {
  const url = new URLSearchParams(location.search).get("events");
  if (!url) throw new Error("no ?events= given");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const doc = (await response.json()) as EventsDocument;
  return doc.events;
}

export function fail(err: unknown): void {
  window.__benchError = err instanceof Error ? err.message : String(err);
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = `page failed: ${window.__benchError}`;
  document.body.append(p);
}
