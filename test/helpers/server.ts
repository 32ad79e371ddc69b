import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

// A static server for the built site, for browser tests. It also serves test
// fixtures under /fixtures/ and can play a misbehaving server:
//   /__status/<code>                 always answers <code>
//   /__flaky/<key>/<n>/<how>/<path>  misbehaves for the first n requests of <key>
//                                    (how: a status code, "drop" = socket destroyed,
//                                    "hang" = never answers), then serves <path>;
//                                    heal(key) ends the misbehaviour at once
//   /__huge/<key>/<mb>/<name>        valid JSON of <mb> MB, streamed with no declared length
//   /__text/<name>                   a body the test made with serveText()
//   /__paced/<mbit>/<path>           serves <path> no faster than <mbit> Mbit/s, as a real link would
// /__flaky/ and /__huge/ requests are recorded per key: retries and their pauses
// are counted where they arrive, and a big download shows whether it was cut short.
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

export interface Hit {
  /** ms since the server started */
  readonly at: number;
  /** what the server did: the status it sent, "drop", "hang" or "served"; for /__huge/, "streaming", then "stopped" or "finished" */
  outcome: string;
  /** body bytes written (for /__huge/) */
  sent: number;
}

export interface StaticServer {
  readonly url: string;
  hits(key: string): readonly Hit[];
  heal(key: string): void;
  serveText(name: string, body: string): void;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

export async function startStaticServer(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const started = Date.now();
  const hits = new Map<string, Hit[]>();
  const healed = new Set<string>();
  const texts = new Map<string, string>();
  const record = (key: string, outcome: string): Hit => {
    const hit = { at: Date.now() - started, outcome, sent: 0 };
    hits.set(key, [...(hits.get(key) ?? []), hit]);
    return hit;
  };

  const serveFile = async (path: string, res: ServerResponse, mbitPerSecond?: number) => {
    let base = root;
    let rel = path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(`${prefix}/`)) {
        base = dir;
        rel = path.slice(prefix.length);
      }
    }
    const file = normalize(join(base, rel.endsWith("/") ? `${rel}index.html` : rel));
    if (!file.startsWith(resolve(base) + sep) && file !== resolve(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      // Streamed as it is read, as a real server does: a 60 MB file starts arriving at once.
      const stream = createReadStream(file, { highWaterMark: mbitPerSecond ? 16 * 1024 : 1024 * 1024 }).on("error", () => res.destroy());
      if (mbitPerSecond) pace(stream, res, (mbitPerSecond * 1e6) / 8);
      else stream.pipe(res);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const status = /^\/__status\/(\d{3})/.exec(path);
    if (status) {
      res.writeHead(Number(status[1]), { "Content-Type": "text/plain" });
      res.end("simulated response");
      return;
    }
    const flaky = /^\/__flaky\/([\w-]+)\/(\d+)\/(\d{3}|drop|hang)(\/.*)$/.exec(path);
    if (flaky) {
      const [, key = "", n = "0", how = "", rest = "/"] = flaky;
      const failing = !healed.has(key) && (hits.get(key)?.length ?? 0) < Number(n);
      record(key, failing ? how : "served");
      if (!failing) return serveFile(rest, res);
      if (how === "drop") req.socket.destroy();
      else if (how !== "hang") res.writeHead(Number(how), { "Content-Type": "text/plain" }).end("simulated failure");
      return;
    }
    const huge = /^\/__huge\/([\w-]+)\/(\d+)\/[\w.-]+$/.exec(path);
    if (huge) return streamHuge(res, record(huge[1] ?? "", "streaming"), Number(huge[2]) * MB);
    const paced = /^\/__paced\/(\d+(?:\.\d+)?)(\/.*)$/.exec(path);
    if (paced) return serveFile(paced[2] ?? "/", res, Number(paced[1]));
    const text = /^\/__text\/(.+)$/.exec(path);
    if (text && texts.has(text[1] ?? "")) {
      res.writeHead(200, { "Content-Type": TYPES[".json"], "Cache-Control": "no-store" });
      res.end(texts.get(text[1] ?? ""));
      return;
    }
    return serveFile(path, res);
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (key) => hits.get(key) ?? [],
    heal: (key) => void healed.add(key),
    serveText: (name, body) => void texts.set(name, body),
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections(); // a hanging response would keep close() waiting forever
    }),
  };
}

/**
 * `{"schemaVersion":1,"padding":"xxx…"}` of `bytes` bytes, paced like a slow
 * server (256 KB every few ms) so that a test can watch the page while it downloads.
 */
/** Sends each chunk when a link of `bytesPerSecond` would have carried its last byte. */
function pace(stream: NodeJS.ReadableStream, res: ServerResponse, bytesPerSecond: number): void {
  const started = Date.now();
  let sent = 0;
  // The last chunk's "data" can come with "end" right behind it: the end waits for the writes.
  let writes = Promise.resolve();
  stream.on("data", (chunk: Buffer) => {
    stream.pause();
    sent += chunk.length;
    const due = started + (sent / bytesPerSecond) * 1000;
    writes = writes
      .then(() => new Promise((ok) => setTimeout(ok, Math.max(0, due - Date.now()))))
      .then(() => {
        res.write(chunk);
        stream.resume();
      });
  });
  stream.on("end", () => void writes.then(() => res.end()));
}

function streamHuge(res: ServerResponse, hit: Hit, bytes: number): void {
  const chunk = Buffer.alloc(256 * 1024, "x");
  const head = '{"schemaVersion":1,"padding":"';
  const tail = '"}';
  res.writeHead(200, { "Content-Type": TYPES[".json"], "Cache-Control": "no-store" });
  res.on("close", () => {
    if (hit.outcome === "streaming") hit.outcome = "stopped";
  });
  res.write(head);
  hit.sent = head.length;
  const next = () => setTimeout(pump, 4);
  const pump = () => {
    if (res.destroyed) return;
    const left = bytes - tail.length - hit.sent;
    if (left <= 0) {
      hit.outcome = "finished";
      res.end(tail);
      return;
    }
    const piece = left < chunk.length ? chunk.subarray(0, left) : chunk;
    hit.sent += piece.length;
    if (res.write(piece)) next();
    else res.once("drain", next);
  };
  pump();
}
