import type { DataKind } from "./validate.ts";

// The data files that ship with the site are checked against the contract when
// it is built (scripts/checkedData.ts), and their digests written into it. A
// file whose content has one of those digests is that same checked file, byte
// for byte: checking it again on every visit would only delay the first view.
// Any other content, including a shipped file changed after the build, is
// checked as usual.

export type CheckedDigests = Readonly<Record<DataKind, readonly string[]>>;

declare const __CHECKED_DATA__: CheckedDigests | undefined;

/** SHA-256 digests (hex) of the content of each kind's files checked at build; none outside a build. */
export const CHECKED_AT_BUILD: CheckedDigests =
  typeof __CHECKED_DATA__ === "undefined" ? { events: [], population: [] } : __CHECKED_DATA__;

/** The SHA-256 digest (hex) of `text` as UTF-8; null where the page may not compute one (not a secure context). */
export async function digestOf(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  try {
    const bytes = await subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return null;
  }
}
