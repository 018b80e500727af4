import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { listOfficialResponses, listProposalsAwaitingResponse } from "@/db/queries/review/list-official-responses";
import { auditLog, follows, notifications, officialResponses, plans, proposals, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { publishResponseAction } from "./actions";

const body = "Thank you: the panel shortlisted this because it serves two priorities.";

describeWithDatabase("official responses, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let proposal: { id: string; title: string };
  let reviewer: { id: string };
  let officer: { id: string };
  let resident: { id: string };
  let follower: { id: string };

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "review" }).where(eq(plans.id, world.plan.id));
    proposal = await makeProposal(db, world, { title: "Youth club" });
    reviewer = await makeUser(db, { name: "Rhiannon Reviewer" });
    await db.insert(staffRoles).values({ userId: reviewer.id, role: "reviewer" });
    officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    resident = await makeUser(db, { name: "Rita Resident" });
    follower = await makeUser(db, { name: "Fola Follower" });
    await db.insert(follows).values({ proposalId: proposal.id, userId: follower.id });
  });

  it("refuses a resident's direct call, writing nothing", async () => {
    await actAs(resident.id);
    expect(await publishResponseAction(null, form({ proposalId: proposal.id, status: "shortlisted", body, respondingBody: "Northbridge & Brackside LEP" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await database.db.select().from(officialResponses)).toEqual([]);
    const [row] = await database.db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(row?.status).toBe("published");
  });

  it("leaves shortlisting to officers: a reviewer's shortlisting response is refused", async () => {
    await actAs(reviewer.id);
    expect(await publishResponseAction(null, form({ proposalId: proposal.id, status: "shortlisted", body, respondingBody: "Northbridge & Brackside LEP" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await database.db.select().from(officialResponses)).toEqual([]);
  });

  it("publishes a response, moves the status, tells the author and followers, and audits", async () => {
    const db = database.db;
    expect((await listProposalsAwaitingResponse(db, world.plan.id)).map((p) => p.id)).toEqual([]);
    await actAs(officer.id);
    const result = await publishResponseAction(null, form({ proposalId: proposal.id, status: "shortlisted", body, respondingBody: "Northbridge & Brackside LEP" }));
    expect(result).toMatchObject({ ok: true, data: { changedStatus: true } });
    const [row] = await db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(row).toMatchObject({ status: "shortlisted", shortlistReason: body });
    expect(await listOfficialResponses(db, proposal.id)).toMatchObject([{ status: "shortlisted", body, respondingBody: "Northbridge & Brackside LEP" }]);
    const told = await db.select().from(notifications).where(eq(notifications.proposalId, proposal.id));
    expect(told.map((n) => n.userId).sort()).toEqual([world.author.id, follower.id].sort());
    expect(told[0]).toMatchObject({ kind: "response.published", title: "Northbridge & Brackside LEP responded to “Youth club”: Shortlisted", body });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "response.publish"));
    expect(audit).toMatchObject({ actorId: officer.id, entityId: proposal.id, details: expect.objectContaining({ from: "published", to: "shortlisted" }) });
  });

  it("refuses a jump that skips the steps between", async () => {
    await actAs(reviewer.id);
    const refused = await publishResponseAction(null, form({ proposalId: proposal.id, status: "delivered", body, respondingBody: "Northbridge City Council" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { status: ["A proposal that is “Shortlisted” cannot be marked “Delivered”."] } });
    expect(await database.db.select().from(officialResponses)).toHaveLength(1);
  });

  it("lists a status change nobody has answered yet as waiting", async () => {
    const db = database.db;
    const selected = await makeProposal(db, world, { title: "Bus shelter", status: "selected" });
    expect((await listProposalsAwaitingResponse(db, world.plan.id)).map((p) => p.title)).toEqual(["Bus shelter"]);
    await actAs(reviewer.id);
    expect(await publishResponseAction(null, form({ proposalId: selected.id, status: "selected", body, respondingBody: "Northbridge City Council" }))).toMatchObject({ ok: true, data: { changedStatus: false } });
    expect(await listProposalsAwaitingResponse(db, world.plan.id)).toEqual([]);
  });
});
