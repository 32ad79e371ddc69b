import { saveBlob, saveText, svgToPng } from "./download.ts";
import type { ExportItem } from "./items.ts";
import { csvFile, imageFileName, type ExportView } from "./plan.ts";
import { composeViewImage } from "./snapshot.ts";

/** Runs one download of the view as it is now; the returned text is announced. */
export async function runDownload(item: ExportItem, shownView: Omit<ExportView, "now" | "pageUrl">): Promise<string> {
  const view: ExportView = { ...shownView, pageUrl: window.location.href, now: Date.now() };
  if (item.kind === "png" || item.kind === "svg") {
    const image = composeViewImage(view);
    const name = imageFileName(view, item.kind);
    if (item.kind === "svg") saveText(image.svg, name, "image/svg+xml;charset=utf-8");
    else saveBlob(await svgToPng(image.svg, image.width, image.height, 2), name);
    return `Downloaded ${name}`;
  }
  const file = csvFile(item, view);
  if (!file) throw new Error("That table is no longer in the data.");
  saveText(file.text, file.name, "text/csv;charset=utf-8");
  return `Downloaded ${file.name}`;
}
