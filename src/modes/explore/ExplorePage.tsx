import { useCallback } from "react";
import { localFiles } from "../../data/sources.ts";
import { useAppStore } from "../../state/store.ts";
import { DropZone } from "../../ui/ownData/DropZone.tsx";
import { OwnDataButton } from "../../ui/ownData/OwnDataButton.tsx";
import { OwnDataStatus } from "../../ui/ownData/OwnDataStatus.tsx";
import { useOpenFiles } from "../../ui/ownData/useOpenFiles.ts";
import type { LayoutProps } from "../LayoutProps.ts";
import { ExploreLayout } from "./ExploreLayout.tsx";

/** The analyst's page: heading, the reader's own data, alerts, the explore view, footer. */
export function ExplorePage({ mode, events, population, belowFold, header, alerts, footer }: LayoutProps) {
  const own = useOpenFiles();
  const { open } = own;
  const onFiles = useCallback((files: File[]) => void open(files), [open]);
  const sources = useAppStore((s) => s.sources);
  const custom = !(sources.events?.bundled && sources.population?.bundled);
  return (
    <div className={`page page--${mode.name}`}>
      <div className="page__top">
        {header}
        <OwnDataButton onFiles={onFiles} busy={own.checking !== null} />
      </div>
      <main className="page__main">
        {/* One grid cell for every message, so they stack instead of overlapping. */}
        <div className="page__status">
          <OwnDataStatus
            checking={own.checking}
            refused={own.refused}
            opened={own.opened}
            localFiles={localFiles(sources)}
            custom={custom}
            onBack={own.backToBundled}
            onDismiss={own.dismiss}
          />
          {alerts}
        </div>
        {(events || population) && <ExploreLayout mode={mode} events={events} population={population} belowFold={belowFold} />}
      </main>
      {footer}
      <DropZone onFiles={onFiles} />
    </div>
  );
}
