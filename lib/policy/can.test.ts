import { describe, expect, it } from "vitest";
import { planPhases, type Phase } from "../plans/phases";
import { actions, authorize, can, permissions, type Action, type Actor, type Resource } from "./index";

const ORG = "org-1";
const OWNER_ID = "owner-of-resource";

const personas = {
  anonymous: null,
  suspended: { id: OWNER_ID, staffRoles: [], suspended: true, memberships: { [ORG]: "owner" } },
  resident: { id: "resident", staffRoles: [], suspended: false, memberships: {} },
  owner: { id: OWNER_ID, staffRoles: [], suspended: false, memberships: {} },
  orgMember: { id: "member", staffRoles: [], suspended: false, memberships: { [ORG]: "member" } },
  orgAdmin: { id: "org-admin", staffRoles: [], suspended: false, memberships: { [ORG]: "admin" } },
  orgOwner: { id: "org-owner", staffRoles: [], suspended: false, memberships: { [ORG]: "owner" } },
  moderator: { id: "moderator", staffRoles: ["moderator"], suspended: false, memberships: {} },
  reviewer: { id: "reviewer", staffRoles: ["reviewer"], suspended: false, memberships: {} },
  admin: { id: "admin", staffRoles: ["admin"], suspended: false, memberships: {} },
} as const satisfies Record<string, Actor | null>;

type Persona = keyof typeof personas;

/**
 * The whole matrix, written out by hand: who may take each action on a resource that
 * "owner" wrote / pledged / is, belonging to ORG, in a phase where the action is open.
 * `owner` stands for every personal relation (author, proposal author, pledger, self).
 */
const expected: Record<Action, Persona[]> = {
  "proposal.create": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "proposal.createForOrganisation": ["orgMember", "orgAdmin", "orgOwner", "admin"],
  "proposal.edit": ["owner", "admin"],
  "proposal.withdraw": ["owner", "admin"],
  "proposal.support": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "proposal.follow": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "proposal.report": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "need.manage": ["owner", "admin"],
  "pledge.create": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "pledge.createForOrganisation": ["orgAdmin", "orgOwner", "admin"],
  "pledge.decide": ["owner", "admin"],
  "pledge.markDelivered": ["owner", "orgAdmin", "orgOwner", "admin"],
  "pledge.withdraw": ["owner", "orgAdmin", "orgOwner", "admin"],
  "endorsement.create": ["orgAdmin", "orgOwner", "admin"],
  "endorsement.remove": ["orgAdmin", "orgOwner", "admin"],
  "partner.offer": ["orgAdmin", "orgOwner", "admin"],
  "partner.decide": ["owner", "admin"],
  "comment.create": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "comment.createForOrganisation": ["orgAdmin", "orgOwner", "admin"],
  "comment.edit": ["owner", "admin"],
  "comment.delete": ["owner", "admin"],
  "comment.report": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "ballot.cast": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "ballot.enterPaper": ["moderator", "admin"],
  "proposal.shortlist": ["moderator", "admin"],
  "proposal.setFinalCost": ["moderator", "admin"],
  "outcome.compute": ["moderator", "reviewer", "admin"],
  "moderation.view": ["moderator", "admin"],
  "moderation.hide": ["moderator", "admin"],
  "moderation.restore": ["moderator", "admin"],
  "moderation.merge": ["moderator", "admin"],
  "user.suspend": ["moderator", "admin"],
  "user.reinstate": ["moderator", "admin"],
  "user.verifyHomeArea": ["moderator", "admin"],
  "organisation.verify": ["moderator", "admin"],
  "plan.create": ["moderator", "admin"],
  "plan.update": ["moderator", "admin"],
  "plan.changePhase": ["moderator", "admin"],
  "plan.updateCountingRules": ["moderator", "admin"],
  "areas.import": ["moderator", "admin"],
  "audit.view": ["moderator", "admin"],
  "assessment.view": ["moderator", "reviewer", "admin"],
  "assessment.score": ["reviewer", "admin"],
  "response.publish": ["moderator", "reviewer", "admin"],
  "plan.adopt": ["moderator", "reviewer", "admin"],
  "plan.sign": ["orgAdmin", "orgOwner", "admin"],
  "delivery.update": ["owner", "moderator", "admin"],
  "organisation.create": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "organisation.update": ["orgAdmin", "orgOwner", "admin"],
  "organisation.invite": ["orgAdmin", "orgOwner", "admin"],
  "organisation.decideJoinRequest": ["orgAdmin", "orgOwner", "admin"],
  "organisation.changeMemberRole": ["orgAdmin", "orgOwner", "admin"],
  "organisation.removeMember": ["orgAdmin", "orgOwner", "admin"],
  "organisation.transferOwnership": ["orgOwner", "admin"],
  "organisation.requestJoin": ["resident", "owner", "orgMember", "orgAdmin", "orgOwner", "moderator", "reviewer", "admin"],
  "organisation.leave": ["orgMember", "orgAdmin", "orgOwner", "admin"],
  "profile.update": ["owner", "admin"],
  "account.export": ["suspended", "owner", "admin"],
  "account.delete": ["suspended", "owner", "admin"],
  "staffRole.grant": ["admin"],
  "staffRole.revoke": ["admin"],
};

function openPhase(action: Action): Phase | undefined {
  const rule = permissions[action];
  return "phases" in rule ? rule.phases[0] : undefined;
}

function resourceFor(action: Action): Resource {
  return {
    planPhase: openPhase(action) ?? "ideas",
    authorId: OWNER_ID,
    proposalAuthorId: OWNER_ID,
    pledgerId: OWNER_ID,
    targetUserId: OWNER_ID,
    organisationId: ORG,
  };
}

describe("the permission matrix", () => {
  it("covers every action", () => {
    expect(Object.keys(expected).sort()).toEqual([...actions].sort());
  });

  const cases = actions.flatMap((action) =>
    (Object.keys(personas) as Persona[]).map((persona) => ({ action, persona, allowed: expected[action].includes(persona) })),
  );

  it.each(cases)("$action by $persona → $allowed", ({ action, persona, allowed }) => {
    expect(can(personas[persona], action, resourceFor(action))).toBe(allowed);
  });
});

describe("phases", () => {
  const phased = actions.filter((action) => openPhase(action) !== undefined);

  it.each(phased)("%s is refused outside its phases, even for an admin", (action) => {
    const rule = permissions[action];
    const open: readonly Phase[] = "phases" in rule ? rule.phases : [];
    for (const phase of planPhases) {
      const decision = authorize(personas.admin, action, { ...resourceFor(action), planPhase: phase });
      if (open.includes(phase)) expect(decision.allowed, `${action} in ${phase}`).toBe(true);
      else expect(decision, `${action} in ${phase}`).toEqual({ allowed: false, reason: "wrong_phase" });
    }
  });

  it("refuses a phased action when the phase is unknown", () => {
    expect(authorize(personas.resident, "proposal.create", {})).toEqual({ allowed: false, reason: "wrong_phase" });
  });
});

describe("refusals that hold for everyone", () => {
  it("refuses a counting-rule change once voting has opened, even for an admin", () => {
    expect(authorize(personas.admin, "plan.updateCountingRules", { rulesFrozen: true })).toEqual({ allowed: false, reason: "rules_frozen" });
    expect(authorize(personas.moderator, "plan.updateCountingRules", { rulesFrozen: true })).toEqual({ allowed: false, reason: "rules_frozen" });
    expect(can(personas.moderator, "plan.update", { rulesFrozen: true })).toBe(true);
  });

  it("stops a reviewer with a declared interest from scoring", () => {
    expect(authorize(personas.reviewer, "assessment.score", { interestDeclared: true })).toEqual({ allowed: false, reason: "interest_declared" });
  });

  it("stops staff suspending themselves or changing their own roles", () => {
    expect(authorize(personas.moderator, "user.suspend", { targetUserId: "moderator" })).toEqual({ allowed: false, reason: "self_target" });
    expect(authorize(personas.admin, "staffRole.revoke", { targetUserId: "admin" })).toEqual({ allowed: false, reason: "self_target" });
  });

  it("gives a signed-out person nothing and says why", () => {
    for (const action of actions) expect(authorize(null, action, resourceFor(action))).toEqual({ allowed: false, reason: "signed_out" });
  });

  it("leaves a suspended person only their data rights", () => {
    const allowed = actions.filter((action) => can(personas.suspended, action, resourceFor(action)));
    expect(allowed.sort()).toEqual(["account.delete", "account.export"]);
    expect(authorize(personas.suspended, "comment.create", resourceFor("comment.create"))).toEqual({ allowed: false, reason: "suspended" });
  });

  it("does not let membership of one organisation act for another", () => {
    expect(can(personas.orgOwner, "pledge.createForOrganisation", { planPhase: "ideas", organisationId: "org-2" })).toBe(false);
    expect(can(personas.orgOwner, "pledge.createForOrganisation", { planPhase: "ideas", organisationId: null })).toBe(false);
  });

  it("does not treat a missing author as a match", () => {
    expect(can({ ...personas.resident }, "proposal.edit", { planPhase: "ideas" })).toBe(false);
  });
});
