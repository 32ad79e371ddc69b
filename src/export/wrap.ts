// Exported SVG cannot use foreignObject (it would taint the PNG's canvas and
// many viewers ignore it), so long lines are broken into <text> lines here,
// with whatever measure the caller has: canvas metrics in the browser, an
// estimate in tests.

/** Width in px of `text` in the font the caller has in mind. */
export type Measure = (text: string) => number;

/**
 * Greedy word wrap: as many words per line as fit in maxWidth. Line breaks in
 * the text are kept. A word wider than a line (a long URL) is cut where it
 * must be, preferably after a "/" or "-" that still fits.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (measure(joined) <= maxWidth) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakWord(word, maxWidth, measure);
      line = pieces.pop() ?? "";
      lines.push(...pieces);
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that each fit (a single character always counts as fitting). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join("")) <= maxWidth) end++;
    if (end < chars.length) {
      // Prefer to cut after a separator, as long as the piece keeps at least half its length.
      const soft = chars.slice(start, end).findLastIndex((c) => c === "/" || c === "-" || c === "?" || c === "&");
      if (soft >= 0 && soft + 1 >= (end - start) / 2) end = start + soft + 1;
    }
    pieces.push(chars.slice(start, end).join(""));
    start = end;
  }
  return pieces;
}
