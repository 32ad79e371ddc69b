import { fail, loadEvents } from "./common.ts";

// The floor: the least a timeline can do. One canvas, a linear time scale, a 3×6 px
// marker per event in its category's lane, and a full synchronous redraw on every
// wheel event, zooming by d3-zoom's own wheel curve so the gesture matches Crossings'.

async function main(): Promise<void> {
  const events = await loadEvents();
  const canvas = document.getElementById("timeline") as HTMLCanvasElement;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2d context");
  ctx.scale(dpr, dpr);

  const lanes = new Map<string, number>();
  for (const e of events) if (!lanes.has(e.category)) lanes.set(e.category, lanes.size);
  const laneHeight = (height - 30) / Math.max(1, lanes.size);
  const times = new Float64Array(events.length);
  const ys = new Float32Array(events.length);
  events.forEach((e, i) => {
    times[i] = Date.parse(e.date);
    // Spread markers inside the lane by a hash of the id, so they do not all overlap.
    let h = 0;
    for (let k = 0; k < e.id.length; k += 1) h = (h * 31 + e.id.charCodeAt(k)) | 0;
    ys[i] = 4 + (lanes.get(e.category) ?? 0) * laneHeight + (((h >>> 0) % 1000) / 1000) * (laneHeight - 10);
  });

  let t0 = Date.UTC(1979, 0, 1);
  let t1 = Date.UTC(2024, 0, 1);
  const draw = () => {
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = "#0072B2";
    const k = width / (t1 - t0);
    for (let i = 0; i < times.length; i += 1) {
      const x = ((times[i] ?? 0) - t0) * k;
      if (x >= -3 && x <= width + 3) ctx.fillRect(x - 1.5, ys[i] ?? 0, 3, 6);
    }
    ctx.fillStyle = "#333";
    const y0 = new Date(t0).getUTCFullYear();
    const y1 = new Date(t1).getUTCFullYear();
    const step = [1, 2, 5, 10, 20].find((s) => (y1 - y0) / s <= width / 70) ?? 50;
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) ctx.fillText(String(y), (Date.UTC(y, 0, 1) - t0) * k + 2, height - 8);
  };

  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    const factor = 2 ** (e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002));
    const at = t0 + ((e.clientX - canvas.getBoundingClientRect().left) / width) * (t1 - t0);
    t0 = at - (at - t0) * factor;
    t1 = at + (t1 - at) * factor;
    draw();
  }, { passive: false });

  draw();
  window.__benchView = () => [t0, t1];
  performance.mark("bench:ready");
}

main().catch(fail);
