export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  page: number;
  pageSize: number;
  offset: number;
}

/** Reads a ?page= value defensively: anything that is not a positive integer is page 1. */
export function parsePage(raw: string | string[] | undefined, pageSize = DEFAULT_PAGE_SIZE): PageRequest {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  const page = Math.max(1, parsed);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export interface PageInfo {
  page: number;
  pageCount: number;
  total: number;
  firstItem: number;
  lastItem: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function describePage(request: PageRequest, total: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / request.pageSize));
  const firstItem = total === 0 ? 0 : Math.min(total, request.offset + 1);
  const lastItem = Math.min(total, request.offset + request.pageSize);
  return {
    page: request.page,
    pageCount,
    total,
    firstItem,
    lastItem,
    hasPrevious: request.page > 1,
    hasNext: request.page < pageCount,
  };
}

/**
 * The page numbers to show as links: first, last, and a window around the current page,
 * with null where a gap stands. Short enough for a 360px screen.
 */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous > 1) result.push(null);
    result.push(p);
  });
  return result;
}
