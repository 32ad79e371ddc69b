import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { CheckedDigests } from "../src/data/checkedAtBuild.ts";
import { validateText, type DataKind } from "../src/data/validate.ts";

// Which shipped data files the built site may take as already checked
// (src/data/checkedAtBuild.ts). A file is listed only when it passes the
// contract and checking it changes nothing (no key dropped, nothing
// rewritten), so reading it plainly gives the very document a check would.

export interface CheckedData {
  readonly digests: CheckedDigests;
  /** Why a file is not listed; its readers then check it as any other. */
  readonly notes: readonly string[];
}

/** The digest checkedAtBuild.ts computes in the browser: SHA-256 of the text as UTF-8, without a byte-order mark. */
export function digestOfText(text: string): string {
  return createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");
}

export function checkData(files: Readonly<Record<DataKind, string>>): CheckedData {
  const digests: Record<DataKind, string[]> = { events: [], population: [] };
  const notes: string[] = [];
  for (const kind of ["events", "population"] as const) {
    const path = files[kind];
    const name = basename(path);
    let text: string;
    try {
      // A browser's TextDecoder drops a byte-order mark too.
      text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    } catch (err) {
      notes.push(`${name} could not be read (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const result = validateText(kind, text, name);
    if (!result.ok) {
      const first = result.problems[0];
      notes.push(`${name} does not pass the ${kind} contract${first ? `: ${first.path} ${first.message}` : ""}`);
    } else if (!isDeepStrictEqual(result.data, JSON.parse(text))) {
      notes.push(`${name} passes the ${kind} contract, but checking it changes it (a key it does not know is dropped)`);
    } else {
      digests[kind].push(digestOfText(text));
    }
  }
  return { digests, notes };
}
