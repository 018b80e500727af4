import { auditLog, flags, moderationActions, notifications, officialResponses } from "../schema";
import type { Inserter } from "./bulk";
import { addHours, at } from "./clock";
import type { ResponseSeed } from "./content/types";
import type { Directory } from "./demo-directory";
import type { DemoPlan } from "./demo-plans";
import type { DemoProposal } from "./demo-proposals";
import { proposalsByKey, responseRows } from "./demo-review";
import { stableId } from "./random";

export interface ModerationInput {
  ideasPlan: DemoPlan;
  finishedPlan: DemoPlan;
  proposals: DemoProposal[];
  ideasResponses: Record<string, ResponseSeed[]>;
}

/** The moderation queue, audit trail and notifications as they stand on the demo's "now". */
export async function seedModeration(insert: Inserter, directory: Directory, input: ModerationInput): Promise<void> {
  const proposal = proposalsByKey(input.proposals);
  const person = (key: string) => directory.person(key).id;
  const comment = (key: string, index: number) => {
    const id = proposal(key).commentIds[index];
    if (!id) throw new Error(`${key} has no comment ${index}`);
    return id;
  };

  await insert(officialResponses, responseRows(directory, proposal, input.ideasResponses));

  const hidden = input.proposals.filter((candidate) => candidate.seed.status === "hidden");
  const hideActions = hidden.map((candidate) => ({
    id: stableId("moderation", `hide:${candidate.key}`),
    moderatorId: person("gareth"),
    action: "hide" as const,
    proposalId: candidate.id,
    subjectUserId: candidate.authorId,
    reason: candidate.seed.hiddenReason ?? "",
    createdAt: addHours(candidate.publishedAt ?? at("2026-10-28"), 3),
  }));
  const dismissedAt = at("2026-10-30T10:05:00Z");
  await insert(moderationActions, [
    ...hideActions,
    {
      id: stableId("moderation", "dismiss:p-towers-cctv"),
      moderatorId: person("aisha"),
      action: "dismiss_flag" as const,
      commentId: comment("p-towers-cctv", 0),
      reason: "Disagreement rather than abuse; the comment is polite and on topic.",
      createdAt: dismissedAt,
    },
  ]);

  await insert(flags, [
    ...hidden.map((candidate) => ({
      id: stableId("flag", `proposal:${candidate.key}`),
      reporterId: person("janet"),
      proposalId: candidate.id,
      reason: "This is just an advert for his roofing business.",
      status: "upheld" as const,
      resolvedBy: person("gareth"),
      resolvedAt: addHours(candidate.publishedAt ?? at("2026-10-28"), 3),
      createdAt: addHours(candidate.publishedAt ?? at("2026-10-28"), 1),
    })),
    {
      id: stableId("flag", "comment:p-towers-cctv:0"),
      reporterId: person("kev"),
      commentId: comment("p-towers-cctv", 0),
      reason: "She always shuts people down on here",
      status: "dismissed" as const,
      resolvedBy: person("aisha"),
      resolvedAt: dismissedAt,
      createdAt: at("2026-10-29T21:40:00Z"),
    },
    {
      id: stableId("flag", "comment:i-shift-shuttle:2"),
      reporterId: person("owen"),
      commentId: comment("i-shift-shuttle", 2),
      reason: "Misleading. We have said publicly we will pay half the running costs.",
      createdAt: at("2026-10-31T08:12:00Z"),
    },
    {
      id: stableId("flag", "comment:i-good-grub-academy:1"),
      reporterId: person("yusuf"),
      commentId: comment("i-good-grub-academy", 1),
      reason: "Bit rude about people on benefits",
      createdAt: at("2026-10-31T19:30:00Z"),
    },
  ]);

  const finished = input.finishedPlan;
  const ideas = input.ideasPlan;
  const entries = [
    ...["gareth", "aisha", "helen", "tom"].map((key) => ({
      actorId: person("priya"),
      action: "staff_role.grant",
      entityType: "user",
      entityId: person(key),
      reason: "Council and LEP staff for the people's plan",
      details: { role: directory.person(key).staff[0] ?? "" },
      createdAt: addHours(directory.person(key).joined, 2),
    })),
    { actorId: person("gareth"), action: "plan.create", entityType: "plan", entityId: finished.id, details: { slug: finished.seed.slug }, createdAt: finished.phase("draft").starts },
    { actorId: person("gareth"), action: "plan.phase", entityType: "plan", entityId: finished.id, details: { to: "ideas" }, createdAt: finished.phase("ideas").starts },
    { actorId: person("gareth"), action: "plan.phase", entityType: "plan", entityId: finished.id, details: { to: "review" }, createdAt: finished.phase("review").starts },
    {
      actorId: person("gareth"),
      action: "plan.rules_frozen",
      entityType: "plan",
      entityId: finished.id,
      reason: "Voting opened",
      details: { ballotMethod: "approval", approvalLimit: finished.seed.approvalLimit, budgetPence: finished.budgetPence, outcomeRule: finished.seed.outcomeRule },
      createdAt: finished.phase("voting").starts,
    },
    {
      actorId: person("helen"),
      action: "outcome.compute",
      entityType: "plan",
      entityId: finished.id,
      details: { outcomeId: stableId("outcome", finished.seed.key), rule: "greedy" },
      createdAt: addHours(finished.phase("voting").ends, 2),
    },
    {
      actorId: person("helen"),
      action: "plan_version.publish",
      entityType: "plan",
      entityId: finished.id,
      details: { version: 1 },
      createdAt: finished.phase("adopted").starts,
    },
    { actorId: person("gareth"), action: "plan.phase", entityType: "plan", entityId: finished.id, details: { to: "delivery" }, createdAt: finished.phase("delivery").starts },
    { actorId: person("gareth"), action: "plan.create", entityType: "plan", entityId: ideas.id, details: { slug: ideas.seed.slug }, createdAt: ideas.phase("draft").starts },
    { actorId: person("gareth"), action: "plan.phase", entityType: "plan", entityId: ideas.id, details: { to: "ideas" }, createdAt: ideas.phase("ideas").starts },
    ...hideActions.map((action) => ({
      actorId: action.moderatorId,
      action: "proposal.hide",
      entityType: "proposal",
      entityId: action.proposalId,
      reason: action.reason,
      details: {},
      createdAt: action.createdAt,
    })),
    {
      actorId: person("aisha"),
      action: "flag.dismiss",
      entityType: "flag",
      entityId: stableId("flag", "comment:p-towers-cctv:0"),
      reason: "Disagreement rather than abuse",
      details: {},
      createdAt: dismissedAt,
    },
  ];
  // Inserted in time order, so the sequence number agrees with the clock.
  await insert(auditLog, [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()));

  const homework = proposal("i-homework-club");
  const retrofit = proposal("i-towers-retrofit");
  const workspace = proposal("p-holme-mill-workspace");
  await insert(notifications, [
    {
      id: stableId("notification", "kayleigh:threshold"),
      userId: person("kayleigh"),
      kind: "support_threshold",
      proposalId: homework.id,
      title: "Your proposal has passed 20 supporters",
      body: "“After-school homework club with a free tea at St Aidan's library” can now go forward to the review.",
      createdAt: at("2026-10-19T17:02:00Z"),
    },
    {
      id: stableId("notification", "kayleigh:comment"),
      userId: person("kayleigh"),
      kind: "comment",
      proposalId: homework.id,
      title: "Andy Whiteley replied on your proposal",
      body: "We'd look at contributing to year 2 from our community investment fund…",
      createdAt: at("2026-10-30T12:15:00Z"),
    },
    {
      id: stableId("notification", "sharon:comment"),
      userId: person("sharon"),
      kind: "comment",
      proposalId: retrofit.id,
      title: "Northbridge City Council – Housing & Neighbourhoods commented on your proposal",
      body: "To confirm for residents: if phase one is funded through the plan…",
      readAt: at("2026-10-27T08:30:00Z"),
      createdAt: at("2026-10-26T16:45:00Z"),
    },
    {
      id: stableId("notification", "devinder:reply"),
      userId: person("devinder"),
      kind: "comment",
      proposalId: workspace.id,
      title: "Aisha Siddiqui replied to your comment",
      body: "Legal are nearly there with the owner, Devinder…",
      readAt: at("2026-10-06T18:00:00Z"),
      createdAt: at("2026-10-06T11:20:00Z"),
    },
  ]);
}
