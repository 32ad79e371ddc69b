// The URL codec: pure, lenient. A parameter that cannot be read falls back to
// its default (undefined here), never throws.

export const MODES = ["explore", "embed", "present"] as const;
export type ModeName = (typeof MODES)[number];

export interface UrlState {
  readonly mode: ModeName;
  readonly events?: string;
  readonly population?: string;
  readonly event?: string;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const mode = params.get("mode");
  return {
    mode: (MODES as readonly string[]).includes(mode ?? "") ? (mode as ModeName) : "explore",
    ...nonEmpty("events", params.get("events")),
    ...nonEmpty("population", params.get("population")),
    ...idParam("event", params.get("event")),
  };
}

function nonEmpty<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  const v = value?.trim();
  return v ? ({ [key]: v } as { [P in K]?: string }) : {};
}

function idParam<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return value && /^[a-z0-9][a-z0-9-]*$/.test(value) ? ({ [key]: value } as { [P in K]?: string }) : {};
}
