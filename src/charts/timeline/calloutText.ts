import type { MeasureText } from "../shared/measureText.ts";
import { textCaches } from "../shared/textCache.ts";
import { fitLabelText } from "./labels.ts";

// A callout's text: the event's title cut to a short phrase (see callouts.ts).

// Words a shortened callout should not end on ("…raids detain at least…").
const DANGLING = new Set([
  "a", "an", "the", "of", "in", "into", "to", "from", "at", "least", "on", "by", "for", "with", "and", "or", "as",
  "about", "over", "more", "than", "its", "their", "after", "before", "while",
]);
const BREAKS = [", ", "; ", " – ", " — ", " and ", " as ", " after ", " while "];
const MIN_CLAUSE = 16;

/**
 * A title cut to a callout: whole when it has at most maxChars characters,
 * else its first clause ("Taliban take Kabul" from "… as President Ghani
 * flees") when that is long enough to say something, else whole words with
 * "…", never ending on a dangling little word.
 */
export function calloutText(title: string, maxChars = 40): string {
  const text = title.trim().replace(/\s+/gu, " ");
  if ([...text].length <= maxChars) return text;
  let clause = "";
  for (const br of BREAKS) {
    const at = text.indexOf(br, MIN_CLAUSE);
    const head = at > 0 ? text.slice(0, at) : "";
    // "Pakistan, Afghanistan and UNHCR sign…": an "and" after a comma joins a list, not two clauses.
    if (br === " and " && head.includes(",")) continue;
    if (head !== "" && head.length <= maxChars && (clause === "" || head.length < clause.length)) clause = head;
  }
  if (clause !== "") return clause;
  const words: string[] = [];
  let length = 0;
  for (const word of text.split(" ")) {
    if (length + word.length + (words.length > 0 ? 1 : 0) > maxChars - 1) break;
    length += word.length + (words.length > 0 ? 1 : 0);
    words.push(word);
  }
  while (words.length > 1 && DANGLING.has((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  if (words.length === 0) return `${[...text].slice(0, maxChars - 1).join("")}…`;
  return `${words.join(" ").replace(/[\s,;:.–—-]+$/u, "")}…`;
}

const caches = textCaches<{ text: string; width: number }>(5000);

/** calloutText, then fitted to maxWidth if the font is wide; memoised per measurer (it runs on every zoom frame). */
export function measuredCallout(
  title: string, maxChars: number, maxWidth: number, measure: MeasureText, fontPx: number,
): { text: string; width: number } {
  const cache = caches(measure, `${fontPx}|${maxChars}|${maxWidth}`);
  const hit = cache.get(title);
  if (hit) return hit;
  let text = calloutText(title, maxChars);
  if (measure(text, fontPx) > maxWidth) text = fitLabelText(text.replace(/…$/u, ""), maxWidth, measure, fontPx);
  const result = { text, width: text === "" ? 0 : measure(text, fontPx) };
  cache.set(title, result);
  return result;
}
