import type { HtmlTagDescriptor, Plugin } from "vite";

// The page's first script is kept small so it can start the data worker at
// once, and it imports the app itself dynamically (src/main.tsx). Left to
// itself the browser would only ask for the app's script once the first one
// has run; these links have it fetched and compiled from the start instead.

interface ChunkLike {
  readonly type: "chunk" | "asset";
  readonly fileName: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly facadeModuleId?: string | null;
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

export function preloadApp(appModule: string): Plugin {
  let base = "./";
  return {
    name: "crossings-preload-app",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle as Record<string, ChunkLike> | undefined;
        const entry = ctx.chunk as ChunkLike | undefined;
        if (!bundle || !entry) return [];
        const app = (entry.dynamicImports ?? []).map((f) => bundle[f]).find((c) => c?.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preloadApp: the first script does not import ${appModule}`);
        const already = new Set([entry.fileName, ...(entry.imports ?? [])]);
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (chunk: ChunkLike) => {
          if (already.has(chunk.fileName) || scripts.includes(chunk.fileName)) return;
          scripts.push(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const f of chunk.imports ?? []) {
            const next = bundle[f];
            if (next) visit(next);
          }
        };
        visit(app);
        const tags: HtmlTagDescriptor[] = [
          ...scripts.map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: base + f }, injectTo: "head" as const })),
          ...[...styles].map((f) => ({ tag: "link", attrs: { rel: "stylesheet", crossorigin: true, href: base + f }, injectTo: "head" as const })),
        ];
        return tags;
      },
    },
  };
}
