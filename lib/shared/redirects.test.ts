import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirects";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/plans/northbridge-2027?page=2")).toBe("/plans/northbridge-2027?page=2");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, "/ok\nLocation: x"])(
    "refuses %s",
    (candidate) => {
      expect(safeRedirectPath(candidate)).toBe("/");
    },
  );
});
