import { describe, expect, it } from "vitest";
import { csvField, parseCsv, readCsvColumns, toCsv } from "./csv";

describe("csv", () => {
  it("quotes fields that need it and doubles quotes", () => {
    expect(csvField('Say "hello", friend')).toBe('"Say ""hello"", friend"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(1200)).toBe("1200");
    expect(csvField(null)).toBe("");
  });
  it("defuses spreadsheet formulas in text", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField(-5)).toBe("-5");
  });
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and CRLF", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,"two\nlines",3\r\n')).toEqual([
      { cells: ["a", "b, c", 'say "hi"'], line: 1 },
      { cells: ["1", "two\nlines", "3"], line: 2 },
    ]);
  });

  it("skips blank lines and a byte-order mark, and keeps line numbers", () => {
    expect(parseCsv("\uFEFFx,y\n\n1,2")).toEqual([
      { cells: ["x", "y"], line: 1 },
      { cells: ["1", "2"], line: 3 },
    ]);
  });
});

describe("readCsvColumns", () => {
  const spec = { columns: ["code", "people"] as const, aliases: { code: "code", ward_code: "code", people: "people", count: "people" } as const, maxRows: 2, rowDescription: "one ward per row" };
  it("finds columns by header name or alias in any order, and reads a file without a header in the usual order", () => {
    const withHeader = readCsvColumns("Count,Ward Code\n 7 ,E1\n", spec);
    if ("error" in withHeader) throw new Error(withHeader.error.message);
    expect(withHeader.records.map((r) => [r.line, r.cell("code"), r.cell("people")])).toEqual([[2, "E1", "7"]]);
    const bare = readCsvColumns("E2,9\nE3\n", spec);
    if ("error" in bare) throw new Error(bare.error.message);
    expect(bare.records.map((r) => [r.line, r.cell("code"), r.cell("people")])).toEqual([[1, "E2", "9"], [2, "E3", ""]]);
  });
  it("refuses the whole file when it is empty, its header lacks a column, or it is too long", () => {
    expect(readCsvColumns("", spec)).toEqual({ error: { row: null, message: "The CSV is empty: give one ward per row" } });
    expect(readCsvColumns("code,name\n", spec)).toEqual({ error: { row: 1, message: "The header row has no people column: use code, people" } });
    expect(readCsvColumns("a,1\nb,2\nc,3\n", spec)).toEqual({ error: { row: null, message: "The CSV has 3 rows: import at most 2 at a time" } });
  });
});
