import { PALETTE_SIZE } from "./categoryStyle.ts";

// Paint shared by the breakdown views. SVG presentation attributes do not
// read CSS variables, so colours go through `style`, where they do.

export function catColor(colorIndex: number): string {
  return `var(--cat-${colorIndex})`;
}

export function hatchId(prefix: string, colorIndex: number): string {
  return `${prefix}-hatch-${colorIndex}`;
}

/** Diagonal hatching in each palette colour: the mark for derived shares and lower bounds. */
export function HatchPatterns({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {Array.from({ length: PALETTE_SIZE }, (_, i) => (
        <pattern
          key={i}
          id={hatchId(prefix, i)}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} style={{ fill: "var(--bg)" }} />
          <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: catColor(i), strokeWidth: 3 }} />
        </pattern>
      ))}
    </defs>
  );
}

/** A small square in the key, painted like the marks it names. */
export function Swatch({ colorIndex, treatment }: { readonly colorIndex: number; readonly treatment: "solid" | "outline" | "hatch" | "light" }) {
  return (
    <span
      className={`chart-key__swatch chart-key__swatch--${treatment}`}
      style={{ ["--swatch" as string]: catColor(colorIndex) }}
      aria-hidden="true"
    />
  );
}
