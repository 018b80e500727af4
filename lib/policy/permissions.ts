import type { OrganisationRole } from "../organisations/roles";
import type { StaffRole } from "../people/staff-roles";
import { publishedPhases, type Phase } from "../plans/phases";

export type { OrganisationRole, StaffRole };

/**
 * Who may do something, as relations between the person and the resource:
 * - anyone: any signed-in person who is not suspended
 * - author: wrote the resource (proposal, comment)
 * - proposalAuthor: wrote the proposal the resource belongs to (a pledge, a partner offer)
 * - pledger: made the pledge
 * - self: the resource is the person's own account
 * - orgMember / orgAdmin / orgOwner: holds at least that role in the resource's organisation
 * - a staff role: holds it (admins hold every staff role's permissions)
 */
export type Relation = "anyone" | "author" | "proposalAuthor" | "pledger" | "self" | "orgMember" | "orgAdmin" | "orgOwner" | StaffRole;

/** Conditions that refuse an action whoever asks, admins included. */
export type Refusal = "rulesFrozen" | "interestDeclared" | "selfTarget";

export interface Rule {
  who: readonly Relation[];
  /** The plan phases in which the action is open; absent means any phase. */
  phases?: readonly Phase[];
  unless?: readonly Refusal[];
  /** GDPR rights (see or delete one's data) survive a suspension. */
  allowWhenSuspended?: boolean;
}

const afterDraft: readonly Phase[] = publishedPhases;
const staff: readonly Relation[] = ["moderator", "reviewer"];

/**
 * The permission table: every action of docs/DESIGN.md and who may take it. Server actions
 * call `can()` over this table and nothing else decides who may do what.
 */
export const permissions = {
  // Proposals
  "proposal.create": { who: ["anyone"], phases: ["ideas"] },
  "proposal.createForOrganisation": { who: ["orgMember"], phases: ["ideas"] },
  "proposal.edit": { who: ["author"], phases: ["ideas"] },
  "proposal.withdraw": { who: ["author"] },
  "proposal.support": { who: ["anyone"], phases: ["ideas"] },
  "proposal.follow": { who: ["anyone"] },
  "proposal.report": { who: ["anyone"] },
  "need.manage": { who: ["author"], phases: ["ideas", "review"] },
  // Pledges and partnerships
  "pledge.create": { who: ["anyone"], phases: afterDraft },
  "pledge.createForOrganisation": { who: ["orgAdmin"], phases: afterDraft },
  "pledge.decide": { who: ["proposalAuthor"] },
  "pledge.markDelivered": { who: ["pledger", "orgAdmin"] },
  "pledge.withdraw": { who: ["pledger", "proposalAuthor", "orgAdmin"] },
  "endorsement.create": { who: ["orgAdmin"], phases: afterDraft },
  "endorsement.remove": { who: ["orgAdmin"] },
  "partner.offer": { who: ["orgAdmin"], phases: afterDraft },
  "partner.decide": { who: ["proposalAuthor"] },
  // Discussion
  "comment.create": { who: ["anyone"], phases: afterDraft },
  "comment.createForOrganisation": { who: ["orgAdmin"], phases: afterDraft },
  "comment.edit": { who: ["author"] },
  "comment.delete": { who: ["author"] },
  "comment.report": { who: ["anyone"] },
  // Voting
  "ballot.cast": { who: ["anyone"], phases: ["voting"] },
  "ballot.enterPaper": { who: ["moderator"], phases: ["voting", "results"] },
  "proposal.shortlist": { who: ["moderator"], phases: ["ideas", "review"] },
  "proposal.setFinalCost": { who: ["moderator"], phases: ["review"] },
  "outcome.compute": { who: staff, phases: ["results", "adopted", "delivery"] },
  // Moderation
  "moderation.view": { who: ["moderator"] },
  "moderation.hide": { who: ["moderator"] },
  "moderation.restore": { who: ["moderator"] },
  "moderation.merge": { who: ["moderator"] },
  "user.suspend": { who: ["moderator"], unless: ["selfTarget"] },
  "user.reinstate": { who: ["moderator"], unless: ["selfTarget"] },
  "user.verifyHomeArea": { who: ["moderator"] },
  "organisation.verify": { who: ["moderator"] },
  // Plan administration
  "plan.create": { who: ["moderator"] },
  "plan.update": { who: ["moderator"] },
  "plan.changePhase": { who: ["moderator"] },
  "plan.updateCountingRules": { who: ["moderator"], unless: ["rulesFrozen"] },
  "areas.import": { who: ["moderator"] },
  "audit.view": { who: ["moderator"] },
  // Review and the published plan
  "assessment.view": { who: staff },
  "assessment.score": { who: ["reviewer"], unless: ["interestDeclared"] },
  "response.publish": { who: staff },
  "plan.adopt": { who: staff, phases: ["results", "adopted", "delivery"] },
  "plan.sign": { who: ["orgAdmin"], phases: ["adopted", "delivery"] },
  "delivery.update": { who: ["author", "moderator"], phases: ["adopted", "delivery"] },
  // Organisations
  "organisation.create": { who: ["anyone"] },
  "organisation.update": { who: ["orgAdmin"] },
  "organisation.invite": { who: ["orgAdmin"] },
  "organisation.decideJoinRequest": { who: ["orgAdmin"] },
  "organisation.changeMemberRole": { who: ["orgAdmin"] },
  "organisation.removeMember": { who: ["orgAdmin"] },
  "organisation.transferOwnership": { who: ["orgOwner"] },
  "organisation.requestJoin": { who: ["anyone"] },
  "organisation.leave": { who: ["orgMember"] },
  // People and staff
  "profile.update": { who: ["self"] },
  "account.export": { who: ["self"], allowWhenSuspended: true },
  "account.delete": { who: ["self"], allowWhenSuspended: true },
  "staffRole.grant": { who: ["admin"], unless: ["selfTarget"] },
  "staffRole.revoke": { who: ["admin"], unless: ["selfTarget"] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof permissions;

export const actions = Object.keys(permissions) as Action[];
