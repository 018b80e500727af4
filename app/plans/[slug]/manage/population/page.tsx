import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PopulationImportForm } from "@/components/plan-admin/population-import-form";
import { PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanForAdmin } from "@/db/queries/plans/get-plan-settings";
import { listAreaCodes } from "@/db/queries/geography/import-population";
import { listPopulationCoverage } from "@/db/queries/geography/list-population-groups";
import { equalityQuestionKeys, equalityQuestionNames } from "@/lib/people/equality";
import { can } from "@/lib/policy";
import { getActor } from "../../../../_server/session";
import { importPopulationAction, previewPopulationAction } from "./actions";

export const metadata: Metadata = { title: "Import residents by group" };

export default async function ImportPopulationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/manage/population`);
  if (!can(actor, "areas.import")) notFound();
  const db = await getDb();
  const plan = await getPlanForAdmin(db, slug);
  if (!plan) notFound();
  const [codes, coverage] = await Promise.all([listAreaCodes(db, plan.regionId), listPopulationCoverage(db, plan.regionId)]);
  const held = new Map(coverage.map((row) => [row.question, row]));
  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}/manage`, label: `Run ${plan.title}` },
        ]}
        title={`Residents by group for ${plan.region.name}`}
        lead="Census figures for each neighbourhood by age, gender, ethnic group, disability and work. The measures page sets who takes part against them; nothing here is about any one person."
      />
      <section aria-labelledby="held-heading" className="mb-8">
        <h2 id="held-heading" className="mb-2 text-xl font-bold">
          Figures held now
        </h2>
        <ul className="list-disc pl-6">
          {equalityQuestionKeys.map((question) => {
            const row = held.get(question);
            return (
              <li key={question}>
                {equalityQuestionNames[question]}:{" "}
                {row ? `${row.areas} of ${codes.size} neighbourhoods (${row.sources.join("; ")})` : "none yet"}
              </li>
            );
          })}
        </ul>
        <p className="mt-2">
          <a href={`/plans/${plan.slug}/manage/population/template`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            Download a template with every neighbourhood, question and answer
          </a>
        </p>
      </section>
      <PopulationImportForm planId={plan.id} questionNames={equalityQuestionNames} preview={previewPopulationAction} importFigures={importPopulationAction} />
    </>
  );
}
