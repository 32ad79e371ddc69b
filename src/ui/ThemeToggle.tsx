import { useId } from "react";
import { useActions, useAppStore } from "../state/store.ts";
import type { ThemeName } from "../state/url.ts";

// Light, dark, or the system's choice. The store holds it (null = system);
// main.tsx puts it on <html data-theme>, and the URL sync writes ?theme=.
// Native radio buttons: arrow keys move between them and one tab stop reaches
// them. A div with role="radiogroup" rather than a fieldset, which cannot be
// laid out as one row of equal-height segments reliably across browsers.

const OPTIONS: readonly { readonly value: ThemeName | null; readonly label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: null, label: "System" },
];

export function ThemeToggle() {
  const theme = useAppStore((s) => s.ui.theme);
  const { setTheme } = useActions();
  const name = useId();
  return (
    <div className="theme-toggle" role="radiogroup" aria-label="Colour theme">
      {OPTIONS.map((o) => (
        <label key={o.label} className="theme-toggle__option">
          <input
            type="radio"
            className="theme-toggle__input"
            name={name}
            value={o.value ?? "system"}
            checked={theme === o.value}
            onChange={() => setTheme(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
