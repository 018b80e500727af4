import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

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
