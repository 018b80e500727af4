import Link from "next/link";
import { Badge } from "@/components/ui";
import type { OrganisationListItem } from "@/db/queries/organisations/list-organisations";
import { sectorLabels } from "@/lib/organisations/sectors";

export function VerifiedBadge() {
  return (
    <Badge tone="success">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 h-4 w-4 fill-current">
        <path d="M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1L13.4 4.4z" />
      </svg>
      Verified
    </Badge>
  );
}

const membersLabel = (n: number) => `${n} ${n === 1 ? "member" : "members"}`;

export function OrganisationCard({ organisation }: { organisation: OrganisationListItem }) {
  return (
    <article className="h-full rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug break-words">
        <Link href={`/organisations/${organisation.slug}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {organisation.name}
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge>{sectorLabels[organisation.sector]}</Badge>
        {organisation.verifiedAt ? <VerifiedBadge /> : null}
      </div>
      {organisation.description ? <p className="mt-2 line-clamp-3 break-words">{organisation.description}</p> : null}
      <p className="mt-2 text-sm text-muted">
        {organisation.areaName ? `Serves ${organisation.areaName}` : "Serves the whole region"} · {membersLabel(organisation.memberCount)}
      </p>
    </article>
  );
}
