import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formArray } from "./form";

describe("formArray", () => {
  const schema = z.object({ ids: formArray(z.string().min(1)) });
  it("reads none, one or many values as an array", () => {
    expect(schema.parse({})).toEqual({ ids: [] });
    expect(schema.parse({ ids: "a" })).toEqual({ ids: ["a"] });
    expect(schema.parse({ ids: ["a", "b"] })).toEqual({ ids: ["a", "b"] });
  });
  it("still validates each item and the length", () => {
    expect(schema.safeParse({ ids: [""] }).success).toBe(false);
    expect(z.object({ ids: formArray(z.string(), 1) }).safeParse({ ids: ["a", "b"] }).success).toBe(false);
  });
});
