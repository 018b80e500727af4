import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PlanDocumentView } from "@/components/plan-document/plan-document";
import { PublishPlanForm } from "@/components/plan-document/publish-form";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { assemblePlanDocument } from "@/db/queries/adoption/assemble-plan-document";
import { listPlanVersions } from "@/db/queries/adoption/get-plan-version";
import { nextPlanVersionNumber } from "@/db/queries/adoption/publish-plan-version";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { formatDate } from "@/lib/shared/dates";
import { describeImdDecile } from "@/lib/geography/imd";
import { phaseLabels } from "@/lib/plans/phases";
import { authorize } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { publishPlanVersionAction } from "./actions";

export const metadata: Metadata = { title: "Adopt the people's plan" };

export default async function AdoptPlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/adopt`);
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const decision = authorize(actor, "plan.adopt", { planPhase: plan.phase });
  // Staff outside the adopting phases see why; everyone else sees no such page.
  if (!decision.allowed && decision.reason !== "wrong_phase") notFound();
  const [document, nextVersion, versions] = await Promise.all([assemblePlanDocument(db, plan.id), nextPlanVersionNumber(db, plan.id), listPlanVersions(db, plan.id)]);

  return (
    <>
      <PageHeader
        crumbs={[{ href: `/plans/${plan.slug}`, label: plan.title }]}
        title="Adopt the people's plan"
        lead="A preview of the plan assembled from the selected proposals, the strategic priorities, confirmed pledges and agreed partners. Publishing makes it public as a new version."
      />
      {versions.length ? (
        <Card className="mb-6">
          <h2 className="mb-2 text-lg font-bold">Published versions</h2>
          <ul className="grid gap-1">
            {versions.map((v) => (
              <li key={v.id}>
                <Link className="text-brand-700 underline" href={`/plans/${plan.slug}/people-plan?version=${v.version}`}>
                  Version {v.version}: {v.title}
                </Link>{" "}
                <span className="text-muted">· {formatDate(v.publishedAt)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {!decision.allowed ? (
        <EmptyState title="The plan can be adopted once the results are in.">The plan is in its “{phaseLabels[plan.phase]}” phase.</EmptyState>
      ) : !document || document.proposals.length === 0 ? (
        <EmptyState title="No proposals have been selected yet">Count the ballot or select proposals before adopting the plan.</EmptyState>
      ) : (
        <>
          <h2 className="mb-4 text-2xl font-bold">Preview of version {nextVersion}</h2>
          <div className="mb-8 rounded-lg border-2 border-dashed border-stone-400 p-4">
            <PlanDocumentView document={document} deciles={describeImdDecile} />
          </div>
          <Card className="mb-8">
            <h2 className="mb-3 text-xl font-bold">Publish</h2>
            <PublishPlanForm action={publishPlanVersionAction} planId={plan.id} nextVersion={nextVersion} defaultTitle={`${plan.title}: the people's plan`} />
          </Card>
        </>
      )}
    </>
  );
}
