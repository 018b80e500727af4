import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ballotChoices, ballots, plans } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { castBallotAction } from "./actions";

describeWithDatabase("casting a points ballot, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let resident: { id: string };
  let projects: { id: string; title: string }[];

  const storedPoints = async (voterId: string) => {
    const rows = await database.db
      .select({ proposalId: ballotChoices.proposalId, points: ballotChoices.points })
      .from(ballotChoices)
      .innerJoin(ballots, eq(ballots.id, ballotChoices.ballotId))
      .where(eq(ballots.voterId, voterId));
    return new Map(rows.map((r) => [r.proposalId, r.points]));
  };
  const pointsFor = (entries: [number, string][]) => Object.fromEntries(entries.map(([i, value]) => [`points.${projects[i]?.id ?? ""}`, value]));

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    projects = [
      await makeProposal(db, world, { title: "Youth club", status: "on_ballot" }),
      await makeProposal(db, world, { title: "Bus shelter", status: "on_ballot" }),
      await makeProposal(db, world, { title: "Tool library", status: "on_ballot" }),
    ];
    await db.update(plans).set({ phase: "voting", ballotMethod: "cumulative", cumulativePoints: 10, requiresVerifiedVoters: false, rulesFrozenAt: new Date() }).where(eq(plans.id, world.plan.id));
    resident = await makeUser(db, { name: "Rita Resident", homeAreaId: world.area.id });
  });

  it("stores the points of a valid ballot, only for projects given any, and shows them on the receipt", async () => {
    await actAs(resident.id);
    const cast = await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[0, "6"], [1, "4"], [2, "0"]]) }));
    expect(cast).toMatchObject({ ok: true, data: { choices: [{ title: "Bus shelter", points: 4 }, { title: "Youth club", points: 6 }] } });
    expect(await storedPoints(resident.id)).toEqual(new Map([[projects[0]?.id, 6], [projects[1]?.id, 4]]));
  });

  it("refuses more points than the plan gives, next to the points left, keeping what was typed and writing nothing", async () => {
    const other = await makeUser(database.db, { name: "Otto Over", homeAreaId: world.area.id });
    await actAs(other.id);
    const over = await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[0, "8"], [1, "4"]]) }));
    expect(over).toMatchObject({ ok: false, message: "You have spread 12 points; you have 10. Take some away to continue.", fieldErrors: { points: ["You have spread 12 points; you have 10. Take some away to continue."] } });
    if (!over.ok) expect(over.values[`points.${projects[0]?.id ?? ""}`]).toBe("8");
    expect(await database.db.select().from(ballots).where(eq(ballots.voterId, other.id))).toEqual([]);
  });

  it("refuses negative, fractional and empty points ballots, with the reason next to the box", async () => {
    const other = await makeUser(database.db, { name: "Nina Negative", homeAreaId: world.area.id });
    await actAs(other.id);
    const field = `points.${projects[1]?.id ?? ""}`;
    for (const value of ["-1", "1.5", "two"]) {
      const refused = await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[0, "2"], [1, value]]) }));
      expect(refused).toMatchObject({ ok: false, fieldErrors: { [field]: ["Points must be a whole number, 0 or more."] } });
    }
    expect(await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[0, "0"], [1, ""]]) }))).toMatchObject({ ok: false, message: "Give at least one point to a project. You have 10 to spread." });
    expect(await database.db.select().from(ballots).where(eq(ballots.voterId, other.id))).toEqual([]);
  });

  it("replaces the points when a resident changes their ballot", async () => {
    await actAs(resident.id);
    const [before] = await database.db.select().from(ballots).where(eq(ballots.voterId, resident.id));
    expect(await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[2, "10"]]) }))).toMatchObject({ ok: true });
    const after = await database.db.select().from(ballots).where(eq(ballots.voterId, resident.id));
    expect(after.map((b) => b.reference)).toEqual([before?.reference]);
    expect(await storedPoints(resident.id)).toEqual(new Map([[projects[2]?.id, 10]]));
  });

  it("refuses a points ballot once voting has closed", async () => {
    await database.db.update(plans).set({ phase: "results" }).where(eq(plans.id, world.plan.id));
    await actAs(resident.id);
    expect(await castBallotAction(null, form({ planId: world.plan.id, ...pointsFor([[0, "1"]]) }))).toMatchObject({ ok: false });
    expect(await storedPoints(resident.id)).toEqual(new Map([[projects[2]?.id, 10]]));
    await database.db.update(plans).set({ phase: "voting" }).where(eq(plans.id, world.plan.id));
  });
});
