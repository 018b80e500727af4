import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanDocumentView } from "@/components/plan-document/plan-document";
import { PlanSignatures } from "@/components/plan-document/plan-signatures";
import { SignPlanForm } from "@/components/plan-document/sign-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanVersion, listPlanVersions } from "@/db/queries/adoption/get-plan-version";
import { listOrganisationsYetToSign, listPlanSignatures } from "@/db/queries/adoption/sign-plan-version";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { formatDate } from "@/lib/shared/dates";
import { describeImdDecile } from "@/lib/geography/imd";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { signPlanAction } from "../adopt/actions";

export const metadata: Metadata = { title: "The people's plan" };

function parseVersion(raw: string | string[] | undefined): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

export default async function PeoplePlanPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string | string[] }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const requested = parseVersion(query.version);
  const [version, versions] = await Promise.all([getPlanVersion(db, plan.id, requested), listPlanVersions(db, plan.id)]);
  if (requested !== undefined && !version) notFound();

  if (!version) {
    return (
      <>
        <PageHeader crumbs={[{ href: `/plans/${plan.slug}`, label: plan.title }]} title="The people's plan" />
        <EmptyState title="The people's plan has not been published yet">It is published once the votes are counted and the plan is adopted.</EmptyState>
      </>
    );
  }

  const latest = versions[0]?.version ?? version.version;
  const actor = await getActor();
  const adminOf = actor ? Object.entries(actor.memberships).filter(([organisationId]) => can(actor, "plan.sign", { planPhase: plan.phase, organisationId })).map(([organisationId]) => organisationId) : [];
  const [signatures, canSignFor] = await Promise.all([listPlanSignatures(db, version.id), version.version === latest ? listOrganisationsYetToSign(db, version.id, adminOf) : Promise.resolve([])]);

  return (
    <article className="print:text-black">
      <PageHeader
        crumbs={[{ href: `/plans/${plan.slug}`, label: plan.title }]}
        title={version.title}
        meta={
          <>
            <Badge tone={version.version === latest ? "success" : "warning"}>Version {version.version}{version.version === latest ? " (latest)" : ` (superseded by version ${latest})`}</Badge>
            <span className="text-sm text-muted">
              Published <time dateTime={version.publishedAt.toISOString()}>{formatDate(version.publishedAt)}</time>
            </span>
          </>
        }
      />
      {versions.length > 1 ? (
        <nav aria-label="Versions of the plan" className="mb-6 print:hidden">
          <h2 className="mb-1 text-sm font-semibold">Other versions</h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {versions
              .filter((v) => v.version !== version.version)
              .map((v) => (
                <li key={v.id}>
                  <Link className="inline-flex min-h-11 items-center text-brand-700 underline" href={`/plans/${plan.slug}/people-plan?version=${v.version}`}>
                    Version {v.version}, {formatDate(v.publishedAt)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      <p className="mb-6 text-sm text-muted print:hidden">To keep a copy, use your browser’s Print and choose “Save as PDF”.</p>

      <PlanDocumentView document={version.document} summary={version.summary} deciles={describeImdDecile} />
      <PlanSignatures signatures={signatures} />

      {canSignFor.length ? (
        <Card className="mb-8 print:hidden">
          <h2 className="mb-3 text-xl font-bold">Sign the plan</h2>
          {canSignFor.map((organisation) => (
            <SignPlanForm key={organisation.id} action={signPlanAction} planVersionId={version.id} organisation={organisation} />
          ))}
        </Card>
      ) : null}
    </article>
  );
}
