import { isHttpUrl } from "../data/httpUrl.ts";

/** Only http(s) addresses become links, and they open in a new tab without handing it this page. */
export function SourceLink({ name, url }: { readonly name: string; readonly url: string }) {
  if (!isHttpUrl(url)) return <span>{name}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  );
}
