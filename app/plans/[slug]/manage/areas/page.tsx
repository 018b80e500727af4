import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AreaImportForm } from "@/components/plan-admin/area-import-form";
import { PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanForAdmin } from "@/db/queries/plans/get-plan-settings";
import { can } from "@/lib/policy";
import { getActor } from "../../../../_server/session";
import { importAreasAction, previewAreasAction } from "./actions";

export const metadata: Metadata = { title: "Import neighbourhoods" };

export default async function ImportAreasPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/manage/areas`);
  if (!can(actor, "areas.import")) notFound();
  const plan = await getPlanForAdmin(await getDb(), slug);
  if (!plan) notFound();
  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}/manage`, label: `Run ${plan.title}` },
          { href: `/plans/${plan.slug}/manage/settings`, label: "Settings" },
        ]}
        title={`Import neighbourhoods for ${plan.region.name}`}
        lead="Check the file first: you will see every good row and every problem before anything is saved. Rows with a code the region already has are updated."
      />
      <AreaImportForm planId={plan.id} regionName={plan.region.name} preview={previewAreasAction} importAreas={importAreasAction} />
    </>
  );
}
