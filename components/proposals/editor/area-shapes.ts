import { boundsOf, fitProjection, type Geometry } from "@/lib/geography/project";
import type { AreaChoice, AreaMapShape } from "./editor-values";

const MAP_WIDTH = 600;
const MAP_PADDING = 16;

function mapOf(boundary: Geometry): AreaMapShape | null {
  const bounds = boundsOf([boundary]);
  if (!bounds || bounds.maxLon === bounds.minLon || bounds.maxLat === bounds.minLat) return null;
  const projection = fitProjection(bounds, MAP_WIDTH, MAP_PADDING);
  // fitProjection is linear in each axis, so two opposite corners give the whole mapping, both ways.
  const topLeft = projection.toPoint(bounds.minLon, bounds.maxLat);
  const bottomRight = projection.toPoint(bounds.maxLon, bounds.minLat);
  const xPerLon = (bottomRight.x - topLeft.x) / (bounds.maxLon - bounds.minLon);
  const yPerLat = (bottomRight.y - topLeft.y) / (bounds.minLat - bounds.maxLat);
  return {
    width: projection.width,
    height: projection.height,
    path: projection.toSvgPath(boundary),
    x0: topLeft.x - xPerLon * bounds.minLon,
    xPerLon,
    y0: topLeft.y - yPerLat * bounds.maxLat,
    yPerLat,
    boundary,
  };
}

/** Neighbourhoods for the editor's select and map, projected on the server so the browser only draws. */
export function toAreaChoices(areas: readonly { id: string; name: string; boundary: Geometry | null }[]): AreaChoice[] {
  return areas.map((area) => ({ id: area.id, name: area.name, map: area.boundary ? mapOf(area.boundary) : null }));
}
