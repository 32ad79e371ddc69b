import { shareTimeColumns, TimeColumnsBuilder } from "./derive/timeColumns.ts";
import { EventsTextSplitter } from "./eventsText.ts";
import type { DocumentOf, Validation } from "./validate.ts";
import type * as Validator from "./validate.ts";
import type { EventsCheck } from "./validateEvents.ts";

// A big events file is checked while it downloads: each run of events found in
// the text so far (eventsText.ts) is parsed and checked at once, and sent on
// to the page as soon as it passes, so parsing and checking overlap the
// download instead of following it. Only a valid file of the plain shape is
// read this way to the end; any doubt and the file is read whole (validate.ts),
// so every problem is reported exactly as it always is.

/** Where a file's events go, a part at a time, ahead of the document. */
export interface PartSink {
  /** A part: a list of events as JSON text. */
  send(json: string): void;
  /** The parts sent so far mean nothing: the document will carry its events itself. */
  drop(): void;
}

export class EventsStream {
  private readonly splitter: EventsTextSplitter;
  private readonly runs: { readonly json: string; readonly count: number }[] = [];
  private validator: typeof Validator | null = null;
  private check: EventsCheck | null = null;
  /** The checked events' dates, read in the pauses between arrivals rather than after the last. */
  private readonly columns = new TimeColumnsBuilder();
  private failed = false;
  /** Whether parts have gone to the page (the first full part starts them) and not been dropped. */
  private sent = false;
  private everSent = false;

  constructor(
    private readonly file: string,
    private readonly partSize: number,
    private readonly sink: PartSink,
  ) {
    this.splitter = new EventsTextSplitter(partSize, (json, count) => {
      this.runs.push({ json, count });
      this.drainSoon();
    });
  }

  /** Whether any part ever went, even if dropped since: the whole read that follows then sends none again. */
  get sentAny(): boolean {
    return this.everSent;
  }

  /** The validator, once loaded: runs found before it came are checked now. */
  use(validator: typeof Validator): void {
    if (this.validator) return;
    this.validator = validator;
    this.check = new validator.EventsCheck(this.file);
    this.drain();
  }

  push(text: string): void {
    if (!this.failed) this.splitter.push(text);
  }

  /**
   * The verdict on the whole file, its text all in; null when it must be read
   * whole instead (then any part sent has been dropped).
   */
  finish(): Validation<DocumentOf["events"]> | null {
    this.drain();
    const result = this.verdict();
    if (result === null && this.sent) {
      this.sink.drop();
      this.sent = false;
    }
    return result;
  }

  private verdict(): Validation<DocumentOf["events"]> | null {
    const { validator, check } = this;
    if (this.failed || !this.splitter.going || !validator || !check || !check.clean) return null;
    // Stands where the events list was, so that what is read back is known to be that list (not a second "events").
    const placeholder = `\u0000events ${Math.random()}`;
    const rest = this.splitter.rest(JSON.stringify(placeholder));
    if (rest === null) return null;
    const parsed = validator.parseJson(rest, this.file);
    if (!parsed.ok) return null;
    const result = validator.finishEventsCheck(parsed.data, this.file, check, placeholder);
    if (result?.ok) shareTimeColumns(result.data.events, this.columns.build());
    return result;
  }

  private drainScheduled = false;

  /**
   * Runs are checked in a task of their own: while bytes are still waiting to
   * be read, reading them comes first (each read then settles at once), and
   * the checks fill the pauses in between.
   */
  private drainSoon(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    setTimeout(() => {
      this.drainScheduled = false;
      this.drain();
    }, 0);
  }

  private drain(): void {
    const { check } = this;
    if (!check) return;
    for (let run = this.runs.shift(); run && !this.failed; run = this.runs.shift()) {
      let items: unknown;
      try {
        items = JSON.parse(run.json);
      } catch {
        this.fail();
        return;
      }
      const events = check.add(items as unknown[]);
      if (!events) {
        this.fail();
        return;
      }
      this.columns.add(events);
      if (this.sent || run.count === this.partSize) {
        this.sent = true;
        this.everSent = true;
        // Events the schema returned as they were can go on as the very text they came in.
        this.sink.send(events.every((e, i) => e === (items as unknown[])[i]) ? run.json : JSON.stringify(events));
      }
    }
  }

  private fail(): void {
    this.failed = true;
    this.runs.length = 0;
  }
}
