import type { Geometry, Ring } from "./project";

/**
 * Whether a point lies on a ring's edge. Neighbouring wards share their edges, so a pin dropped
 * exactly on a boundary belongs to both rather than to neither.
 */
function onEdge(lon: number, lat: number, ring: Ring): boolean {
  const tolerance = 1e-12;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [];
    const [xj, yj] = ring[j] ?? [];
    if (xi === undefined || yi === undefined || xj === undefined || yj === undefined) continue;
    const cross = (lon - xi) * (yj - yi) - (lat - yi) * (xj - xi);
    if (Math.abs(cross) > tolerance) continue;
    const withinX = lon >= Math.min(xi, xj) - tolerance && lon <= Math.max(xi, xj) + tolerance;
    const withinY = lat >= Math.min(yi, yj) - tolerance && lat <= Math.max(yi, yj) + tolerance;
    if (withinX && withinY) return true;
  }
  return false;
}

/** Even–odd ray casting: a horizontal ray from the point crosses the ring an odd number of times when inside. */
function insideRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [];
    const [xj, yj] = ring[j] ?? [];
    if (xi === undefined || yi === undefined || xj === undefined || yj === undefined) continue;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** GeoJSON polygon: the first ring is the outline, the rest are holes (a park, another ward enclosed). */
function insidePolygon(lon: number, lat: number, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || outer.length < 3) return false;
  if (onEdge(lon, lat, outer)) return true;
  if (!insideRing(lon, lat, outer)) return false;
  return holes.every((hole) => onEdge(lon, lat, hole) || !insideRing(lon, lat, hole));
}

/** Whether a WGS84 point (longitude, latitude) lies inside a neighbourhood's boundary or on its edge. */
export function geometryContains(geometry: Geometry, lon: number, lat: number): boolean {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return false;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => insidePolygon(lon, lat, rings));
}
