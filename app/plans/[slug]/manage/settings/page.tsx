import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PlanForm } from "@/components/plan-admin/plan-form";
import { planFormValues } from "@/components/plan-admin/plan-form-values";
import { Badge, FlashMessage, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanForAdmin, getRegionChoices } from "@/db/queries/plans/get-plan-settings";
import { outcomeRuleLabels } from "@/lib/outcome/rules";
import { phaseLabels } from "@/lib/plans/phases";
import { ballotMethodLabels } from "@/lib/voting/ballot-methods";
import { formatPence } from "@/lib/shared/money";
import type { CountingRules } from "@/lib/plans/plan-rules";
import { can } from "@/lib/policy";
import { getActor } from "../../../../_server/session";
import { updatePlanAction } from "./actions";

export const metadata: Metadata = { title: "Plan settings" };

function describeRules(rules: CountingRules): { label: string; value: string }[] {
  return [
    { label: "Budget", value: formatPence(rules.budgetPence) },
    { label: "How people vote", value: ballotMethodLabels[rules.ballotMethod] },
    ...(rules.ballotMethod === "approval" ? [{ label: "Most projects per voter", value: String(rules.approvalLimit ?? "not set") }] : []),
    ...(rules.ballotMethod === "cumulative" ? [{ label: "Points per voter", value: String(rules.cumulativePoints ?? "not set") }] : []),
    { label: "How the winners are worked out", value: `${outcomeRuleLabels[rules.outcomeRule]}, ${rules.utility === "cost" ? "cost utilities" : "approval utilities"}` },
    { label: "Who may vote", value: rules.requiresVerifiedVoters ? "Residents with a verified home neighbourhood" : "Residents of the region" },
    {
      label: "Ring-fences",
      value: rules.ringFences.length ? rules.ringFences.map((f) => `${f.label}: ${formatPence(f.amountPence)}`).join("; ") : "None",
    },
  ];
}

export default async function PlanSettingsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/manage/settings`);
  if (!can(actor, "plan.update")) notFound();
  const db = await getDb();
  const plan = await getPlanForAdmin(db, slug);
  if (!plan) notFound();
  const [choices, query] = await Promise.all([getRegionChoices(db, plan.regionId), searchParams]);
  const frozen = plan.rulesFrozenAt !== null;

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}/manage`, label: `Run ${plan.title}` },
        ]}
        title={`Settings: ${plan.title}`}
        meta={
          <>
            <Badge tone="info">{phaseLabels[plan.phase]} phase</Badge>
            <Badge>{plan.region.name}</Badge>
            {frozen ? <Badge tone="warning">Counting rules frozen</Badge> : null}
          </>
        }
        actions={
          <Link href={`/plans/${plan.slug}/manage/areas`} className="text-brand-700 underline">
            Import neighbourhoods for {plan.region.name}
          </Link>
        }
      />
      {query.created ? <FlashMessage tone="success" title="Plan created as a draft. It stays hidden from the public until you open its ideas phase." /> : null}
      <PlanForm
        action={updatePlanAction}
        initial={planFormValues(plan)}
        hidden={{ planId: plan.id }}
        themes={choices.themes}
        areas={choices.areas}
        frozenRules={frozen ? describeRules(plan.rules) : undefined}
        submitLabel="Save settings"
      />
    </>
  );
}
