import type { Phase } from "../plans/phases";
import { permissions, type Action, type OrganisationRole, type Relation, type Rule, type StaffRole } from "./permissions";

/** The signed-in person, as the policy sees them. */
export interface Actor {
  id: string;
  staffRoles: readonly StaffRole[];
  suspended: boolean;
  /** organisationId → the person's role in it. */
  memberships: Readonly<Record<string, OrganisationRole>>;
}

/** What an action touches; each action reads the fields it needs. */
export interface Resource {
  planPhase?: Phase;
  /** Author of the proposal or comment acted on. */
  authorId?: string;
  /** Author of the proposal that a pledge or partner offer belongs to. */
  proposalAuthorId?: string;
  pledgerId?: string;
  /** The organisation acted for or managed. */
  organisationId?: string | null;
  /** The person acted on (profile, suspension, staff role). */
  targetUserId?: string;
  rulesFrozen?: boolean;
  interestDeclared?: boolean;
}

export type DenialReason = "signed_out" | "suspended" | "not_permitted" | "wrong_phase" | "rules_frozen" | "interest_declared" | "self_target";

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

const roleRank: Record<OrganisationRole, number> = { member: 1, admin: 2, owner: 3 };

function holdsOrgRole(actor: Actor, organisationId: string | null | undefined, least: OrganisationRole): boolean {
  if (!organisationId) return false;
  const role = actor.memberships[organisationId];
  return role !== undefined && roleRank[role] >= roleRank[least];
}

export function hasStaffRole(actor: Actor, role: StaffRole): boolean {
  // Admins can do everything staff can (docs/DESIGN.md §2).
  return actor.staffRoles.includes(role) || actor.staffRoles.includes("admin");
}

function relationHolds(actor: Actor, relation: Relation, resource: Resource): boolean {
  switch (relation) {
    case "anyone":
      return true;
    case "author":
      return resource.authorId !== undefined && resource.authorId === actor.id;
    case "proposalAuthor":
      return resource.proposalAuthorId !== undefined && resource.proposalAuthorId === actor.id;
    case "pledger":
      return resource.pledgerId !== undefined && resource.pledgerId === actor.id;
    case "self":
      return resource.targetUserId !== undefined && resource.targetUserId === actor.id;
    case "orgMember":
      return holdsOrgRole(actor, resource.organisationId, "member");
    case "orgAdmin":
      return holdsOrgRole(actor, resource.organisationId, "admin");
    case "orgOwner":
      return holdsOrgRole(actor, resource.organisationId, "owner");
    case "moderator":
    case "reviewer":
    case "admin":
      return hasStaffRole(actor, relation);
  }
}

function refusal(rule: Rule, actor: Actor, resource: Resource): DenialReason | null {
  for (const condition of rule.unless ?? []) {
    if (condition === "rulesFrozen" && resource.rulesFrozen) return "rules_frozen";
    if (condition === "interestDeclared" && resource.interestDeclared) return "interest_declared";
    if (condition === "selfTarget" && resource.targetUserId === actor.id) return "self_target";
  }
  return null;
}

/** Decides an action with the reason for a refusal, so the caller can say what is wrong. */
export function authorize(actor: Actor | null, action: Action, resource: Resource = {}): Decision {
  const rule: Rule = permissions[action];
  if (!actor) return { allowed: false, reason: "signed_out" };
  if (actor.suspended && !rule.allowWhenSuspended) return { allowed: false, reason: "suspended" };
  const isAdmin = actor.staffRoles.includes("admin");
  if (!isAdmin && !rule.who.some((relation) => relationHolds(actor, relation, resource))) {
    return { allowed: false, reason: "not_permitted" };
  }
  if (rule.phases && (!resource.planPhase || !rule.phases.includes(resource.planPhase))) {
    return { allowed: false, reason: "wrong_phase" };
  }
  const refused = refusal(rule, actor, resource);
  return refused ? { allowed: false, reason: refused } : { allowed: true };
}

/** The one question every server action asks before it writes. */
export function can(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  return authorize(actor, action, resource).allowed;
}

export const denialMessages: Record<DenialReason, string> = {
  signed_out: "Please sign in first.",
  suspended: "Your account is suspended, so you cannot do this.",
  not_permitted: "You do not have permission to do this.",
  wrong_phase: "The plan is not in a phase that allows this.",
  rules_frozen: "Voting has opened, so the rules that affect the count can no longer change.",
  interest_declared: "You have declared an interest in this proposal, so you cannot score it.",
  self_target: "You cannot do this to your own account.",
};
