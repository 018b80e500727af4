import Link from "next/link";
import { boundsOf, fitProjection, labelPoint, type Geometry } from "@/lib/geography/project";
import { choroplethClasses, classify, legendBreaks } from "@/lib/geography/scale";

export interface MapArea {
  id: string;
  name: string;
  boundary: Geometry | null;
  value: number;
}

/**
 * A server-rendered SVG map of neighbourhoods, shaded by `value`, each area a link.
 * No tiles or scripts: it renders on a slow phone and offline. The list beside it carries
 * the same information for people who cannot see the map.
 */
export function AreaMap({
  areas,
  title,
  valueLabel,
  legendValue = String,
  highlightId,
  hrefFor = (id) => `/neighbourhoods/${id}`,
}: {
  areas: MapArea[];
  title: string;
  valueLabel: (value: number) => string;
  /** How the key writes the low end of a range (the high end uses valueLabel, which carries the unit). */
  legendValue?: (value: number) => string;
  highlightId?: string;
  hrefFor?: (areaId: string) => string;
}) {
  const drawable = areas.filter((area): area is MapArea & { boundary: Geometry } => area.boundary !== null);
  const bounds = boundsOf(drawable.map((area) => area.boundary));
  if (!bounds) return null;
  const projection = fitProjection(bounds, 600);
  const max = Math.max(0, ...drawable.map((area) => area.value));
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-2">
      <svg viewBox={`0 0 ${projection.width} ${projection.height}`} className="h-auto w-full" role="group" aria-label={title}>
        <title>{title}</title>
        {/* Shared styling sits on the groups, not on each of possibly hundreds of areas. */}
        <g stroke="#ffffff" strokeWidth={2}>
          {drawable.map((area) => (
            <a key={area.id} href={hrefFor(area.id)} aria-label={`${area.name}: ${valueLabel(area.value)}`}>
              <path
                d={projection.toSvgPath(area.boundary)}
                fill={choroplethClasses[classify(area.value, max)]}
                {...(area.id === highlightId ? { stroke: "#1b1f23", strokeWidth: 4 } : {})}
              />
            </a>
          ))}
        </g>
        <g textAnchor="middle" fontSize="16" fill="#1b1f23" stroke="#ffffff" strokeWidth="3" paintOrder="stroke" aria-hidden="true" pointerEvents="none">
          {drawable.map((area) => {
            const point = labelPoint(area.boundary);
            const label = point ? projection.toPoint(point[0], point[1]) : null;
            return label ? (
              <text key={area.id} x={label.x} y={label.y}>
                {area.name}
              </text>
            ) : null;
          })}
        </g>
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="font-semibold">{title}.</span> Key:
        <ul className="mt-1 flex flex-wrap gap-3">
          {legendBreaks(max).map((range, index) => (
            <li key={index} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-4 border border-stone-400" style={{ background: choroplethClasses[index] }} />
              {range.from === range.to ? valueLabel(range.from) : `${legendValue(range.from)}–${valueLabel(range.to)}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export function AreaLinkList({ areas, valueLabel }: { areas: MapArea[]; valueLabel: (value: number) => string }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {areas.map((area) => (
        <li key={area.id}>
          <Link href={`/neighbourhoods/${area.id}`} className="flex min-h-11 items-center justify-between gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 hover:bg-brand-50">
            <span className="font-semibold text-brand-700 underline">{area.name}</span>
            <span className="text-sm text-muted">{valueLabel(area.value)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
