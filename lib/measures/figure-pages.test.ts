import { describe, expect, it } from "vitest";
import { figurePage, figurePageHref } from "./figure-pages";

describe("figure pages", () => {
  it("reads each figure's own page from the query, page 1 when absent or nonsense", () => {
    const query = { "reach-neighbourhoods": "3", "money-neighbourhoods": "x", region: "northbridge" };
    expect(figurePage(query, "reach-neighbourhoods")).toBe(3);
    expect(figurePage(query, "money-neighbourhoods")).toBe(1);
    expect(figurePage(query, "pledges")).toBe(1);
  });

  it("links to another page of one figure, keeping the region and the other figures' pages, and lands on the figure", () => {
    const query = { region: "northbridge", "reach-neighbourhoods": "3", "money-neighbourhoods": "2" };
    expect(figurePageHref(query, "reach-neighbourhoods", 4)).toBe("?region=northbridge&money-neighbourhoods=2&reach-neighbourhoods=4#figure-reach-neighbourhoods");
    expect(figurePageHref(query, "reach-neighbourhoods", 1)).toBe("?region=northbridge&money-neighbourhoods=2#figure-reach-neighbourhoods");
    expect(figurePageHref({}, "pledges", 1)).toBe("?#figure-pledges");
  });
});
