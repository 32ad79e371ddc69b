import type { LayoutProps } from "../LayoutProps.ts";
import { ExplorePage } from "../explore/ExplorePage.tsx";

// Until the embed has its own layout, it shows the explore page.
export function EmbedPage(props: LayoutProps) {
  return <ExplorePage {...props} />;
}
