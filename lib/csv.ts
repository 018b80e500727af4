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
