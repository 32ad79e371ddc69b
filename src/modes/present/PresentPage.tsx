import type { LayoutProps } from "../LayoutProps.ts";
import { ExplorePage } from "../explore/ExplorePage.tsx";

// Until the presenter has its own layout, it shows the explore page.
export function PresentPage(props: LayoutProps) {
  return <ExplorePage {...props} />;
}
