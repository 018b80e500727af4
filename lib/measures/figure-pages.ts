import { parsePage } from "../shared/pagination";

type Query = Record<string, string | string[] | undefined>;

/** Each figure pages on its own: ?<figure name>=<page>, keeping every other choice in the address. */
export function figurePage(query: Query, name: string): number {
  return parsePage(query[name]).page;
}

export function figurePageHref(query: Query, name: string, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === name || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  if (page > 1) params.set(name, String(page));
  const text = params.toString();
  return `${text ? `?${text}` : "?"}#figure-${name}`;
}
