import type { Metadata } from "next";
import type { ReactNode } from "react";
import { organisationRoleLabels } from "@/lib/organisations/roles";
import { ActionButton } from "@/components/forms/action-button";
import { Card, FlashMessage, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getInvitationByToken } from "@/db/queries/organisations/accept-invitation";
import { formatDate } from "@/lib/shared/dates";
import { acceptInvitationAction } from "../../organisations/actions";
import { getActor } from "../../_server/session";

// The token is a secret: keep the page out of search engines and the link out of Referer headers.
export const metadata: Metadata = { title: "Invitation", robots: { index: false }, referrer: "no-referrer" };

/** j•••@example.org: enough to recognise one's own address without publishing it. */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

function Problem({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <>
      <PageHeader title="Invitation" />
      <FlashMessage tone="error" title={title}>
        {children}
      </FlashMessage>
      <LinkButton href="/organisations" variant="secondary">
        Browse organisations
      </LinkButton>
    </>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, actor] = await Promise.all([token.length <= 200 ? getDb().then((db) => getInvitationByToken(db, token)) : null, getActor()]);
  if (!invitation) return <Problem title="This invitation link is not valid">Check that you copied the whole link from the email.</Problem>;

  const { organisation } = invitation;
  const here = `/invitations/${token}`;
  if (invitation.status === "accepted" && actor?.memberships[organisation.id]) {
    return (
      <>
        <PageHeader title={`You are a member of ${organisation.name}`} />
        <LinkButton href={`/organisations/${organisation.slug}`}>Go to {organisation.name}</LinkButton>
      </>
    );
  }
  if (invitation.status !== "pending") return <Problem title="This invitation has already been used or was withdrawn">Ask the organisation to invite you again if you still want to join.</Problem>;
  if (invitation.expiresAt <= new Date()) return <Problem title="This invitation has expired">It expired on {formatDate(invitation.expiresAt)}. Ask the organisation to invite you again.</Problem>;

  const role = organisationRoleLabels[invitation.role].toLowerCase();
  return (
    <>
      <PageHeader
        title={`Join ${organisation.name}`}
        lead={`${invitation.inviterName ?? "Someone"} has invited you to join ${organisation.name} as ${role === "admin" ? "an admin" : "a member"}.`}
      />
      <Card className="max-w-xl">
        <p className="text-sm text-muted">
          Sent to {maskEmail(invitation.email)} · works until {formatDate(invitation.expiresAt)}
        </p>
        {!actor ? (
          <>
            <p className="mt-3">Sign in with the email address the invitation was sent to, then accept it.</p>
            <LinkButton href={`/sign-in?next=${encodeURIComponent(here)}`} className="mt-4">
              Sign in to accept
            </LinkButton>
          </>
        ) : (actor.email ?? "").toLowerCase() !== invitation.email ? (
          <div className="mt-3">
            <FlashMessage tone="error" title="This invitation is for a different email address">
              You are signed in as {actor.email ?? "someone without an email address"}. Sign out and sign in with the address the invitation was sent to.
            </FlashMessage>
          </div>
        ) : (
          <div className="mt-4">
            <ActionButton action={acceptInvitationAction} fields={{ token }} variant="primary" pendingText="Joining…">
              Accept and join {organisation.name}
            </ActionButton>
          </div>
        )}
      </Card>
    </>
  );
}
