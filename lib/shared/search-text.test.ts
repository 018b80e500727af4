import { describe, expect, it } from "vitest";
import { containsPattern } from "./search-text";

describe("containsPattern", () => {
  it("matches the text literally anywhere", () => {
    expect(containsPattern("Ann")).toBe("%Ann%");
    expect(containsPattern("100%_off\\")).toBe("%100\\%\\_off\\\\%");
  });
});
