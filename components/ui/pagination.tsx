import Link from "next/link";
import { pageWindow, type PageInfo } from "@/lib/shared/pagination";
import { cx } from "./cx";

/**
 * Numbered pages with previous and next. `hrefFor` keeps the rest of the query string
 * (filters, sort) so paging never loses what a person chose.
 */
export function Pagination({ info, hrefFor, label = "Pages" }: { info: PageInfo; hrefFor: (page: number) => string; label?: string }) {
  if (info.pageCount <= 1) return null;
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border-2 border-stone-400 bg-white px-3 font-semibold text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-6">
      <p className="mb-2 text-sm text-muted">
        Showing {info.firstItem}–{info.lastItem} of {info.total}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        {info.hasPrevious ? (
          <li>
            <Link className={linkClass} href={hrefFor(info.page - 1)} rel="prev">
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(info.page, info.pageCount).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                className={cx(linkClass, page === info.page && "border-brand-700 bg-brand-600 text-white hover:bg-brand-700")}
                href={hrefFor(page)}
                aria-current={page === info.page ? "page" : undefined}
                aria-label={`Page ${page}`}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {info.hasNext ? (
          <li>
            <Link className={linkClass} href={hrefFor(info.page + 1)} rel="next">
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
