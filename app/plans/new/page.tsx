import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PlanForm } from "@/components/plan-admin/plan-form";
import { newPlanValues } from "@/components/plan-admin/plan-form-values";
import { EmptyState, PageHeader, Select } from "@/components/ui";
import { getDb } from "@/db";
import { listRegions } from "@/db/queries/geography/list-areas";
import { getRegionChoices } from "@/db/queries/plans/get-plan-settings";
import { can } from "@/lib/policy";
import { getActor } from "../../_server/session";
import { createPlanAction } from "./actions";

export const metadata: Metadata = { title: "New plan" };

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/plans/new");
  if (!can(actor, "plan.create")) notFound();
  const db = await getDb();
  const [regions, query] = await Promise.all([listRegions(db), searchParams]);
  const asked = typeof query.region === "string" ? query.region : "";
  const region = regions.find((r) => r.id === asked) ?? regions[0];
  if (!region) return <EmptyState title="There is no region yet" />;
  const choices = await getRegionChoices(db, region.id);

  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Home" }]} title="New people's plan" lead={`A new plan starts as a draft for ${region.name}: nobody else sees it until you open its ideas phase.`} />
      {regions.length > 1 ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <Select id="region" name="region" label="Region" options={regions.map((r) => ({ value: r.id, label: r.name }))} defaultValue={region.id} />
          </div>
          <button type="submit" className="mb-5 inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800">
            Change region
          </button>
        </form>
      ) : null}
      <PlanForm action={createPlanAction} initial={newPlanValues} hidden={{ regionId: region.id }} themes={choices.themes} areas={choices.areas} submitLabel="Create the plan" />
    </>
  );
}
