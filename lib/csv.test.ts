import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv } from "./csv";

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
