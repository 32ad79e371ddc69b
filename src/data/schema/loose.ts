// Cross-field rules run even when other parts of a file are broken, so that a
// person sees every problem at once. They therefore read the input loosely:
// a field of the wrong shape is skipped here (its own rule reports it).

export type Loose = Record<string, unknown>;

export function isRecord(v: unknown): v is Loose {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

export function records(v: unknown): readonly (Loose | undefined)[] {
  return list(v).map((x) => (isRecord(x) ? x : undefined));
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Reports every later duplicate of a key, pointing at where it was first seen. */
export function duplicates(
  items: readonly (Loose | undefined)[],
  key: string,
  listName: string,
  describe: (value: string, firstIndex: number) => string,
): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const value = str(item?.[key]);
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else issues.push({ path: [listName, i, key], message: describe(value, first) });
  });
  return issues;
}
