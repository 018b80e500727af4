import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { geometryContains } from "./contains";
import type { Geometry } from "./project";

const square: Geometry = {
  type: "Polygon",
  coordinates: [
    [
      [-1.6, 53.8],
      [-1.5, 53.8],
      [-1.5, 53.9],
      [-1.6, 53.9],
      [-1.6, 53.8],
    ],
  ],
};

const withHole: Geometry = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};

// An L shape: its bounding box includes a corner that is not in the area.
const ell: Geometry = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ],
  ],
};

const islands: Geometry = {
  type: "MultiPolygon",
  coordinates: [
    [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
    [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]],
  ],
};

describe("geometryContains", () => {
  it("finds a point inside and refuses one outside a ward", () => {
    expect(geometryContains(square, -1.55, 53.85)).toBe(true);
    expect(geometryContains(square, -1.45, 53.85)).toBe(false);
    expect(geometryContains(square, -1.55, 53.95)).toBe(false);
  });

  it("counts a point on the boundary, shared with the neighbouring ward, as inside", () => {
    expect(geometryContains(square, -1.5, 53.85)).toBe(true);
    expect(geometryContains(square, -1.6, 53.8)).toBe(true);
  });

  it("leaves out holes but keeps their edges", () => {
    expect(geometryContains(withHole, 5, 5)).toBe(false);
    expect(geometryContains(withHole, 2, 2)).toBe(true);
    expect(geometryContains(withHole, 4, 5)).toBe(true);
  });

  it("refuses the missing corner of a concave area even though it is inside the bounding box", () => {
    expect(geometryContains(ell, 1.5, 1.5)).toBe(false);
    expect(geometryContains(ell, 0.5, 1.5)).toBe(true);
  });

  it("accepts a point in any part of a multipolygon and none between them", () => {
    expect(geometryContains(islands, 5.5, 5.5)).toBe(true);
    expect(geometryContains(islands, 0.5, 0.5)).toBe(true);
    expect(geometryContains(islands, 3, 3)).toBe(false);
  });

  it("refuses points that are not numbers and degenerate rings", () => {
    expect(geometryContains(square, Number.NaN, 53.85)).toBe(false);
    expect(geometryContains({ type: "Polygon", coordinates: [[[0, 0], [1, 1]]] }, 0.5, 0.5)).toBe(false);
  });

  it("agrees with the rectangle test for any point clear of the edges", () => {
    // Points within the edge tolerance count as on the boundary by design, so they are left out here.
    const clear = (v: number) => [0, 4, 6, 10].every((edge) => Math.abs(v - edge) > 1e-9);
    const coordinate = fc.double({ min: -2, max: 12, noNaN: true }).filter(clear);
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const inOuter = x >= 0 && x <= 10 && y >= 0 && y <= 10;
        const inHole = x > 4 && x < 6 && y > 4 && y < 6;
        expect(geometryContains(withHole, x, y)).toBe(inOuter && !inHole);
      }),
    );
  });
});
