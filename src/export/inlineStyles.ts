// A chart cloned out of the page loses its stylesheet: its classes mean nothing
// in a downloaded file, and var(--…) has no tokens to read there. So each
// element of the clone gets, as a style attribute, the computed values that
// paint it. The style getter is injected (getComputedStyle in the browser, a
// table in tests), and anything the file could not resolve on its own
// (variables, links out, references to ids it lacks) is removed.

export interface StyleLike {
  getPropertyValue(name: string): string;
}
export type StyleOf = (el: Element) => StyleLike;
/** The value of a custom property ("--bg") where the chart was drawn; "" when unset. */
export type VarLookup = (name: string) => string;

/** Inherited properties: written where they differ from the parent's, so the file stays small. */
export const INHERITED = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linejoin",
  "stroke-linecap", "paint-order", "font-family", "font-size", "font-weight", "font-style", "font-variant-numeric",
  "text-anchor", "dominant-baseline", "letter-spacing",
] as const;
/** Not inherited, with the initial value that need not be written. */
export const OWN: Readonly<Record<string, string>> = { opacity: "1" };

/** Computed transparency ("rgba(0, 0, 0, 0)") written as "none", which every SVG viewer reads. */
function paintValue(name: string, value: string): string {
  if ((name === "fill" || name === "stroke") && /^(transparent|rgba\([^)]*,\s*0\))$/.test(value.replace(/\s+/g, " "))) return "none";
  return value;
}

/** The declarations an element needs: "fill: rgb(…); stroke-width: 1px". With no parent, every inherited one. */
export function declarations(style: StyleLike, parent: StyleLike | null): string {
  const out: string[] = [];
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name).trim();
    if (value && (!parent || value !== parent.getPropertyValue(name).trim())) out.push(`${name}: ${paintValue(name, value)}`);
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(name).trim();
    if (value && value !== initial) out.push(`${name}: ${value}`);
  }
  return out.join("; ");
}

/** var(--x) and var(--x, fallback) replaced by their values, nested ones included; an unknown one with no fallback by "". */
export function resolveVars(value: string, lookup: VarLookup, depth = 0): string {
  const at = value.indexOf("var(");
  if (at < 0 || depth > 10) return at < 0 ? value : value.replace(/var\([^)]*\)/g, "");
  let level = 0;
  let end = at + 4;
  for (; end < value.length; end++) {
    if (value[end] === "(") level++;
    else if (value[end] === ")" && level-- === 0) break;
  }
  const body = value.slice(at + 4, end);
  const comma = body.indexOf(",");
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const fallback = comma < 0 ? "" : body.slice(comma + 1).trim();
  const found = lookup(name).trim() || fallback;
  return resolveVars(value.slice(0, at) + found + value.slice(end + 1), lookup, depth + 1);
}

/** url(#id) references kept only when the id is in the file; other urls become "none". */
export function localUrls(value: string, ids: ReadonlySet<string>): string {
  return value.replace(/url\(\s*["']?([^"')]*)["']?\s*\)/g, (_, target: string) => {
    const hash = target.lastIndexOf("#");
    const id = hash >= 0 ? target.slice(hash + 1) : "";
    return id && ids.has(id) ? `url(#${id})` : "none";
  });
}

const DROP_ATTRIBUTE = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;

/**
 * Writes the computed paint of each element of `source` onto the matching
 * element of `clone` (a cloneNode(true) of it), and strips what only the page
 * understood. Elements not displayed are removed.
 */
export function inlineStyles(source: Element, clone: Element, styleOf: StyleOf, lookup: VarLookup): void {
  const ids = new Set([...clone.querySelectorAll("[id]")].map((el) => el.id));
  const hidden: Element[] = [];
  const visit = (src: Element, dst: Element, parent: StyleLike | null) => {
    const style = styleOf(src);
    if (style.getPropertyValue("display").trim() === "none") {
      hidden.push(dst);
      return;
    }
    for (const attr of [...dst.attributes]) {
      const isLink = attr.localName === "href" && !attr.value.startsWith("#");
      if (isLink || DROP_ATTRIBUTE.test(attr.name)) dst.removeAttributeNode(attr);
      else if (attr.value.includes("var(") || attr.value.includes("url(")) {
        dst.setAttribute(attr.name, localUrls(resolveVars(attr.value, lookup), ids));
      }
    }
    const css = localUrls(resolveVars(declarations(style, parent), lookup), ids);
    if (css) dst.setAttribute("style", css);
    const from = [...src.children];
    const to = [...dst.children];
    from.forEach((child, i) => {
      const twin = to[i];
      if (twin) visit(child, twin, style);
    });
  };
  visit(source, clone, null);
  for (const el of hidden) el.remove();
}
