/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); formulas defused for spreadsheets. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** RFC 4180: commas, quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF. */
export function parseCsv(text: string): { cells: string[]; line: number }[] {
  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let fieldStarted = false;
  const source = text.replace(/^\uFEFF/, "");
  const endRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0]?.trim() === "")) records.push({ cells, line: startLine });
    cells = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ",") {
      cells.push(field);
      field = "";
      fieldStarted = false;
    } else if (char === "\r" && source[i + 1] === "\n") {
      continue;
    } else if (char === "\n" || char === "\r") {
      endRecord();
      line++;
      startLine = line;
    } else {
      field += char;
      if (char !== " " && char !== "\t") fieldStarted = true;
    }
  }
  if (field !== "" || cells.length) endRecord();
  return records;
}

/** A header cell as a column name: "Ward Code" and "ward-code" both read as ward_code. */
export function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export interface CsvColumns<C extends string> {
  /** The columns, in the order a file without a header gives them. */
  columns: readonly C[];
  /** Header names (normalised) for each column, its own name included. */
  aliases: Readonly<Record<string, C>>;
  maxRows: number;
  /** What one row holds, for the message about an empty file: "one neighbourhood per row as …". */
  rowDescription: string;
}

export type CsvRecord<C extends string> = { line: number; cells: string[]; cell: (column: C) => string };

/**
 * Reads a CSV whose first row may be a header naming the columns in any order (by name or
 * alias); without one, the columns are in their usual order. The file as a whole is refused,
 * with one message, when it is empty, its header lacks a column, or it has too many rows.
 */
export function readCsvColumns<C extends string>(text: string, spec: CsvColumns<C>): { records: CsvRecord<C>[] } | { error: { row: number | null; message: string } } {
  const parsed = parseCsv(text);
  if (parsed.length === 0) return { error: { row: null, message: `The CSV is empty: give ${spec.rowDescription}` } };
  const names = (parsed[0]?.cells ?? []).map(normaliseHeader);
  const hasHeader = names.some((name) => name in spec.aliases);
  const positions: Partial<Record<C, number>> = {};
  if (hasHeader) {
    names.forEach((name, index) => {
      const column = spec.aliases[name];
      if (column && positions[column] === undefined) positions[column] = index;
    });
    const missing = spec.columns.filter((column) => positions[column] === undefined);
    if (missing.length) return { error: { row: 1, message: `The header row has no ${missing.join(", ")} column: use ${spec.columns.join(", ")}` } };
  } else {
    spec.columns.forEach((column, index) => (positions[column] = index));
  }
  const data = hasHeader ? parsed.slice(1) : parsed;
  if (data.length > spec.maxRows) {
    return { error: { row: null, message: `The CSV has ${data.length.toLocaleString("en-GB")} rows: import at most ${spec.maxRows.toLocaleString("en-GB")} at a time` } };
  }
  return {
    records: data.map(({ line, cells }) => ({ line, cells, cell: (column: C) => (cells[positions[column] ?? -1] ?? "").trim() })),
  };
}
