import type { AreaBoundary } from "../schema";
import type { Random } from "./random";

export interface GridOptions {
  cols: number;
  rows: number;
  /** Centre of the grid, [longitude, latitude]. */
  centre: [number, number];
  /** Size of one cell in degrees; at 54°N a degree of longitude is about 0.6 of a degree of latitude. */
  cellLon: number;
  cellLat: number;
}

type Point = [number, number];

const round = (value: number) => Math.round(value * 100_000) / 100_000;

/**
 * Boundaries that tile an irregular, roughly oval city: a lattice of jittered corners with a
 * jittered point on every edge. Neighbouring cells share their corner and edge points, so the
 * polygons meet exactly and never overlap. Cells are returned row by row from the south-west.
 */
export function gridBoundaries(random: Random, options: GridOptions): AreaBoundary[] {
  const { cols, rows, centre, cellLon, cellLat } = options;
  const originLon = centre[0] - (cols * cellLon) / 2;
  const originLat = centre[1] - (rows * cellLat) / 2;

  const corner: Point[][] = [];
  for (let r = 0; r <= rows; r++) {
    const line: Point[] = [];
    for (let c = 0; c <= cols; c++) {
      const onEdge = r === 0 || r === rows || c === 0 || c === cols;
      // Outer corners are pulled towards the centre so the city is rounded rather than a rectangle.
      const pull = onEdge ? 0.18 + 0.22 * cornerness(c / cols, r / rows) : 0;
      const x = c + (onEdge ? 0.1 : 0.25) * (random.next() * 2 - 1) + pull * (cols / 2 - c) / (cols / 2);
      const y = r + (onEdge ? 0.1 : 0.25) * (random.next() * 2 - 1) + pull * (rows / 2 - r) / (rows / 2);
      line.push([x, y]);
    }
    corner.push(line);
  }

  const edgePoints = new Map<string, Point>();
  const midpoint = (a: Point, b: Point, key: string): Point => {
    const known = edgePoints.get(key);
    if (known) return known;
    // Bend the edge sideways a little, like a ward boundary following a road or a beck.
    const bend = 0.14 * (random.next() * 2 - 1);
    const point: Point = [(a[0] + b[0]) / 2 - (b[1] - a[1]) * bend, (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend];
    edgePoints.set(key, point);
    return point;
  };

  const toLonLat = ([x, y]: Point): Point => [round(originLon + x * cellLon), round(originLat + y * cellLat)];
  const cornerAt = (r: number, c: number): Point => {
    const point = corner[r]?.[c];
    if (!point) throw new Error(`grid corner ${r},${c} missing`);
    return point;
  };

  const boundaries: AreaBoundary[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const sw = cornerAt(r, c);
      const se = cornerAt(r, c + 1);
      const ne = cornerAt(r + 1, c + 1);
      const nw = cornerAt(r + 1, c);
      // Anticlockwise, as RFC 7946 asks of an exterior ring, and closed by repeating the first point.
      const ring = [
        sw,
        midpoint(sw, se, `h${r},${c}`),
        se,
        midpoint(se, ne, `v${r},${c + 1}`),
        ne,
        midpoint(nw, ne, `h${r + 1},${c}`),
        nw,
        midpoint(sw, nw, `v${r},${c}`),
        sw,
      ].map(toLonLat);
      boundaries.push({ type: "Polygon", coordinates: [ring] });
    }
  }
  return boundaries;
}

/** 1 at the lattice's corners, 0 at the middle of its sides. */
function cornerness(u: number, v: number): number {
  return Math.abs(2 * u - 1) * Math.abs(2 * v - 1);
}

/** A point inside a boundary's ring: part-way from its centre towards one of its vertices. */
export function pointInside(random: Random, boundary: AreaBoundary): { latitude: number; longitude: number } {
  const ring = boundary.type === "Polygon" ? boundary.coordinates[0] : boundary.coordinates[0]?.[0];
  if (!ring || ring.length < 4) throw new Error("boundary has no ring");
  const vertices = ring.slice(0, -1).map(([lon = 0, lat = 0]): Point => [lon, lat]);
  const centreLon = vertices.reduce((sum, [lon]) => sum + lon, 0) / vertices.length;
  const centreLat = vertices.reduce((sum, [, lat]) => sum + lat, 0) / vertices.length;
  const [vertexLon, vertexLat] = random.pick(vertices);
  const t = 0.15 + 0.4 * random.next();
  return {
    longitude: round(centreLon + (vertexLon - centreLon) * t),
    latitude: round(centreLat + (vertexLat - centreLat) * t),
  };
}
