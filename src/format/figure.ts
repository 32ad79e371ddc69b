import { formatPeople } from "./number.ts";

export interface FigureLike {
  readonly value: number;
  readonly unit?: string | undefined;
  readonly approximate?: boolean | undefined;
  readonly atLeast?: boolean | undefined;
}

/** "at least 1,200 people", "~1,300,000 people", "524": a value said as honestly as it is known. */
export function formatFigureValue(f: FigureLike): string {
  const number = formatPeople(f.value);
  const qualified = f.atLeast ? `at least ${number}` : f.approximate ? `~${number}` : number;
  return f.unit ? `${qualified} ${f.unit}` : qualified;
}
