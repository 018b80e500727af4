import type { Metadata } from "next";
import { connection } from "next/server";
import { areaOptions } from "@/components/organisations/area-options";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { Card, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas } from "@/db/queries/geography/list-areas";
import { getActor } from "../../_server/session";
import { createOrganisationAction } from "../actions";

export const metadata: Metadata = { title: "Register an organisation" };

export default async function NewOrganisationPage() {
  await connection();
  const actor = await getActor();
  const crumbs = [
    { href: "/", label: "Home" },
    { href: "/organisations", label: "Organisations" },
  ];
  if (!actor) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Register an organisation" />
        <Card className="max-w-xl">
          <p>Sign in first. The person who registers an organisation becomes its owner and can invite others to join.</p>
          <LinkButton href="/sign-in?next=/organisations/new" className="mt-4">
            Sign in to register an organisation
          </LinkButton>
        </Card>
      </>
    );
  }
  const areas = await listAllAreas(await getDb());
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title="Register an organisation"
        lead="Community groups, social enterprises, businesses and public bodies can propose, pledge, endorse and partner on the plan. You will be its owner and can invite others."
      />
      <OrganisationForm action={createOrganisationAction} areas={areaOptions(areas)} submitLabel="Register the organisation" />
    </>
  );
}
