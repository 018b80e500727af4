"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { changeMemberRole, removeMember, transferOwnership } from "@/db/queries/organisations/manage-members";
import { createInvitation, INVITATION_DAYS, isMemberByEmail, revokeInvitation } from "@/db/queries/organisations/invite-member";
import { decideJoinRequest } from "@/db/queries/organisations/request-to-join";
import { hitRateLimit } from "@/db/queries/platform/hit-rate-limit";
import { siteUrl } from "@/env";
import { grantableOrganisationRoles } from "@/lib/organisations/roles";
import { authorize } from "@/lib/policy";
import { rateLimitKey } from "@/lib/platform/rate-limit";
import { ActionError, defineAction } from "../../../_server/action";
import { sendMail } from "@/mailer";
import { loadOrganisation } from "../../load-organisation";

const organisationId = z.uuid("Choose an organisation");
const userId = z.uuid("Choose a member");
const grantableRole = z.enum(grantableOrganisationRoles, "Choose a role");

// Invitations send email to any address an admin types, so they are limited per organisation.
const INVITATIONS_PER_HOUR = 30;

/** The address people reached this site on; behind a proxy, the forwarded host. */
async function siteOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host");
  if (!host) return siteUrl();
  const protocol = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol}://${host}`;
}

const revalidateManage = ({ slug }: { slug: string }) => {
  revalidatePath(`/organisations/${slug}`);
  revalidatePath(`/organisations/${slug}/manage`);
};

export const inviteMemberAction = defineAction({
  schema: z.object({
    organisationId,
    email: z.string("Enter an email address").trim().toLowerCase().min(1, "Enter an email address").max(254, "That email address is too long").pipe(z.email("Enter an email address like name@example.org")),
    role: grantableRole,
  }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation) => authorize(actor, "organisation.invite", { organisationId: organisation.id }),
  async run({ tx, actor, input, resource: organisation }) {
    if (await isMemberByEmail(tx, organisation.id, input.email)) throw new ActionError("That person is already a member.", "email");
    // Counted in the transaction, so a refused attempt is not counted and sends nothing.
    const sent = await hitRateLimit(tx, rateLimitKey("organisation-invite", organisation.id), 60 * 60_000);
    if (sent > INVITATIONS_PER_HOUR) throw new ActionError("This organisation has sent a lot of invitations in the last hour. Please try again later.");
    const { token } = await createInvitation(tx, { organisationId: organisation.id, email: input.email, role: input.role, invitedBy: actor.id });
    // Sent inside the transaction: if sending fails, no invitation is left without its email.
    await sendMail(tx, {
      to: input.email,
      subject: `You are invited to join ${organisation.name} on People's Plan`,
      text: [
        "Hello,",
        "",
        `${actor.name ?? "Someone"} has invited you to join ${organisation.name} on People's Plan as ${input.role === "admin" ? "an admin" : "a member"}.`,
        "",
        `Open this link to accept. It works for ${INVITATION_DAYS} days:`,
        "",
        `${await siteOrigin()}/invitations/${token}`,
        "",
        "If you were not expecting this, you can ignore this email.",
      ].join("\n"),
    });
    return { slug: organisation.slug, email: input.email };
  },
  after: revalidateManage,
  successMessage: ({ email }) => `Invitation sent to ${email}.`,
});

export const revokeInvitationAction = defineAction({
  schema: z.object({ organisationId, invitationId: z.uuid("Choose an invitation") }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation) => authorize(actor, "organisation.invite", { organisationId: organisation.id }),
  async run({ tx, input, resource: organisation }) {
    if (!(await revokeInvitation(tx, organisation.id, input.invitationId))) throw new ActionError("That invitation is no longer waiting.");
    return organisation;
  },
  after: revalidateManage,
  successMessage: "Invitation withdrawn.",
});

export const decideJoinRequestAction = defineAction({
  schema: z.object({ organisationId, requestId: z.uuid("Choose a request"), decision: z.enum(["approve", "decline"], "Choose approve or decline") }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation) => authorize(actor, "organisation.decideJoinRequest", { organisationId: organisation.id }),
  async run({ tx, actor, input, resource: organisation }) {
    const approve = input.decision === "approve";
    const decided = await decideJoinRequest(tx, { organisationId: organisation.id, requestId: input.requestId, approve, decidedBy: actor.id });
    if (!decided) throw new ActionError("That request has already been decided.");
    return { slug: organisation.slug, approve };
  },
  after: revalidateManage,
  successMessage: ({ approve }) => (approve ? "Request approved: they are now a member." : "Request declined."),
});

const memberRefusals = {
  owner: "The owner's role cannot be changed here. The owner can transfer ownership to another member.",
  not_member: "That person is not a member of this organisation.",
} as const;

export const changeMemberRoleAction = defineAction({
  schema: z.object({ organisationId, userId, role: grantableRole }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation, input) => authorize(actor, "organisation.changeMemberRole", { organisationId: organisation.id, targetUserId: input.userId }),
  async run({ tx, input, resource: organisation }) {
    const outcome = await changeMemberRole(tx, organisation.id, input.userId, input.role);
    if (outcome !== "done") throw new ActionError(memberRefusals[outcome]);
    return { slug: organisation.slug, role: input.role };
  },
  after: revalidateManage,
  successMessage: ({ role }) => `Role changed to ${role}.`,
});

export const removeMemberAction = defineAction({
  schema: z.object({ organisationId, userId }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation, input) => authorize(actor, "organisation.removeMember", { organisationId: organisation.id, targetUserId: input.userId }),
  async run({ tx, input, resource: organisation }) {
    const outcome = await removeMember(tx, organisation.id, input.userId);
    if (outcome === "owner") throw new ActionError("The owner cannot be removed. The owner can transfer ownership first.");
    if (outcome === "not_member") throw new ActionError(memberRefusals.not_member);
    return organisation;
  },
  after: revalidateManage,
  successMessage: "Member removed.",
});

export const transferOwnershipAction = defineAction({
  schema: z.object({ organisationId, userId }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation, input) => authorize(actor, "organisation.transferOwnership", { organisationId: organisation.id, targetUserId: input.userId }),
  async run({ tx, input, resource: organisation }) {
    const outcome = await transferOwnership(tx, organisation.id, input.userId);
    // Throwing rolls back the old owner's demotion too.
    if (outcome === "not_member") throw new ActionError("Ownership can only go to an existing member.", "userId");
    if (outcome === "already_owner") throw new ActionError("That person already owns this organisation.", "userId");
    return organisation;
  },
  after: revalidateManage,
  successMessage: ({ name }) => `Ownership of ${name} has been transferred.`,
});
