/** A neighbourhood boundary as GeoJSON coordinates: [longitude, latitude] pairs. */
export type Ring = number[][];
export type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

export interface Projection {
  width: number;
  height: number;
  toSvgPath(geometry: Geometry): string;
  toPoint(lon: number, lat: number): { x: number; y: number };
}

function polygonsOf(geometry: Geometry): Ring[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

export function boundsOf(geometries: readonly Geometry[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          if (lon === undefined || lat === undefined) continue;
          bounds = bounds
            ? {
                minLon: Math.min(bounds.minLon, lon),
                maxLon: Math.max(bounds.maxLon, lon),
                minLat: Math.min(bounds.minLat, lat),
                maxLat: Math.max(bounds.maxLat, lat),
              }
            : { minLon: lon, maxLon: lon, minLat: lat, maxLat: lat };
        }
      }
    }
  }
  return bounds;
}

/**
 * An equirectangular projection scaled by cos(latitude): at city scale it keeps shapes
 * true enough for a map of wards, and needs no mapping library or tile server (the app works offline).
 */
export function fitProjection(bounds: Bounds, width = 600, padding = 8): Projection {
  const midLat = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const xScale = Math.cos(midLat);
  const spanX = Math.max((bounds.maxLon - bounds.minLon) * xScale, 1e-9);
  const spanY = Math.max(bounds.maxLat - bounds.minLat, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const toPoint = (lon: number, lat: number) => ({
    x: round(padding + (lon - bounds.minLon) * xScale * scale),
    y: round(padding + (bounds.maxLat - lat) * scale),
  });
  return {
    width,
    height,
    toPoint,
    toSvgPath(geometry) {
      return polygonsOf(geometry)
        .flatMap((polygon) =>
          polygon.map((ring) => {
            const points = ring
              .filter((pair): pair is [number, number] => pair.length >= 2)
              .map(([lon, lat]) => toPoint(lon, lat));
            return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ") + " Z";
          }),
        )
        .join(" ");
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Where to put a label: the mean of the outer ring's vertices (good enough for convex-ish wards). */
export function labelPoint(geometry: Geometry): [number, number] | null {
  const outer = polygonsOf(geometry)[0]?.[0];
  if (!outer || outer.length === 0) return null;
  const ring = closesItself(outer) ? outer.slice(0, -1) : outer;
  let lon = 0;
  let lat = 0;
  for (const [x = 0, y = 0] of ring) {
    lon += x;
    lat += y;
  }
  return [lon / ring.length, lat / ring.length];
}

function closesItself(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
}
