import type { SelectOption } from "@/components/ui/field";

/** Neighbourhoods as select options; the region is named only when there is more than one. */
export function areaOptions(areas: readonly { id: string; name: string; regionName: string }[]): SelectOption[] {
  const regions = new Set(areas.map((area) => area.regionName));
  return areas.map((area) => ({ value: area.id, label: regions.size > 1 ? `${area.name} (${area.regionName})` : area.name }));
}
