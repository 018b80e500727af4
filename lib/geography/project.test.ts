import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, labelPoint, type Geometry } from "./project";
import { classify, legendBreaks } from "./scale";

const square: Geometry = { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const east: Geometry = { type: "MultiPolygon", coordinates: [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]] };

describe("map projection", () => {
  it("bounds every polygon of every geometry", () => {
    expect(boundsOf([square, east])).toEqual({ minLon: 0, maxLon: 2, minLat: 0, maxLat: 1 });
    expect(boundsOf([])).toBeNull();
  });

  it("puts north at the top and west at the left, inside the padding", () => {
    const projection = fitProjection({ minLon: 0, maxLon: 2, minLat: 0, maxLat: 1 }, 200, 10);
    expect(projection.toPoint(0, 1)).toEqual({ x: 10, y: 10 });
    const southEast = projection.toPoint(2, 0);
    expect(southEast.x).toBe(190);
    expect(southEast.y).toBe(projection.height - 10);
  });

  it("draws a closed path per ring", () => {
    const projection = fitProjection({ minLon: 0, maxLon: 1, minLat: 0, maxLat: 1 }, 100, 0);
    expect(projection.toSvgPath(square)).toBe("M0 100 L100 100 L100 0 L0 0 L0 100 Z");
  });

  it("labels a polygon at its centre", () => {
    expect(labelPoint(square)).toEqual([0.5, 0.5]);
  });
});

describe("choropleth classes", () => {
  it("keeps zero in the lightest class and the maximum in the darkest", () => {
    expect(classify(0, 10)).toBe(0);
    expect(classify(10, 10)).toBe(4);
    expect(classify(1, 10)).toBe(1);
    // The key for a maximum of 11 reads 1–3, 4–6, 7–9, 10–11: 3 and 4 fall in different classes.
    expect(classify(3, 11)).toBe(1);
    expect(classify(4, 11)).toBe(2);
    expect(classify(5, 0)).toBe(0);
    // A fraction between two whole-number ranges goes to the higher one, never to the darkest class.
    expect(legendBreaks(5.3).map((r) => [r.from, r.to])).toEqual([[0, 0], [1, 2], [3, 3], [4, 4], [5, 5.3]]);
    expect(classify(2.4, 5.3)).toBe(2);
    expect(classify(0.5, 5.3)).toBe(1);
  });
  it("gives contiguous ranges that never overlap, and no empty classes for small maxima", () => {
    expect(legendBreaks(11)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 9 },
      { from: 10, to: 11 },
    ]);
    expect(legendBreaks(2)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 2 },
    ]);
  });
  it("gives contiguous legend ranges", () => {
    expect(legendBreaks(8)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
      { from: 7, to: 8 },
    ]);
  });
});
