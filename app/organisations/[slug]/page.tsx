import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { JoinRequestForm } from "@/components/organisations/join-request-form";
import { MemberList } from "@/components/organisations/member-list";
import { VerifiedBadge } from "@/components/organisations/organisation-card";
import { Badge, Card, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import type { SignedInPerson } from "@/db/queries/people/load-actor";
import { getOrganisationBySlug, type OrganisationProfile } from "@/db/queries/organisations/get-organisation";
import { hasPendingJoinRequest } from "@/db/queries/organisations/request-to-join";
import { formatDate } from "@/lib/shared/dates";
import { sectorLabels } from "@/lib/organisations/sectors";
import { can } from "@/lib/policy";
import { getActor } from "../../_server/session";
import { leaveOrganisationAction, requestToJoinAction, verifyOrganisationAction } from "../actions";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const organisation = await getOrganisationBySlug(await getDb(), slug);
  return { title: organisation?.name ?? "Organisation not found" };
}

/** What the visitor can do here, by who they are to this organisation. */
async function Participation({ organisation, actor }: { organisation: OrganisationProfile; actor: SignedInPerson | null }) {
  const here = `/organisations/${organisation.slug}`;
  if (!actor) {
    return (
      <>
        <p>Work or volunteer here? Sign in to ask to join.</p>
        <LinkButton href={`/sign-in?next=${encodeURIComponent(here)}`} variant="secondary" className="mt-3">
          Sign in to ask to join
        </LinkButton>
      </>
    );
  }
  const role = actor.memberships[organisation.id];
  if (!role) {
    if (await hasPendingJoinRequest(await getDb(), organisation.id, actor.id)) {
      return <p>You have asked to join. The organisation&apos;s admins will decide.</p>;
    }
    return <JoinRequestForm action={requestToJoinAction} organisationId={organisation.id} organisationName={organisation.name} />;
  }
  return (
    <>
      <p>You are {role === "member" ? "a member" : role === "admin" ? "an admin" : "the owner"} of this organisation.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {can(actor, "organisation.update", { organisationId: organisation.id }) ? (
          <LinkButton href={`${here}/manage`}>Manage {organisation.name}</LinkButton>
        ) : null}
        {role === "owner" ? (
          <p className="text-sm text-muted">To leave, first transfer ownership to another member.</p>
        ) : (
          <ActionButton action={leaveOrganisationAction} fields={{ organisationId: organisation.id }} variant="danger" pendingText="Leaving…">
            Leave {organisation.name}
          </ActionButton>
        )}
      </div>
    </>
  );
}

export default async function OrganisationPage({ params }: Props) {
  const { slug } = await params;
  const [organisation, actor] = await Promise.all([getDb().then((db) => getOrganisationBySlug(db, slug)), getActor()]);
  if (!organisation) notFound();
  const isMember = Boolean(actor?.memberships[organisation.id]);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: "/organisations", label: "Organisations" },
        ]}
        title={<span className="break-words">{organisation.name}</span>}
        meta={
          <>
            <Badge>{sectorLabels[organisation.sector]}</Badge>
            {organisation.verifiedAt ? <VerifiedBadge /> : null}
            <Badge>{organisation.areaName ? `Serves ${organisation.areaName}` : `Serves ${organisation.regionName}`}</Badge>
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="grid content-start gap-6 md:col-span-2">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-bold">
              About
            </h2>
            <p className="mt-2 whitespace-pre-line break-words">{organisation.description || "This organisation has not described itself yet."}</p>
            {organisation.website && /^https?:\/\//.test(organisation.website) ? (
              <p className="mt-3">
                <a href={organisation.website} rel="nofollow ugc noopener" className="break-all font-semibold text-brand-700 underline">
                  {organisation.website.replace(/^https?:\/\//, "")}
                  <span className="sr-only"> (website of {organisation.name})</span>
                </a>
              </p>
            ) : null}
          </section>
          {organisation.offers ? (
            <section aria-labelledby="offers-heading">
              <h2 id="offers-heading" className="text-xl font-bold">
                What it can offer
              </h2>
              <p className="mt-2 whitespace-pre-line break-words">{organisation.offers}</p>
            </section>
          ) : null}
          <section aria-labelledby="members-heading">
            <h2 id="members-heading" className="text-xl font-bold">
              Members <span className="text-base font-normal text-muted">({organisation.members.length})</span>
            </h2>
            <MemberList members={organisation.members} />
          </section>
        </div>
        <aside className="grid content-start gap-4" aria-label="Taking part">
          <Card>
            <h2 className="text-lg font-semibold">{isMember ? "Your membership" : "Join this organisation"}</h2>
            <div className="mt-2">
              <Participation organisation={organisation} actor={actor} />
            </div>
          </Card>
          {organisation.verifiedAt ? (
            <p className="text-sm text-muted">Verified by the council on {formatDate(organisation.verifiedAt)}.</p>
          ) : can(actor, "organisation.verify") ? (
            <Card>
              <h2 className="text-lg font-semibold">For council officers</h2>
              <p className="mt-1 text-sm">Verify once you have checked that this organisation is real and that its owner acts for it.</p>
              <div className="mt-3">
                <ActionButton action={verifyOrganisationAction} fields={{ organisationId: organisation.id }} pendingText="Verifying…">
                  Verify this organisation
                </ActionButton>
              </div>
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
