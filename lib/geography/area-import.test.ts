import { describe, expect, it } from "vitest";
import { checkBoundary, parseAreaCsv, parseBoundaries, previewAreaImport } from "./area-import";

const square = (x: number) => ({ type: "Polygon", coordinates: [[[x, 53], [x + 0.01, 53], [x + 0.01, 53.01], [x, 53.01], [x, 53]]] });

describe("parseAreaCsv", () => {
  it("finds columns by header in any order, with aliases", () => {
    const { rows, errors } = parseAreaCsv("IMD Decile,Ward Name,Ward Code,Population\n2,Harehills,e05001234,\"12,400\"\n");
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, code: "E05001234", name: "Harehills", population: 12_400, imdDecile: 2 }]);
  });

  it("reads a file with no header in the order code, name, population, imd_decile", () => {
    expect(parseAreaCsv("E01,Gipton,9000,1").rows).toEqual([{ row: 1, code: "E01", name: "Gipton", population: 9000, imdDecile: 1 }]);
  });

  it("reports each bad row by its row number and keeps the good ones", () => {
    const csv = ["code,name,population,imd_decile", "E01,Gipton,9000,1", "E02,Seacroft,8000,3", "E03,Roundhay,7000,11", "E04,,x,5", "E02,Again,1,1", "E05,\"Chapel Allerton, North\",6500,7"].join("\n");
    const { rows, errors } = parseAreaCsv(csv);
    expect(rows.map((r) => r.code)).toEqual(["E01", "E02", "E05"]);
    expect(errors.map((e) => e.message)).toEqual([
      "Row 4: imd_decile must be a whole number from 1 to 10",
      "Row 5: name is missing; population must be a whole number of people, 0 or more",
      "Row 6: code E02 is already on row 3",
    ]);
    expect(errors[0]?.cells).toEqual(["E03", "Roundhay", "7000", "11"]);
  });

  it("refuses a header without a needed column, and an empty file", () => {
    expect(parseAreaCsv("code,name,population\nE01,A,1").errors[0]?.message).toMatch(/no imd_decile column/);
    expect(parseAreaCsv("  \n").errors[0]?.message).toMatch(/empty/);
  });

  it("refuses a decimal decile and a code with spaces", () => {
    expect(parseAreaCsv("E 01,A,1,2.5").errors[0]?.message).toBe("Row 1: code must be up to 20 letters, numbers, hyphens or underscores, like E05001234; imd_decile must be a whole number from 1 to 10");
  });
});

describe("boundaries", () => {
  it("accepts closed polygons and multipolygons, dropping altitudes", () => {
    expect(checkBoundary(square(-1.5))).toMatchObject({ ok: true, boundary: { type: "Polygon" } });
    const multi = checkBoundary({ type: "MultiPolygon", coordinates: [[[[-1, 53, 40], [-1.1, 53, 40], [-1.1, 53.1, 40], [-1, 53, 40]]]] });
    expect(multi.ok && multi.boundary.coordinates).toEqual([[[[-1, 53], [-1.1, 53], [-1.1, 53.1], [-1, 53]]]]);
  });

  it("refuses open rings, too few positions, out-of-range positions and other shapes", () => {
    expect(checkBoundary({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toEqual({ ok: false, message: "has a ring that does not end where it starts" });
    expect(checkBoundary({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toMatchObject({ ok: false, message: expect.stringMatching(/fewer than 4/) });
    expect(checkBoundary({ type: "Polygon", coordinates: [[[0, 95], [1, 0], [1, 1], [0, 95]]] })).toMatchObject({ ok: false });
    expect(checkBoundary({ type: "Point", coordinates: [0, 0] })).toEqual({ ok: false, message: "is a Point, not a Polygon or MultiPolygon" });
  });

  it("matches features by a code property and reports the ones it cannot use", () => {
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { CODE: "e01" }, geometry: square(-1.5) },
        { type: "Feature", properties: { name: "no code" }, geometry: square(-1.4) },
        { type: "Feature", properties: { code: "E02" }, geometry: { type: "LineString", coordinates: [] } },
      ],
    });
    const { boundaries, errors } = parseBoundaries(geojson);
    expect([...boundaries.keys()]).toEqual(["E01"]);
    expect(errors.map((e) => e.message)).toEqual(["Boundary 2 has no code property to match it to a neighbourhood", "Boundary 3 (E02) is a LineString, not a Polygon or MultiPolygon"]);
    expect(parseBoundaries("{").errors[0]?.message).toMatch(/not valid JSON/);
    expect(parseBoundaries('{"type":"Feature"}').errors[0]?.message).toMatch(/FeatureCollection/);
  });

  it("attaches boundaries to the good rows and reports one that matches none", () => {
    const geojson = JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { code: "E01" }, geometry: square(-1.5) }, { type: "Feature", properties: { code: "E09" }, geometry: square(-1.3) }] });
    const preview = previewAreaImport("E01,Gipton,9000,1\nE02,Seacroft,8000,3", geojson);
    expect(preview.rows.map((r) => [r.code, r.boundary?.type ?? null])).toEqual([["E01", "Polygon"], ["E02", null]]);
    expect(preview.boundaryErrors.map((e) => e.message)).toEqual(["The boundary for E09 matches no good row in the CSV, so it was left out"]);
  });
});
