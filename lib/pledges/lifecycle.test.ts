import { describe, expect, it } from "vitest";
import type { PledgeStatus } from "./statuses";
import type { Actor } from "../policy";
import { canTransition, needStatusFor, pledgeTransitionsFor, statusesBefore, transitionRefusal } from "./lifecycle";

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
