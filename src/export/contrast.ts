// WCAG 2 contrast, for checking the themes' tokens in a test: the numbers are
// the ones axe and the guidelines use, computed from the #rrggbb values that
// tokens.css declares.

/** Relative luminance of a #rgb or #rrggbb colour (WCAG 2.x); null when it is not one. */
export function luminance(hex: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The contrast ratio of two colours, 1 to 21; null when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export type Tokens = ReadonlyMap<string, string>;

/**
 * The custom properties declared in the first rule whose selector matches
 * `selector` exactly (after collapsing whitespace), e.g. ':root' or
 * ':root[data-theme="dark"]'. Comments are ignored; nested @media blocks are
 * searched too, so `:root:not([data-theme="light"])` finds the dark block
 * inside prefers-color-scheme.
 */
export function tokensOf(css: string, selector: string): Tokens {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rule = /([^{};]+)\{([^{}]*)\}/g;
  for (let m = rule.exec(clean); m; m = rule.exec(clean)) {
    const sel = (m[1] ?? "").replace(/\s+/g, " ").trim();
    if (sel !== selector) continue;
    const tokens = new Map<string, string>();
    for (const d of (m[2] ?? "").matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
      if (d[1] && d[2]) tokens.set(d[1], d[2].trim());
    }
    return tokens;
  }
  return new Map();
}

export interface ContrastCheck {
  readonly fg: string;
  readonly bg: string;
  readonly ratio: number;
  readonly min: number;
}

/** Each pair's ratio under a theme (a light base with the theme's overrides); pairs naming an unknown token are skipped. */
export function checkPairs(
  tokens: Tokens,
  pairs: readonly (readonly [fg: string, bg: string, min?: number])[],
): ContrastCheck[] {
  return pairs.flatMap(([fg, bg, min = 4.5]) => {
    const a = tokens.get(fg);
    const b = tokens.get(bg);
    const ratio = a && b ? contrastRatio(a, b) : null;
    return ratio === null ? [] : [{ fg, bg, ratio: Math.round(ratio * 100) / 100, min }];
  });
}
