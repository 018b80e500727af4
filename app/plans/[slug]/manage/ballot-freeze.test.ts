import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { areas, auditLog, ballots, planPhases, plans, proposals, staffRoles } from "@/db/schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { ballotFrozenMessage } from "@/lib/plans/ballot-freeze";
import { encodeTarget } from "@/lib/moderation/moderation-rules";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { hideContentAction, mergeProposalAction } from "../../../moderation/actions";
import { withdrawProposalAction } from "../../../proposals/[id]/edit/actions";
import { publishResponseAction } from "../../../proposals/[id]/respond/actions";
import { castBallotAction } from "../ballot/actions";
import { setFinalCostAction, shortlistAction } from "./actions";
import { importAreasAction } from "./areas/actions";

/**
 * Each change that would bend a vote in progress, called directly by the person who could make it
 * at any other time, while the plan is voting: each is refused with its reason and nothing changes.
 */
describeWithDatabase("the ballot frozen while voting is open, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };
  let onBallot: { id: string };
  let published: { id: string };

  beforeEach(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "voting" }).where(eq(plans.id, world.plan.id));
    officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "admin" });
    onBallot = await makeProposal(db, world, { title: "Youth club", status: "on_ballot" });
    published = await makeProposal(db, world, { title: "Youth club again", status: "published" });
  });

  const snapshot = async () => ({
    proposals: await database.db.select().from(proposals).where(eq(proposals.planId, world.plan.id)).orderBy(proposals.id),
    audit: await database.db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.actorId, officer.id)),
  });

  it("refuses the author's withdrawal of a project on the ballot", async () => {
    const before = await snapshot();
    await actAs(world.author.id);
    expect(await withdrawProposalAction(null, form({ proposalId: onBallot.id, confirm: "withdraw" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("withdraw") });
    expect(await snapshot()).toEqual(before);
    // A proposal that never reached the ballot changes no vote, so its author may still withdraw it.
    expect(await withdrawProposalAction(null, form({ proposalId: published.id, confirm: "withdraw" }))).toMatchObject({ ok: true });
  });

  it("refuses staff moving a ballot project's status, shortlisting it, or setting its cost", async () => {
    const before = await snapshot();
    await actAs(officer.id);
    for (const status of ["selected", "not_selected"]) {
      expect(await publishResponseAction(null, form({ proposalId: onBallot.id, status, body: "The council has decided to fund this project.", respondingBody: "Leeds City Council" }))).toMatchObject({
        ok: false,
        message: ballotFrozenMessage("status"),
      });
    }
    expect(await shortlistAction(null, form({ proposalId: onBallot.id, reason: "Strong local support" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("status") });
    expect(await setFinalCostAction(null, form({ proposalId: onBallot.id, cost: "1000" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("finalCost") });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses hiding or merging a ballot project", async () => {
    const before = await snapshot();
    await actAs(officer.id);
    const items = [encodeTarget({ kind: "proposal", id: onBallot.id })];
    expect(await hideContentAction(null, form({ items, reason: "Reported as offensive" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("hide") });
    expect(await mergeProposalAction(null, form({ duplicateId: published.id, targetId: onBallot.id, reason: "Same idea twice" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("merge") });
    expect(await snapshot()).toEqual(before);
  });

  it("lets a moderator take unlawful text out of view, keeping the project counted, and audits it", async () => {
    await actAs(officer.id);
    const items = [encodeTarget({ kind: "proposal", id: onBallot.id })];
    expect(await hideContentAction(null, form({ items, reason: "Names a private individual", keepOnBallot: "on" }))).toMatchObject({ ok: true });
    const [row] = await database.db.select({ status: proposals.status, hiddenReason: proposals.hiddenReason }).from(proposals).where(eq(proposals.id, onBallot.id));
    expect(row).toEqual({ status: "on_ballot", hiddenReason: "Names a private individual" });
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.actorId, officer.id), eq(auditLog.entityId, onBallot.id)));
    expect(audit).toMatchObject([{ action: "proposal.hide", reason: "Names a private individual", details: { keptOnBallot: true } }]);
    // A second time finds nothing left to take out of view, and says so.
    expect(await hideContentAction(null, form({ items, reason: "Names a private individual", keepOnBallot: "on" }))).toMatchObject({ ok: false });
  });

  it("refuses an area import that changes a decile in the plan's region, and allows one that does not", async () => {
    const db = database.db;
    await actAs(officer.id);
    // Imports read codes in capitals, so the ward is stored that way.
    const area = await makeArea(db, world.region.id, { code: `E05${world.plan.id.slice(0, 6).toUpperCase()}`, name: "Gipton", imdDecile: 2 });
    const row = (decile: number) => ["code,name,population,imd_decile", `${area.code},${area.name},9100,${decile}`].join("\n");
    expect(await importAreasAction(null, form({ planId: world.plan.id, csv: row(1), geojson: "" }))).toMatchObject({ ok: false, message: ballotFrozenMessage("areaDeciles") });
    expect(await db.select({ population: areas.population, imdDecile: areas.imdDecile }).from(areas).where(eq(areas.id, area.id))).toEqual([{ population: area.population, imdDecile: area.imdDecile }]);
    expect(await importAreasAction(null, form({ planId: world.plan.id, csv: row(area.imdDecile), geojson: "" }))).toMatchObject({ ok: true, data: { updated: 1 } });
  });

  it("refuses a ballot cast after the voting end time, though the phase still says voting", async () => {
    const db = database.db;
    const voter = await makeUser(db, { homeAreaId: world.area.id });
    const end = new Date(Date.now() - 60_000);
    await db.insert(planPhases).values({ planId: world.plan.id, phase: "voting", startsAt: new Date(end.getTime() - 86_400_000), endsAt: end });
    await actAs(voter.id);
    const refused = await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [onBallot.id] }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Voting closed at \d\d:\d\d on \d{1,2} \w+ \d{4}\.$/) });
    expect(await db.select().from(ballots).where(eq(ballots.voterId, voter.id))).toEqual([]);
    await db.update(planPhases).set({ endsAt: new Date(Date.now() + 86_400_000) }).where(eq(planPhases.planId, world.plan.id));
    expect(await castBallotAction(null, form({ planId: world.plan.id, proposalIds: [onBallot.id] }))).toMatchObject({ ok: true });
  });

  it("leaves every change open once the plan is adopted", async () => {
    await database.db.update(plans).set({ phase: "adopted" }).where(eq(plans.id, world.plan.id));
    await actAs(world.author.id);
    expect(await withdrawProposalAction(null, form({ proposalId: onBallot.id, confirm: "withdraw" }))).toMatchObject({ ok: true });
    const rows = await database.db.select({ status: proposals.status }).from(proposals).where(inArray(proposals.id, [onBallot.id]));
    expect(rows).toEqual([{ status: "withdrawn" }]);
  });
});
