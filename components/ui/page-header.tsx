import Link from "next/link";
import type { ReactNode } from "react";

export interface Crumb {
  href: string;
  label: string;
}

/** The page's one h1, with breadcrumbs above it and an optional lead paragraph and actions. */
export function PageHeader({
  title,
  lead,
  crumbs = [],
  meta,
  actions,
}: {
  title: ReactNode;
  lead?: ReactNode;
  crumbs?: Crumb[];
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="mb-6">
      {crumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-1 text-muted">
            {crumbs.map((crumb) => (
              <li key={crumb.href} className="after:ml-1 after:content-['›'] last:after:content-none">
                <Link href={crumb.href} className="text-brand-700 underline">
                  {crumb.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{title}</h1>
      {meta ? <div className="mt-2 flex flex-wrap items-center gap-2">{meta}</div> : null}
      {lead ? <p className="mt-3 text-lg text-muted">{lead}</p> : null}
      {actions ? <div className="mt-4 flex flex-wrap gap-3">{actions}</div> : null}
    </header>
  );
}
