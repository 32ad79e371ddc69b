// What makes an exported SVG file depend on something outside itself. Used by
// the tests (unit and browser) as the definition of "standalone"; string
// checks, so they run the same in node, jsdom and a page.

export function standaloneProblems(svg: string): string[] {
  const problems: string[] = [];
  const root = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/.exec(svg)?.[1];
  if (root === undefined) return ["the file does not start with <svg>"];
  if (!/\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(root)) problems.push("the root has no SVG xmlns");
  for (const attr of ["width", "height", "viewBox"]) {
    if (!new RegExp(`\\s${attr}="[^"]+"`).test(root)) problems.push(`the root has no ${attr}`);
  }
  if (svg.includes("var(")) problems.push("a CSS variable (var(--…)) is left");
  if (/<foreignObject\b/i.test(svg)) problems.push("a foreignObject is used");
  if (/<(script|image|iframe)\b/i.test(svg)) problems.push("an element that loads or runs something else is used");
  if (/@import|@font-face/i.test(svg)) problems.push("a stylesheet loads something else");
  for (const m of svg.matchAll(/\s(?:xlink:)?href="([^"]*)"/g)) {
    if (!m[1]?.startsWith("#")) problems.push(`a link points outside the file: ${m[1] ?? ""}`);
  }
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const m of svg.matchAll(/url\(\s*(?:&quot;|["'])?([^"')&]*)/g)) {
    const target = m[1] ?? "";
    if (!target.startsWith("#") || !ids.has(target.slice(1))) problems.push(`url(${target}) does not point inside the file`);
  }
  return problems;
}
