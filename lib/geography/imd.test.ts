import { describe, expect, it } from "vitest";
import { describeImdDecile } from "./imd";

describe("describeImdDecile", () => {
  it("describes both ends and the middle of the scale", () => {
    expect(describeImdDecile(1)).toBe("Among the 10% most deprived neighbourhoods in England");
    expect(describeImdDecile(2)).toBe("Among the 20% most deprived neighbourhoods in England");
    expect(describeImdDecile(5)).toBe("Among the 50% most deprived neighbourhoods in England");
    expect(describeImdDecile(6)).toBe("Among the 50% least deprived neighbourhoods in England");
    expect(describeImdDecile(9)).toBe("Among the 20% least deprived neighbourhoods in England");
    expect(describeImdDecile(10)).toBe("Among the 10% least deprived neighbourhoods in England");
  });
  it.each([0, 11, 2.5])("refuses %s", (decile) => {
    expect(() => describeImdDecile(decile)).toThrow(RangeError);
  });
});
