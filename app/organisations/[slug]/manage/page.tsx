import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { areaOptions } from "@/components/organisations/area-options";
import { InviteForm } from "@/components/organisations/invite-form";
import { organisationRoleLabels } from "@/lib/organisations/roles";
import { memberName } from "@/components/organisations/member-list";
import { MemberControls } from "@/components/organisations/member-controls";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { TransferOwnershipForm } from "@/components/organisations/transfer-ownership-form";
import { Badge, Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas } from "@/db/queries/geography/list-areas";
import { getOrganisationBySlug, type OrganisationProfile } from "@/db/queries/organisations/get-organisation";
import { listPendingInvitations } from "@/db/queries/organisations/invite-member";
import { listPendingJoinRequests } from "@/db/queries/organisations/request-to-join";
import { formatDate } from "@/lib/shared/dates";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { updateOrganisationAction } from "../../actions";
import {
  changeMemberRoleAction,
  decideJoinRequestAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./actions";

export const metadata: Metadata = { title: "Manage organisation", robots: { index: false } };

const sectionHeading = "mb-3 text-xl font-bold";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-stone-300 pt-6">
      <h2 id={id} className={sectionHeading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Refusal({ organisation, signedIn }: { organisation: OrganisationProfile; signedIn: boolean }) {
  const here = `/organisations/${organisation.slug}`;
  return (
    <>
      <PageHeader crumbs={[{ href: "/organisations", label: "Organisations" }, { href: here, label: organisation.name }]} title={`Manage ${organisation.name}`} />
      <Card className="max-w-xl">
        <p>{signedIn ? "Only this organisation's owner and admins can manage it." : "Sign in as one of this organisation's admins to manage it."}</p>
        <LinkButton href={signedIn ? here : `/sign-in?next=${encodeURIComponent(`${here}/manage`)}`} variant="secondary" className="mt-4">
          {signedIn ? `Back to ${organisation.name}` : "Sign in"}
        </LinkButton>
      </Card>
    </>
  );
}

export default async function ManageOrganisationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const [organisation, actor] = await Promise.all([getOrganisationBySlug(db, slug), getActor()]);
  if (!organisation) notFound();
  const organisationId = organisation.id;
  // The page asks the same policy question as the actions behind it.
  if (!can(actor, "organisation.update", { organisationId })) return <Refusal organisation={organisation} signedIn={actor !== null} />;
  const [invitations, requests, areas] = await Promise.all([listPendingInvitations(db, organisationId), listPendingJoinRequests(db, organisationId), listAllAreas(db)]);
  const mayTransfer = can(actor, "organisation.transferOwnership", { organisationId });
  const others = organisation.members.filter((member) => member.role !== "owner");
  const here = `/organisations/${organisation.slug}`;

  return (
    <>
      <PageHeader crumbs={[{ href: "/organisations", label: "Organisations" }, { href: here, label: organisation.name }]} title={`Manage ${organisation.name}`} />
      <div className="grid gap-8">
        <Section id="requests-heading" title={`Requests to join (${requests.length})`}>
          {requests.length === 0 ? (
            <EmptyState title="No one is waiting to join" />
          ) : (
            <ul className="grid gap-4">
              {requests.map((request) => {
                const name = memberName(request);
                return (
                  <li key={request.id}>
                    <Card>
                      <p className="font-semibold">{name}</p>
                      <p className="text-sm text-muted">Asked on {formatDate(request.createdAt)}</p>
                      {request.message ? <p className="mt-2 whitespace-pre-line break-words">{request.message}</p> : null}
                      <div className="mt-3 flex flex-wrap gap-3">
                        <ActionButton action={decideJoinRequestAction} fields={{ organisationId, requestId: request.id, decision: "approve" }} variant="primary" pendingText="Approving…">
                          Approve {name}&apos;s request
                        </ActionButton>
                        <ActionButton action={decideJoinRequestAction} fields={{ organisationId, requestId: request.id, decision: "decline" }} pendingText="Declining…">
                          Decline {name}&apos;s request
                        </ActionButton>
                      </div>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>

        <Section id="members-heading" title={`Members (${organisation.members.length})`}>
          <ul className="grid gap-3">
            {organisation.members.map((member) => (
              <li key={member.userId} className="rounded-lg border border-stone-300 bg-white p-4">
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <span className="font-semibold break-words">{memberName(member)}</span>
                  <Badge tone={member.role === "member" ? "neutral" : "info"}>{organisationRoleLabels[member.role]}</Badge>
                </div>
                {member.role === "owner" ? (
                  <p className="text-sm text-muted">The owner&apos;s role changes only when they transfer ownership.</p>
                ) : (
                  <MemberControls
                    organisationId={organisationId}
                    member={{ userId: member.userId, name: memberName(member), role: member.role }}
                    changeRole={changeMemberRoleAction}
                    remove={removeMemberAction}
                  />
                )}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="invite-heading" title="Invite someone">
          <InviteForm action={inviteMemberAction} organisationId={organisationId} />
          <h3 className="mb-2 mt-6 text-lg font-semibold">Invitations waiting ({invitations.length})</h3>
          {invitations.length === 0 ? (
            <p className="text-muted">No invitations are waiting to be accepted.</p>
          ) : (
            <ul className="grid gap-3">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="rounded-lg border border-stone-300 bg-white p-4">
                  <p className="font-semibold break-all">{invitation.email}</p>
                  <p className="mb-2 text-sm text-muted">
                    As {organisationRoleLabels[invitation.role].toLowerCase()} · {invitation.expiresAt > new Date() ? `expires ${formatDate(invitation.expiresAt)}` : "expired"}
                  </p>
                  <ActionButton action={revokeInvitationAction} fields={{ organisationId, invitationId: invitation.id }} pendingText="Withdrawing…">
                    Withdraw<span className="sr-only"> the invitation to {invitation.email}</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="profile-heading" title="Profile">
          <OrganisationForm
            action={updateOrganisationAction}
            areas={areaOptions(areas)}
            organisationId={organisationId}
            submitLabel="Save the profile"
            initial={{
              name: organisation.name,
              sector: organisation.sector,
              description: organisation.description,
              offers: organisation.offers,
              areaServedId: organisation.areaServedId ?? "",
              website: organisation.website ?? "",
            }}
          />
        </Section>

        {mayTransfer ? (
          <Section id="transfer-heading" title="Transfer ownership">
            {others.length === 0 ? (
              <p>Invite someone first: ownership can only go to an existing member.</p>
            ) : (
              <TransferOwnershipForm action={transferOwnershipAction} organisationId={organisationId} members={others.map((member) => ({ value: member.userId, label: memberName(member) }))} />
            )}
          </Section>
        ) : null}
      </div>
    </>
  );
}
