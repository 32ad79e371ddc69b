// A small reader for the UNHCR extracts in data/raw. They are plain RFC 4180
// CSV, and some country names ("China, Hong Kong SAR") are quoted because they
// contain a comma, so quoting is handled rather than splitting on commas.
// Anything malformed throws: a silently shifted column would put the wrong
// number on the chart.

export type CsvRow = Readonly<Record<string, string>>;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** Parses CSV text with a header line into rows keyed by column name. */
export function parseCsv(text: string, file = "CSV"): CsvTable {
  const records = splitRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  const first = records[0];
  if (first === undefined) throw new Error(`${file}: the file is empty (no header line)`);
  const header = first.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new Error(`${file}: the header has an empty column name`);
    if (seen.has(name)) throw new Error(`${file}: the header names column "${name}" twice`);
    seen.add(name);
  }
  const rows = records.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.length) {
      throw new Error(`${file}, line ${line}: ${fields.length} fields, but the header has ${header.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = fields[i] ?? "";
    });
    return row;
  });
  return { header, rows };
}

interface RawRecord {
  readonly line: number;
  readonly fields: string[];
}

function splitRecords(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted (only a separator may follow)
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty, unquoted field) is not a record.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    recordLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          wasQuoted = true;
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRecord();
    } else if (wasQuoted) {
      throw new Error(`${file}, line ${line}: text after a closing quote`);
    } else if (c === '"') {
      if (field !== "") throw new Error(`${file}, line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else field += c;
  }
  if (quoted) throw new Error(`${file}, line ${recordLine}: a quoted field is never closed`);
  if (field !== "" || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

/** The text of a column; a missing column is a programming error, so it throws. */
export function text(row: CsvRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`no column "${column}" in the row ${JSON.stringify(row)}`);
  return value;
}

/** A whole number, or null for an empty cell (R's NA). Anything else throws. */
export function count(row: CsvRow, column: string): number | null {
  const value = text(row, column).trim();
  if (value === "") return null;
  if (!/^-?\d+$/.test(value)) throw new Error(`column "${column}" holds ${JSON.stringify(value)}, not a whole number`);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`column "${column}" holds ${value}, too large to hold exactly`);
  return n;
}

/** Like count, for cells that must not be empty. */
export function requiredCount(row: CsvRow, column: string, where: string): number {
  const n = count(row, column);
  if (n === null) throw new Error(`${where}: column "${column}" is empty`);
  return n;
}
