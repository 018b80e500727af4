import { pgEnum } from "drizzle-orm/pg-core";
import { equalityQuestionKeys } from "../../lib/people/equality";

export const participantType = pgEnum("participant_type", [
  "resident",
  "community_voluntary",
  "social_enterprise",
  "business",
  "public_body",
]);

// The four sectors an organisation can belong to (DESIGN §2).
export const sector = pgEnum("sector", [
  "community_voluntary",
  "social_enterprise",
  "business",
  "public_body",
]);

export const staffRole = pgEnum("staff_role", ["moderator", "reviewer", "admin"]);

export const organisationRole = pgEnum("organisation_role", ["owner", "admin", "member"]);

export const invitationStatus = pgEnum("invitation_status", [
  "pending",
  "accepted",
  "declined",
  "revoked",
]);

export const planPhase = pgEnum("plan_phase", [
  "draft",
  "ideas",
  "review",
  "voting",
  "results",
  "adopted",
  "delivery",
]);

export const ballotMethod = pgEnum("ballot_method", ["approval", "knapsack", "cumulative"]);

export const outcomeRule = pgEnum("outcome_rule", ["greedy", "mes", "mes_add1"]);

export const utilityKind = pgEnum("utility_kind", ["cost", "approval"]);

export const ringFenceKind = pgEnum("ring_fence_kind", [
  "deprived_areas",
  "listed_areas",
  "community_proposals",
]);

export const proposalStatus = pgEnum("proposal_status", [
  "draft",
  "published",
  "shortlisted",
  "on_ballot",
  "selected",
  "not_selected",
  "adopted",
  "in_delivery",
  "delivered",
  "withdrawn",
  "hidden",
]);

export const pledgeKind = pgEnum("pledge_kind", [
  "volunteer_hours",
  "money",
  "premises",
  "equipment",
  "skills",
  "jobs",
  "procurement",
]);

export const pledgeStatus = pgEnum("pledge_status", [
  "offered",
  "confirmed",
  "declined",
  "delivered",
  "withdrawn",
]);

export const needStatus = pgEnum("need_status", ["open", "met", "closed"]);

export const partnerStatus = pgEnum("partner_status", ["proposed", "agreed", "declined"]);

export const commentStance = pgEnum("comment_stance", ["support", "concern", "question", "idea"]);

export const ballotSource = pgEnum("ballot_source", ["online", "paper", "imported"]);

export const flagStatus = pgEnum("flag_status", ["open", "upheld", "dismissed"]);

export const moderationActionKind = pgEnum("moderation_action_kind", [
  "hide",
  "restore",
  "merge",
  "suspend",
  "reinstate",
  "verify_home_area",
  "verify_organisation",
  "dismiss_flag",
]);

export const indicatorKind = pgEnum("indicator_kind", [
  "jobs_created",
  "volunteer_hours",
  "local_spend_pence",
  "people_reached",
  "apprenticeships",
]);

// The optional equality questions (lib/equality.ts), for residents' census figures by answer.
export const equalityQuestion = pgEnum("equality_question", equalityQuestionKeys);
