// Files leave the page through a temporary <a download> on a blob: URL: no
// server round trip, and allowed by the site's CSP (img-src blob: also lets the
// PNG be drawn from the SVG).

/** Long enough for the browser to have started reading the blob; revoking at once can cancel the download in some browsers. */
const REVOKE_AFTER_MS = 10_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function saveText(text: string, fileName: string, type: string): void {
  // A byte-order mark tells Excel the CSV is UTF-8 (the data holds Dari and Urdu text); other readers skip it.
  const parts = type.startsWith("text/csv") ? ["\uFEFF", text] : [text];
  saveBlob(new Blob(parts, { type }), fileName);
}

/**
 * The SVG drawn at `scale` × its size into a canvas, as PNG. The SVG is loaded
 * as an image from a blob: URL; since it holds no foreignObject and no outside
 * references, the canvas stays untainted and can be read back.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw into a canvas.");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The image could not be encoded as PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
