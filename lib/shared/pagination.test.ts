import { describe, expect, it } from "vitest";
import { describePage, pageWindow, parsePage } from "./pagination";

describe("parsePage", () => {
  it("turns ?page=3 into an offset", () => {
    expect(parsePage("3", 20)).toEqual({ page: 3, pageSize: 20, offset: 40 });
  });
  it.each([undefined, "", "0", "-2", "abc", "1e3", "99999999"])("treats %s as page 1", (raw) => {
    expect(parsePage(raw).page).toBe(1);
  });
  it("takes the first of repeated values", () => {
    expect(parsePage(["2", "5"]).page).toBe(2);
  });
});

describe("describePage", () => {
  it("describes the middle page of a list", () => {
    expect(describePage(parsePage("2", 20), 45)).toEqual({
      page: 2,
      pageCount: 3,
      total: 45,
      firstItem: 21,
      lastItem: 40,
      hasPrevious: true,
      hasNext: true,
    });
  });
  it("describes an empty list as one empty page", () => {
    expect(describePage(parsePage("1", 20), 0)).toMatchObject({ pageCount: 1, firstItem: 0, lastItem: 0, hasNext: false });
  });
  it("reports a page past the end as having no next page", () => {
    expect(describePage(parsePage("9", 20), 45)).toMatchObject({ hasNext: false, firstItem: 45, lastItem: 45 });
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
