import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { dataKeys } from "../../data/queries.ts";
import { localSource, resolveDataSources, type DataSource } from "../../data/sources.ts";
import type { DataKind } from "../../data/validate.ts";
import { readLocalInWorker } from "../../data/workerClient.ts";
import { useActions } from "../../state/store.ts";
import type { LocalOutcome } from "../../data/localFile.ts";
import { planOpen, type Refused } from "./planOpen.ts";

export interface OpenFilesState {
  /** Names of the files being read and checked, or null when idle. */
  readonly checking: readonly string[] | null;
  /** Files of the last opening that could not be used, each with its problems. */
  readonly refused: readonly Refused[];
  /** Names of the files of the last opening that are now shown. */
  readonly opened: readonly string[];
}

const IDLE: OpenFilesState = { checking: null, refused: [], opened: [] };

/**
 * Opens files from the reader's computer: each is read and checked in the data
 * worker, and only valid ones replace what is shown. Their documents go
 * straight into the query cache, so nothing is read twice.
 */
export function useOpenFiles() {
  const queryClient = useQueryClient();
  const { showLocalData, showBundledData } = useActions();
  const [state, setState] = useState<OpenFilesState>(IDLE);
  const run = useRef(0);

  const open = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const id = ++run.current;
      setState({ checking: files.map((f) => f.name), refused: [], opened: [] });
      const read = await Promise.all(
        files.map(async (blob) => ({ blob, outcome: await readSafely(blob) })),
      );
      if (id !== run.current) return; // a newer opening overtook this one
      const plan = planOpen(read);
      const opened: Partial<Record<DataKind, DataSource>> = {};
      for (const kind of ["events", "population"] as const) {
        const accepted = plan.accepted[kind];
        if (!accepted) continue;
        const source = localSource(accepted.blob, accepted.file);
        queryClient.setQueryData(dataKeys.file(kind, source.url), accepted.doc);
        opened[kind] = source;
      }
      if (opened.events || opened.population) showLocalData(opened);
      setState({ checking: null, refused: plan.refused, opened: Object.values(opened).map((s) => s.file) });
    },
    [queryClient, showLocalData],
  );

  const backToBundled = useCallback(() => {
    run.current += 1;
    setState(IDLE);
    showBundledData(resolveDataSources({}, window.location.href, import.meta.env.BASE_URL));
  }, [showBundledData]);

  const dismiss = useCallback(() => setState((s) => ({ ...s, refused: [] })), []);
  return { ...state, open, backToBundled, dismiss };
}

async function readSafely(blob: File): Promise<LocalOutcome> {
  const file = blob.name || "file";
  try {
    return await readLocalInWorker(blob, file);
  } catch (err) {
    return { ok: false, file, summary: `${file} could not be read (${err instanceof Error ? err.message : String(err)}).`, problems: [] };
  }
}
