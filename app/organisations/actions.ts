"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Database } from "@/db";
import { getArea } from "@/db/queries/geography/get-area";
import { listRegions } from "@/db/queries/geography/list-areas";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { acceptInvitation } from "@/db/queries/organisations/accept-invitation";
import { createJoinRequest } from "@/db/queries/organisations/request-to-join";
import { createOrganisation } from "@/db/queries/organisations/create-organisation";
import { leaveOrganisation } from "@/db/queries/organisations/manage-members";
import { updateOrganisation } from "@/db/queries/organisations/update-organisation";
import { verifyOrganisation } from "@/db/queries/organisations/verify-organisation";
import { sectors } from "@/lib/organisations/sectors";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../_server/action";
import { loadOrganisation } from "./load-organisation";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const organisationId = z.uuid("Choose an organisation");

const profileSchema = z.object({
  name: z.string("Enter the organisation's name").trim().min(2, "Enter the organisation's name").max(120, "Keep the name under 120 characters"),
  sector: z.enum(sectors, "Choose a sector"),
  description: z.string().trim().max(4000, "Keep the description under 4,000 characters").default(""),
  offers: z.string().trim().max(2000, "Keep this under 2,000 characters").default(""),
  areaServedId: z.preprocess(blankToUndefined, z.uuid("Choose a neighbourhood from the list").optional()),
  website: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(300, "That web address is too long")
      // People type "example.org"; store a full address so the link works.
      .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
      .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter a web address like https://example.org" }))
      .optional(),
  ),
});

type Profile = z.output<typeof profileSchema>;

/** The neighbourhood must exist; it decides the organisation's region, else the first region. */
async function regionFor(tx: Database, profile: Profile): Promise<string> {
  if (profile.areaServedId) {
    const area = await getArea(tx, profile.areaServedId);
    if (!area) throw new ActionError("Choose a neighbourhood from the list", "areaServedId");
    return area.region.id;
  }
  const [region] = await listRegions(tx);
  if (!region) throw new ActionError("No region has been set up yet, so organisations cannot register.");
  return region.id;
}

const profileValues = (profile: Profile) => ({
  name: profile.name,
  sector: profile.sector,
  description: profile.description,
  offers: profile.offers,
  areaServedId: profile.areaServedId ?? null,
  website: profile.website ?? null,
});

export const createOrganisationAction = defineAction({
  schema: profileSchema,
  load: async () => null,
  policy: (actor) => authorize(actor, "organisation.create"),
  async run({ tx, actor, input }) {
    const regionId = await regionFor(tx, input);
    const organisation = await createOrganisation(tx, { ...profileValues(input), regionId, ownerId: actor.id });
    return { slug: organisation.slug };
  },
  after: ({ slug }) => {
    revalidatePath("/organisations");
    redirect(`/organisations/${slug}`);
  },
});

export const updateOrganisationAction = defineAction({
  schema: profileSchema.extend({ organisationId }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, current) => authorize(actor, "organisation.update", { organisationId: current.id }),
  async run({ tx, input, resource: current }) {
    // An organisation stays in its region: a neighbourhood elsewhere is not one it can serve.
    if (input.areaServedId && (await regionFor(tx, input)) !== current.regionId) {
      throw new ActionError("Choose a neighbourhood in this organisation's region", "areaServedId");
    }
    const updated = await updateOrganisation(tx, current.id, profileValues(input));
    if (!updated) throw new ActionError("That organisation no longer exists.");
    return updated;
  },
  after: ({ slug }) => {
    revalidatePath("/organisations");
    revalidatePath(`/organisations/${slug}`);
    revalidatePath(`/organisations/${slug}/manage`);
  },
  successMessage: "Saved the organisation's profile.",
});

/** Council officers vouch that an organisation is real; recorded in the audit log with the change. */
export const verifyOrganisationAction = defineAction({
  schema: z.object({ organisationId }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor) => authorize(actor, "organisation.verify"),
  async run({ tx, actor, resource: organisation }) {
    if (!(await verifyOrganisation(tx, organisation.id, actor.id))) throw new ActionError("This organisation is already verified.");
    await recordAudit(tx, { actorId: actor.id, action: "organisation.verify", entityType: "organisation", entityId: organisation.id, details: { name: organisation.name } });
    return organisation;
  },
  after: ({ slug }) => {
    revalidatePath("/organisations");
    revalidatePath(`/organisations/${slug}`);
  },
  successMessage: ({ name }) => `${name} is now shown as verified.`,
});

export const requestToJoinAction = defineAction({
  schema: z.object({ organisationId, message: z.string().trim().max(1000, "Keep your message under 1,000 characters").default("") }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation) => authorize(actor, "organisation.requestJoin", { organisationId: organisation.id }),
  async run({ tx, actor, input, resource: organisation }) {
    if (actor.memberships[organisation.id]) throw new ActionError("You are already a member of this organisation.");
    const created = await createJoinRequest(tx, { organisationId: organisation.id, userId: actor.id, message: input.message });
    if (!created) throw new ActionError("You have already asked to join. The organisation's admins will decide.");
    return organisation;
  },
  after: ({ slug }) => revalidatePath(`/organisations/${slug}/manage`),
  successMessage: ({ name }) => `Your request to join ${name} has been sent to its admins.`,
});

export const leaveOrganisationAction = defineAction({
  schema: z.object({ organisationId }),
  load: (tx, input) => loadOrganisation(tx, input.organisationId),
  policy: (actor, organisation) => authorize(actor, "organisation.leave", { organisationId: organisation.id }),
  async run({ tx, actor, resource: organisation }) {
    const outcome = await leaveOrganisation(tx, organisation.id, actor.id);
    if (outcome === "owner") throw new ActionError("You own this organisation. Transfer ownership to another member before you leave.");
    if (outcome === "not_member") throw new ActionError("You are not a member of this organisation.");
    return organisation;
  },
  after: ({ slug }) => {
    revalidatePath("/organisations");
    revalidatePath(`/organisations/${slug}`);
  },
  successMessage: ({ name }) => `You have left ${name}.`,
});

const acceptRefusals = {
  not_found: "This invitation link is not valid. Check that you copied all of it.",
  used: "This invitation has already been used or was withdrawn.",
  expired: "This invitation has expired. Ask the organisation to invite you again.",
  wrong_email: "This invitation was sent to a different email address. Sign in with that address to accept it.",
} as const;

export const acceptInvitationAction = defineAction({
  schema: z.object({ token: z.string().min(20, "This invitation link is not valid.").max(200, "This invitation link is not valid.") }),
  // Accepting is joining at the organisation's own invitation: anyone in good standing may ask,
  // and the token plus a matching email address, checked in the same update, decide.
  load: async () => null,
  policy: (actor) => authorize(actor, "organisation.requestJoin"),
  async run({ tx, actor, input }) {
    const outcome = await acceptInvitation(tx, input.token, actor);
    if (!outcome.ok) throw new ActionError(acceptRefusals[outcome.reason]);
    return outcome.organisation;
  },
  after: ({ slug }) => {
    revalidatePath("/organisations");
    revalidatePath(`/organisations/${slug}`);
    redirect(`/organisations/${slug}`);
  },
});
