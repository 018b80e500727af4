"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getProposalForAssessment } from "@/db/queries/review/get-proposal-for-assessment";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { notifyProposalFollowers } from "@/db/queries/platform/notify-followers";
import { lockProposalRows } from "@/db/queries/proposals/lock-proposal-rows";
import { recordOfficialResponse, responseLocks } from "@/db/queries/review/publish-official-response";
import { responseStatuses, responseStatusLabels } from "@/lib/review/assessments";
import { checkProposalChange } from "@/lib/plans/ballot-freeze";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../../_server/action";
import { refuseWhenFrozen } from "../../../_server/refuse-when-frozen";

/** Staff publish "you said, we did" text with a status change, and everyone following is told. */
export const publishResponseAction = defineAction({
  schema: z.object({
    proposalId: z.uuid(),
    status: z.enum(responseStatuses, { error: "Choose the status this response goes with" }),
    body: z.string().trim().min(20, "Write at least 20 characters: people deserve a reason").max(5000, "Use 5,000 characters or fewer"),
    respondingBody: z.string().trim().min(2, "Say which body gives this response").max(200, "Use 200 characters or fewer"),
  }),
  async load(tx, input) {
    await lockProposalRows(tx, input.proposalId, responseLocks);
    const proposal = await getProposalForAssessment(tx, input.proposalId);
    if (!proposal) throw new ActionError("This proposal no longer exists.", "status");
    // Explaining the status a ballot project already has is fine; moving it is the count's to decide.
    if (input.status !== proposal.status) refuseWhenFrozen(checkProposalChange("status", proposal.planPhase, proposal.status, input.status), "status");
    return proposal;
  },
  policy(actor, proposal, input) {
    // Shortlisting is an officer's decision (proposal.shortlist); a response may explain it but not bypass it.
    if (input.status === "shortlisted" && proposal.status !== "shortlisted") {
      const shortlist = authorize(actor, "proposal.shortlist", { planPhase: proposal.planPhase });
      if (!shortlist.allowed) return shortlist;
    }
    return authorize(actor, "response.publish");
  },
  async run({ tx, actor, input, resource: proposal }) {
    const result = await recordOfficialResponse(tx, proposal, { proposalId: proposal.id, status: input.status, body: input.body, respondingBody: input.respondingBody, respondedBy: actor.id });
    if (!result.ok) throw new ActionError(result.reason, "status");
    await notifyProposalFollowers(tx, {
      proposalId: proposal.id,
      kind: "response.published",
      title: `${input.respondingBody} responded to “${result.title}”: ${responseStatusLabels[input.status]}`,
      body: input.body,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response.publish",
      entityType: "proposal",
      entityId: proposal.id,
      details: { responseId: result.responseId, from: result.from, to: input.status, changedStatus: result.changedStatus, respondingBody: input.respondingBody },
    });
    return { proposalId: proposal.id, planSlug: result.planSlug, changedStatus: result.changedStatus };
  },
  after: ({ proposalId, planSlug }) => {
    revalidatePath(`/proposals/${proposalId}`, "layout");
    revalidatePath(`/plans/${planSlug}`, "layout");
  },
  successMessage: ({ changedStatus }) => (changedStatus ? "Response published and the proposal's status updated. The author and followers have been told." : "Response published. The author and followers have been told."),
});
