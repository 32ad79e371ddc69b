import type { LocalOutcome } from "../../data/localFile.ts";
import type { Problem } from "../../data/problems.ts";
import type { DataKind, DocumentOf } from "../../data/validate.ts";

export interface Accepted<K extends DataKind = DataKind> {
  readonly file: string;
  readonly blob: Blob;
  readonly doc: DocumentOf[K];
}

export interface Refused {
  readonly file: string;
  readonly summary: string;
  readonly problems: readonly Problem[];
}

export interface OpenPlan {
  readonly accepted: { readonly events?: Accepted<"events">; readonly population?: Accepted<"population"> };
  /** In the order the files were given: each with everything wrong with it. */
  readonly refused: readonly Refused[];
}

/**
 * Which of the files a reader opened at once will be shown. Each valid file
 * replaces the current one of its kind; two of the same kind are both refused,
 * since guessing which was meant would show the wrong one half the time.
 */
export function planOpen(read: readonly { readonly blob: Blob; readonly outcome: LocalOutcome }[]): OpenPlan {
  const byKind = new Map<DataKind, { blob: Blob; outcome: Extract<LocalOutcome, { ok: true }> }[]>();
  const refused: Refused[] = [];
  for (const { blob, outcome } of read) {
    if (!outcome.ok) refused.push({ file: outcome.file, summary: outcome.summary, problems: outcome.problems });
    else byKind.set(outcome.kind, [...(byKind.get(outcome.kind) ?? []), { blob, outcome }]);
  }
  const accepted: { events?: Accepted<"events">; population?: Accepted<"population"> } = {};
  for (const [kind, list] of byKind) {
    const [only] = list;
    if (list.length > 1 || !only) {
      const names = list.map((x) => x.outcome.file).join(" and ");
      for (const x of list) {
        refused.push({ file: x.outcome.file, summary: `${names} are ${list.length === 2 ? "both" : "all"} ${kind} files: open one ${kind} file at a time.`, problems: [] });
      }
      continue;
    }
    const { outcome } = only;
    if (outcome.kind === "events") accepted.events = { file: outcome.file, blob: only.blob, doc: outcome.doc };
    else accepted.population = { file: outcome.file, blob: only.blob, doc: outcome.doc };
  }
  const order = new Map(read.map((r, i) => [r.outcome.file, i]));
  refused.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { accepted, refused };
}
