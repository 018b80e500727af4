"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { getProposalForDelivery } from "@/db/queries/delivery/get-proposal-for-delivery";
import { recordDeliveryUpdate } from "@/db/queries/delivery/record-delivery-update";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { lockProposalRows } from "@/db/queries/proposals/lock-proposal-rows";
import { indicatorLabels, type IndicatorKind } from "@/lib/delivery/indicators";
import { adoptedProposalStatuses } from "@/lib/proposals/statuses";
import { parsePoundsToPence } from "@/lib/shared/money-input";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A count people type: blank means "not reported", which is different from zero. */
const count = (label: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`).max(1_000_000_000, `${label} is too large`).optional());

const deliverySchema = z.object({
  proposalId: z.uuid(),
  body: z.string().trim().min(10, "Describe progress in at least 10 characters").max(5000, "Use 5,000 characters or fewer"),
  milestone: z.preprocess(blankToUndefined, z.string().trim().max(200, "Use 200 characters or fewer").optional()),
  happenedOn: z.preprocess(
    blankToUndefined,
    z.iso.date({ error: "Enter the date as day, month and year" }).refine((day) => new Date(`${day}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "The date cannot be in the future"),
  ),
  jobs_created: count(indicatorLabels.jobs_created),
  volunteer_hours: count(indicatorLabels.volunteer_hours),
  people_reached: count(indicatorLabels.people_reached),
  apprenticeships: count(indicatorLabels.apprenticeships),
  local_spend: z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const parsed = parsePoundsToPence(value);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: "Enter local spend in pounds, for example £1,200" });
          return z.NEVER;
        }
        return parsed.pence;
      }),
  ),
});

/** The proposal's author or an officer reports progress on an adopted proposal; followers are told. */
export const recordDeliveryUpdateAction = defineAction({
  schema: deliverySchema,
  async load(tx, input) {
    // The plan's phase and the proposal's status both gate the update, so neither may move until it is written.
    await lockProposalRows(tx, input.proposalId, { plan: "share", proposal: "share" });
    const proposal = await getProposalForDelivery(tx, input.proposalId);
    if (!proposal) throw new ActionError("This proposal no longer exists.");
    return proposal;
  },
  policy: (actor, proposal) => authorize(actor, "delivery.update", { planPhase: proposal.planPhase, authorId: proposal.authorId }),
  async run({ tx, actor, input, resource: proposal }) {
    if (!(adoptedProposalStatuses as readonly string[]).includes(proposal.status)) {
      throw new ActionError("Delivery can only be reported on a proposal adopted into the plan.");
    }
    const indicators: Partial<Record<IndicatorKind, number>> = {
      jobs_created: input.jobs_created,
      volunteer_hours: input.volunteer_hours,
      people_reached: input.people_reached,
      apprenticeships: input.apprenticeships,
      local_spend_pence: input.local_spend,
    };
    const updateId = await recordDeliveryUpdate(tx, {
      proposalId: proposal.id,
      authorId: actor.id,
      body: input.body,
      milestone: input.milestone ?? null,
      happenedOn: new Date(`${input.happenedOn}T12:00:00Z`),
      indicators,
    });
    await notifyProposalFollowers(tx, {
      proposalId: proposal.id,
      kind: "delivery.updated",
      title: input.milestone ? `Milestone on “${proposal.title}”: ${input.milestone}` : `Delivery update on “${proposal.title}”`,
      body: input.body,
      href: `/proposals/${proposal.id}#delivery`,
      actorId: actor.id,
    });
    await recordAudit(tx, { actorId: actor.id, action: "delivery.update", entityType: "proposal", entityId: proposal.id, details: { updateId, milestone: input.milestone ?? null } });
    return { proposalId: proposal.id, planSlug: proposal.planSlug, areaId: proposal.areaId };
  },
  after: ({ proposalId, planSlug, areaId }) => {
    revalidatePath(`/proposals/${proposalId}`, "layout");
    revalidatePath(`/plans/${planSlug}`, "layout");
    revalidatePath(`/neighbourhoods/${areaId}`);
  },
  successMessage: "Update published. Followers of this proposal have been told.",
});
