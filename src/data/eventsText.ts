// An events file arrives in chunks. Its events can be parsed and checked while
// the rest is still on its way, if they can be found without parsing the whole
// text: this follows the text's nesting and strings just far enough to cut the
// top-level "events" list into runs of whole events. It expects the plain shape
// (an object whose "events" is a list of objects); anything else stops it, and
// the file is then read whole, so the reader gets the same verdict either way.

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
const BOM = 0xfeff;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** How far into a file "events" is looked for; a head longer than this is read whole. */
export const HEAD_LIMIT = 1 << 20;

/** Where the head of a file says its events begin (see findEventsList). */
type Found = { readonly at: number } | "more" | "stop";

/**
 * Just past the `[` that opens the top-level "events" list; "more" when the
 * text ends before that is known; "stop" when the text is not of that shape.
 */
export function findEventsList(text: string): Found {
  let i = 0;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || (i === 0 && text.charCodeAt(i) === BOM))) i += 1;
  if (i === text.length) return "more";
  if (text.charCodeAt(i) !== OPEN_BRACE) return "stop";
  let depth = 1;
  let keyNext = true;
  for (i += 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i + 1);
      if (end < 0) return "more";
      if (depth === 1 && keyNext) {
        let j = end + 1;
        while (j < text.length && isSpace(text.charCodeAt(j))) j += 1;
        if (j === text.length) return "more";
        if (text.charCodeAt(j) !== COLON) return "stop";
        keyNext = false;
        if (text.slice(i + 1, end) === "events") {
          j += 1;
          while (j < text.length && isSpace(text.charCodeAt(j))) j += 1;
          if (j === text.length) return "more";
          return text.charCodeAt(j) === OPEN_BRACKET ? { at: j + 1 } : "stop";
        }
        i = j;
      } else {
        i = end;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return "stop";
    } else if (c === COMMA && depth === 1) keyNext = true;
  }
  return "more";
}

/** The index of the quote closing a string whose text starts at `from`; -1 when the text ends first. */
function stringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE) return i;
  }
  return -1;
}

/** How many backslashes come right before `at`, counting back no further than `from`. */
function backslashesBefore(text: string, at: number, from: number): number {
  let n = 0;
  while (at - n - 1 >= from && text.charCodeAt(at - n - 1) === BACKSLASH) n += 1;
  return n;
}

/**
 * Cuts an events file's text, given in chunks, into runs of `runSize` events
 * (the last run may be shorter), each handed to `onRun` as the JSON text of a
 * list. Once the text is all in, `rest` is the file with its events list
 * replaced by `placeholder`: the text to read everything else from.
 */
export class EventsTextSplitter {
  private phase: "head" | "list" | "tail" | "stopped" = "head";
  private head = "";
  private tail: string[] = [];
  // Inside the list: where the scan is in the events' nesting and strings.
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Between events: whether the next thing may be an event (after `[` or `,`) or must be `,` or `]`. */
  private eventNext = true;
  private listEmpty = true;
  /** The current run: its text from earlier chunks, and how many whole events it holds. */
  private run: string[] = [];
  private inRun = 0;
  private runOpen = false;

  constructor(
    private readonly runSize: number,
    private readonly onRun: (json: string, count: number) => void,
  ) {}

  /** False once the text is found not to be of the plain shape: the file must be read whole. */
  get going(): boolean {
    return this.phase !== "stopped";
  }

  push(chunk: string): void {
    if (this.phase === "head") {
      this.head += chunk;
      const found = findEventsList(this.head);
      if (found === "more") {
        if (this.head.length > HEAD_LIMIT) this.stop();
        return;
      }
      if (found === "stop") return this.stop();
      const rest = this.head.slice(found.at);
      this.head = this.head.slice(0, found.at - 1);
      this.phase = "list";
      this.scanList(rest);
      return;
    }
    if (this.phase === "list") this.scanList(chunk);
    else if (this.phase === "tail") this.tail.push(chunk);
  }

  /** The whole file with `placeholder` (JSON text) where its events list was; null when the list was not found whole. */
  rest(placeholder: string): string | null {
    return this.phase === "tail" ? `${this.head}${placeholder}${this.tail.join("")}` : null;
  }

  private stop(): void {
    this.phase = "stopped";
    this.head = "";
    this.tail = [];
    this.run = [];
  }

  private scanList(text: string): void {
    // Where the current run's text starts in this chunk (0 when it began in an earlier one).
    let runStart = 0;
    let i = 0;
    if (this.inString) i = this.stringFrom(text, 0) + 1;
    for (; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (this.depth > 0) {
        if (c === QUOTE) i = this.stringFrom(text, i + 1);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth += 1;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          this.depth -= 1;
          if (this.depth === 0) {
            this.inRun += 1;
            this.eventNext = false;
            if (this.inRun === this.runSize) this.endRun(text.slice(runStart, i + 1));
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (this.eventNext && c === OPEN_BRACE) {
        this.depth = 1;
        this.listEmpty = false;
        if (!this.runOpen) {
          this.runOpen = true;
          runStart = i;
        }
      } else if (!this.eventNext && c === COMMA) this.eventNext = true;
      else if (c === CLOSE_BRACKET && (!this.eventNext || this.listEmpty)) {
        if (this.runOpen) this.endRun(text.slice(runStart, i));
        this.phase = "tail";
        this.tail.push(text.slice(i + 1));
        return;
      } else return this.stop();
    }
    if (this.runOpen) this.run.push(text.slice(runStart));
  }

  /**
   * Skips the rest of a string whose text goes on from `from`: returns the
   * index of its closing quote, or the chunk's end when the string goes on
   * into the next chunk. Strings are most of a file: they are crossed by
   * searching for quotes rather than by reading every character.
   */
  private stringFrom(text: string, from: number): number {
    let start = from;
    if (this.escaped) {
      this.escaped = false;
      start += 1;
    }
    for (let q = text.indexOf('"', start); q !== -1; q = text.indexOf('"', q + 1)) {
      if (backslashesBefore(text, q, start) % 2 === 0) {
        this.inString = false;
        return q;
      }
    }
    this.inString = true;
    this.escaped = text.length > start && backslashesBefore(text, text.length, start) % 2 === 1;
    return text.length;
  }

  private endRun(last: string): void {
    this.run.push(last);
    this.onRun(`[${this.run.join("")}]`, this.inRun);
    this.run = [];
    this.inRun = 0;
    this.runOpen = false;
  }
}
