import type { ReactNode } from "react";
import type { EventsDocument } from "../data/schema/events.ts";
import type { PopulationDocument } from "../data/schema/population.ts";
import type { Mode } from "./mode.ts";

/** What every mode's layout receives: the data, and the page's shared pieces to arrange as it sees fit. */
export interface LayoutProps {
  readonly mode: Mode;
  readonly events: EventsDocument | undefined;
  readonly population: PopulationDocument | undefined;
  /**
   * The same documents once the first screen is drawn, none before: what is
   * below the fold is drawn from these, so it does not hold the first screen up
   * while the reader cannot see it yet.
   */
  readonly belowFold: {
    readonly events: EventsDocument | undefined;
    readonly population: PopulationDocument | undefined;
  };
  /** Title and subtitle. */
  readonly header: ReactNode;
  /** Loading states, error panels and warnings: always shown, first. */
  readonly alerts: ReactNode;
  /** Sources, "data as of", attribution. */
  readonly footer: ReactNode;
  /** Hosts the data came from when it is not this site's own ("example.org"). */
  readonly foreignHosts: readonly string[];
}
