import { describe, expect, it } from "vitest";
import { pledgeKindLabels } from "../labels";
import {
  canTransition,
  describePledge,
  formatQuantity,
  needStatusFor,
  pledgeInputSchema,
  pledgeKinds,
  pledgeTransitionsFor,
  possessive,
  statusesBefore,
  transitionRefusal,
  type PledgeStatus,
} from "./pledges";
import type { Actor } from "../policy";

const person = (id: string, memberships: Actor["memberships"] = {}): Actor => ({ id, staffRoles: [], suspended: false, memberships });

describe("pledge lifecycle", () => {
  it("allows exactly offered → confirmed | declined | withdrawn and confirmed → delivered | withdrawn", () => {
    const all: PledgeStatus[] = ["offered", "confirmed", "declined", "delivered", "withdrawn"];
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(["offered→confirmed", "offered→declined", "offered→withdrawn", "confirmed→delivered", "confirmed→withdrawn"]);
  });

  it("lists the statuses each transition starts from, for the update's where", () => {
    expect(statusesBefore("confirmed")).toEqual(["offered"]);
    expect(statusesBefore("declined")).toEqual(["offered"]);
    expect(statusesBefore("delivered")).toEqual(["confirmed"]);
    expect(statusesBefore("withdrawn")).toEqual(["offered", "confirmed"]);
  });

  it("explains a refused transition", () => {
    expect(transitionRefusal("delivered", "withdrawn")).toBe("This pledge has already been delivered, so it can no longer be withdrawn.");
    expect(transitionRefusal("offered", "delivered")).toBe("The proposer has not confirmed this pledge yet, so it cannot be marked delivered.");
  });
});

describe("needStatusFor", () => {
  const need = { kind: "jobs" as const, status: "open" as const };

  it("is met by a confirmed or delivered pledge of the same kind, and open again when it is withdrawn", () => {
    expect(needStatusFor(need, [{ kind: "jobs", status: "offered" }])).toBe("open");
    expect(needStatusFor(need, [{ kind: "jobs", status: "confirmed" }])).toBe("met");
    expect(needStatusFor({ ...need, status: "met" }, [{ kind: "jobs", status: "delivered" }])).toBe("met");
    expect(needStatusFor({ ...need, status: "met" }, [{ kind: "jobs", status: "withdrawn" }])).toBe("open");
  });

  it("is not met by a pledge of another kind, and a closed need stays closed", () => {
    expect(needStatusFor(need, [{ kind: "money", status: "confirmed" }])).toBe("open");
    expect(needStatusFor({ ...need, status: "closed" }, [{ kind: "jobs", status: "confirmed" }])).toBe("closed");
  });
});

describe("pledgeTransitionsFor", () => {
  const org = "org-1";
  const pledge = { status: "offered" as const, pledgerId: "pledger", organisationId: org };

  it("gives the proposal's author confirm, decline and withdraw on an offer", () => {
    expect(pledgeTransitionsFor(person("author"), pledge, "author")).toEqual(["confirmed", "declined", "withdrawn"]);
  });

  it("gives the pledger and the organisation's admins delivery and withdrawal, never a decision", () => {
    expect(pledgeTransitionsFor(person("pledger"), pledge, "author")).toEqual(["withdrawn"]);
    expect(pledgeTransitionsFor(person("boss", { [org]: "admin" }), { ...pledge, status: "confirmed" }, "author")).toEqual(["delivered", "withdrawn"]);
  });

  it("gives a plain member of the organisation, a stranger and someone signed out nothing", () => {
    expect(pledgeTransitionsFor(person("member", { [org]: "member" }), pledge, "author")).toEqual([]);
    expect(pledgeTransitionsFor(person("stranger"), pledge, "author")).toEqual([]);
    expect(pledgeTransitionsFor(null, pledge, "author")).toEqual([]);
  });

  it("offers nothing once a pledge is delivered", () => {
    expect(pledgeTransitionsFor(person("author"), { ...pledge, status: "delivered" }, "author")).toEqual([]);
  });
});

describe("describing pledges", () => {
  it("formats quantities with their units", () => {
    expect(formatQuantity(2, "placement")).toBe("2 placements");
    expect(formatQuantity(1, "placement")).toBe("1 placement");
    expect(formatQuantity(2.5, "hour")).toBe("2.5 hours");
    expect(formatQuantity(2, "apprenticeships")).toBe("2 apprenticeships");
    expect(formatQuantity(3, "day of mentoring")).toBe("3 day of mentoring");
    expect(formatQuantity(1500, "£")).toBe("£1,500");
    expect(formatQuantity(1000, "£ of local spend")).toBe("£1,000 of local spend");
    expect(formatQuantity(4, "delivery")).toBe("4 deliveries");
  });

  it("names a pledge by who made it", () => {
    expect(possessive("Holroyd & Daughters")).toBe("Holroyd & Daughters'");
    expect(possessive("Amira")).toBe("Amira's");
    expect(describePledge({ organisationName: "Holroyd & Daughters", pledgerName: "Jo", quantity: 2, unit: "apprenticeship" })).toBe(
      "Holroyd & Daughters' pledge of 2 apprenticeships",
    );
    expect(describePledge({ organisationName: null, pledgerName: null, quantity: 10, unit: "hour" })).toBe("A former member's pledge of 10 hours");
  });
});

describe("pledgeInputSchema", () => {
  const proposalId = "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70";
  const base = { proposalId, kind: "jobs", quantity: "2", unit: "placement" };

  it("covers every pledge kind", () => {
    expect([...pledgeKinds].sort()).toEqual(Object.keys(pledgeKindLabels).sort());
  });

  it("reads quantities as people type them and treats blank choices as none", () => {
    const parsed = pledgeInputSchema.parse({ ...base, quantity: " £1,250.50 ", organisationId: "", needId: "" });
    expect(parsed).toMatchObject({ quantity: 1250.5, organisationId: null, needId: null, description: "" });
  });

  it("refuses nonsense quantities with a message for each", () => {
    const messageFor = (quantity: string) => pledgeInputSchema.safeParse({ ...base, quantity }).error?.issues[0]?.message;
    expect(messageFor("")).toBe("Enter how much you are pledging");
    expect(messageFor("lots")).toBe("Enter a number, like 2 or 2.5");
    expect(messageFor("0")).toBe("Enter an amount above zero");
    expect(messageFor("-3")).toBe("Enter an amount above zero");
    expect(messageFor("1.255")).toBe("Use at most two decimal places");
    expect(messageFor("99999999999")).toBe("That amount is too large");
  });

  it("refuses an unknown kind and a blank unit", () => {
    const result = pledgeInputSchema.safeParse({ ...base, kind: "gold", unit: " " });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["kind", "unit"]);
  });
});
