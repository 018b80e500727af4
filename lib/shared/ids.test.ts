import { describe, expect, it } from "vitest";
import { isId } from "./ids";

describe("isId", () => {
  it("accepts uuids and refuses anything else", () => {
    expect(isId("3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70")).toBe(true);
    expect(isId("3F2B8C1E-9A4D-4E2B-8F1A-2B3C4D5E6F70")).toBe(true);
    expect(isId("not-an-id")).toBe(false);
    expect(isId("3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70'; drop table users;--")).toBe(false);
    expect(isId("")).toBe(false);
  });
});
