import { normaliseHeader, readCsvColumns } from "../shared/csv";

/** A GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude (the shape the areas table stores). */
export type AreaBoundaryGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

/** Enough for every LSOA in a large county; more is a mistake or an attack on the server. */
export const AREA_IMPORT_MAX_ROWS = 5_000;

export interface AreaImportRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  code: string;
  name: string;
  population: number;
  imdDecile: number;
  boundary: AreaBoundaryGeometry | null;
}

export interface AreaImportError {
  /** The CSV row, or null for a problem with the file as a whole or with the boundaries. */
  row: number | null;
  message: string;
  /** The raw cells, so the preview can show the bad row as it was written. */
  cells?: string[];
}

export interface AreaImportPreview {
  rows: AreaImportRow[];
  errors: AreaImportError[];
  /** Boundary problems: these never block the CSV rows, which import without a boundary. */
  boundaryErrors: AreaImportError[];
}

const columns = ["code", "name", "population", "imd_decile"] as const;
type Column = (typeof columns)[number];

const aliases: Record<string, Column> = {
  code: "code",
  area_code: "code",
  ward_code: "code",
  lsoa_code: "code",
  name: "name",
  area_name: "name",
  ward_name: "name",
  lsoa_name: "name",
  population: "population",
  imd_decile: "imd_decile",
  imd: "imd_decile",
  decile: "imd_decile",
};

function wholeNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, "");
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : null;
}

/** Checks the rows of a neighbourhood CSV: every good row is kept, every bad one says why. */
export function parseAreaCsv(text: string): { rows: Omit<AreaImportRow, "boundary">[]; errors: AreaImportError[] } {
  const errors: AreaImportError[] = [];
  const rows: Omit<AreaImportRow, "boundary">[] = [];
  const read = readCsvColumns(text, { columns, aliases, maxRows: AREA_IMPORT_MAX_ROWS, rowDescription: "one neighbourhood per row as code, name, population, imd_decile" });
  if ("error" in read) return { rows, errors: [read.error] };
  const firstRowOf = new Map<string, number>();
  for (const record of read.records) {
    const row = record.line;
    const cell = record.cell;
    const problems: string[] = [];
    const code = cell("code").toUpperCase();
    const name = cell("name");
    if (!code) problems.push("code is missing");
    else if (!/^[A-Z0-9][A-Z0-9_-]{0,19}$/.test(code)) problems.push("code must be up to 20 letters, numbers, hyphens or underscores, like E05001234");
    if (!name) problems.push("name is missing");
    else if (name.length > 120) problems.push("name must be 120 characters or fewer");
    const population = wholeNumber(cell("population"));
    if (population === null) problems.push("population must be a whole number of people, 0 or more");
    const decileText = cell("imd_decile");
    const imdDecile = /^\d{1,2}$/.test(decileText) ? Number(decileText) : null;
    if (imdDecile === null || imdDecile < 1 || imdDecile > 10) problems.push("imd_decile must be a whole number from 1 to 10");
    if (code && !problems.length) {
      const earlier = firstRowOf.get(code);
      if (earlier !== undefined) problems.push(`code ${code} is already on row ${earlier}`);
    }
    if (problems.length || population === null || imdDecile === null) {
      errors.push({ row, message: `Row ${row}: ${problems.join("; ")}`, cells: record.cells });
      continue;
    }
    firstRowOf.set(code, row);
    rows.push({ row, code, name, population, imdDecile });
  }
  return { rows, errors };
}

type Position = [number, number];

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n)) && Math.abs(value[0] as number) <= 180 && Math.abs(value[1] as number) <= 90;
}

/** Why a GeoJSON ring is not a valid polygon ring, or null when it is. */
function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || !ring.every(isPosition)) return "has a position that is not [longitude, latitude] in range";
  if (ring.length < 4) return "has a ring with fewer than 4 positions";
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return "has a ring that does not end where it starts";
  return null;
}

function polygonProblem(polygon: unknown): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return "has a polygon with no rings";
  for (const ring of polygon) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** Checks a geometry is a Polygon or MultiPolygon with closed rings in WGS84, and keeps only 2D positions. */
export function checkBoundary(geometry: unknown): { ok: true; boundary: AreaBoundaryGeometry } | { ok: false; message: string } {
  if (typeof geometry !== "object" || geometry === null) return { ok: false, message: "has no geometry" };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const to2d = (ring: Position[]) => ring.map(([lon, lat]) => [lon, lat]);
  if (type === "Polygon") {
    const problem = polygonProblem(coordinates);
    return problem ? { ok: false, message: problem } : { ok: true, boundary: { type, coordinates: (coordinates as Position[][]).map(to2d) } };
  }
  if (type === "MultiPolygon") {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return { ok: false, message: "is a MultiPolygon with no polygons" };
    for (const polygon of coordinates) {
      const problem = polygonProblem(polygon);
      if (problem) return { ok: false, message: problem };
    }
    return { ok: true, boundary: { type, coordinates: (coordinates as Position[][][]).map((p) => p.map(to2d)) } };
  }
  return { ok: false, message: `is a ${typeof type === "string" ? type : "shape"}, not a Polygon or MultiPolygon` };
}

/** Boundaries by code from a GeoJSON FeatureCollection whose features carry a `code` property. */
export function parseBoundaries(text: string): { boundaries: Map<string, AreaBoundaryGeometry>; errors: AreaImportError[] } {
  const boundaries = new Map<string, AreaBoundaryGeometry>();
  const errors: AreaImportError[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { boundaries, errors: [{ row: null, message: "The boundaries are not valid JSON: export them as a GeoJSON FeatureCollection" }] };
  }
  const features = (json as { type?: unknown; features?: unknown }).features;
  if ((json as { type?: unknown }).type !== "FeatureCollection" || !Array.isArray(features)) {
    return { boundaries, errors: [{ row: null, message: "The boundaries must be a GeoJSON FeatureCollection" }] };
  }
  features.forEach((feature: unknown, index) => {
    const label = `Boundary ${index + 1}`;
    const properties = (feature as { properties?: unknown })?.properties;
    const codeKey = properties && typeof properties === "object" ? Object.keys(properties).find((k) => normaliseHeader(k) === "code" || aliases[normaliseHeader(k)] === "code") : undefined;
    const rawCode = codeKey ? (properties as Record<string, unknown>)[codeKey] : undefined;
    const code = typeof rawCode === "string" || typeof rawCode === "number" ? String(rawCode).trim().toUpperCase() : "";
    if (!code) {
      errors.push({ row: null, message: `${label} has no code property to match it to a neighbourhood` });
      return;
    }
    if (boundaries.has(code)) {
      errors.push({ row: null, message: `${label} (${code}) repeats a code that already has a boundary` });
      return;
    }
    const checked = checkBoundary((feature as { geometry?: unknown }).geometry);
    if (!checked.ok) errors.push({ row: null, message: `${label} (${code}) ${checked.message}` });
    else boundaries.set(code, checked.boundary);
  });
  return { boundaries, errors };
}

/** The preview: good rows with their boundaries, bad rows with their errors, and unmatched boundaries. */
export function previewAreaImport(csv: string, geojson = ""): AreaImportPreview {
  const { rows, errors } = parseAreaCsv(csv);
  const parsed = geojson.trim() ? parseBoundaries(geojson) : { boundaries: new Map<string, AreaBoundaryGeometry>(), errors: [] };
  const codes = new Set(rows.map((r) => r.code));
  const boundaryErrors = [...parsed.errors];
  for (const code of parsed.boundaries.keys()) {
    if (!codes.has(code)) boundaryErrors.push({ row: null, message: `The boundary for ${code} matches no good row in the CSV, so it was left out` });
  }
  return { rows: rows.map((r) => ({ ...r, boundary: parsed.boundaries.get(r.code) ?? null })), errors, boundaryErrors };
}
