import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// A second, deliberately different CSV reader (a regex per line), so that the
// tests do not trust the script's own parser to check the script's output.

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATA = `${ROOT}data`;
export const RAW = `${DATA}/raw`;

export function readRawCsv(name: string): Record<string, string>[] {
  const lines = readFileSync(`${RAW}/${name}`, "utf8").split("\n").filter((l) => l !== "");
  const [head, ...body] = lines.map(splitLine);
  if (head === undefined) throw new Error(`${name} is empty`);
  return body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? "MISSING"])));
}

function splitLine(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => {
    const cell = m[1] ?? "";
    return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
  });
}

/** The cell as the chart should show it: a number, or null for an empty cell. */
export function cellValue(cell: string | undefined): number | null {
  if (cell === undefined) throw new Error("no such cell");
  return cell === "" ? null : Number(cell);
}
