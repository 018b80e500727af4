import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { comments, equalityAnswers, memberships, organisations, sessions, users } from "@/db/schema";
import { exportPersonalData } from "@/db/queries/people/export-personal-data";
import { makeArea, makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, RedirectSignal, useTestDatabase } from "../_server/test-harness";
import { deleteAccountAction, updateEqualityAction, updateProfileAction } from "./actions";

describeWithDatabase("profile actions", { onDatabase: useTestDatabase }, (database) => {
  it("updates only the signed-in person's own profile, whatever the form says", async () => {
    const world = await makeWorld(database.db);
    const me = await makeUser(database.db, { name: "Me" });
    await actAs(me.id);
    const result = await updateProfileAction(null, form({ name: "Kayleigh B", homeAreaId: world.area.id, notifyByEmail: "on", userId: world.author.id }));
    expect(result).toMatchObject({ ok: true });
    const [mine] = await database.db.select().from(users).where(eq(users.id, me.id));
    const [theirs] = await database.db.select().from(users).where(eq(users.id, world.author.id));
    expect(mine).toMatchObject({ name: "Kayleigh B", homeAreaId: world.area.id, notifyByEmail: true, notifyDigest: false });
    expect(theirs?.name).toBe("Test Person");
  });

  it("clears a home-area verification when the neighbourhood changes", async () => {
    const world = await makeWorld(database.db);
    const other = await makeArea(database.db, world.region.id, { name: "Other Ward" });
    const me = await makeUser(database.db, { homeAreaId: world.area.id, homeAreaVerifiedAt: new Date() });
    await actAs(me.id);
    await updateProfileAction(null, form({ name: "Moving House", homeAreaId: other.id }));
    const [row] = await database.db.select().from(users).where(eq(users.id, me.id));
    expect(row?.homeAreaVerifiedAt).toBeNull();
  });

  it("refuses an unknown neighbourhood next to its field and saves nothing", async () => {
    const me = await makeUser(database.db, { name: "Before" });
    await actAs(me.id);
    const result = await updateProfileAction(null, form({ name: "After", homeAreaId: "3f2b8c1e-9a4d-4e2b-8f1a-2b3c4d5e6f70" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { homeAreaId: ["Choose a neighbourhood from the list"] }, values: { name: "After" } });
    const [row] = await database.db.select().from(users).where(eq(users.id, me.id));
    expect(row?.name).toBe("Before");
  });

  it("keeps equality answers private to the person and their export", async () => {
    const me = await makeUser(database.db);
    await actAs(me.id);
    expect(await updateEqualityAction(null, form({ ageBand: "25–34", disability: "Prefer not to say" }))).toMatchObject({ ok: true });
    const exported = await exportPersonalData(database.db, me.id);
    expect(exported?.equalityAnswers).toMatchObject({ ageBand: "25–34", disability: "Prefer not to say", gender: null });
  });

  it("anonymises a deleted account but keeps what it wrote", async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world);
    const me = await makeUser(database.db, { name: "Leaving Soon" });
    await database.db.insert(comments).values({ proposalId: proposal.id, authorId: me.id, stance: "support", body: "Great idea" });
    await database.db.insert(equalityAnswers).values({ userId: me.id, ageBand: "25–34" });
    await database.db.insert(sessions).values({ sessionToken: `s-${me.id}`, userId: me.id, expires: new Date(Date.now() + 60_000) });
    await actAs(me.id);
    await expect(deleteAccountAction(null, form({ confirm: "delete my account" }))).rejects.toBeInstanceOf(RedirectSignal);
    const [row] = await database.db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ name: null, email: null });
    expect(row?.deletedAt).not.toBeNull();
    expect(await database.db.select().from(equalityAnswers).where(eq(equalityAnswers.userId, me.id))).toEqual([]);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, me.id))).toEqual([]);
    expect(await database.db.select({ body: comments.body }).from(comments).where(eq(comments.authorId, me.id))).toEqual([{ body: "Great idea" }]);
  });

  it("asks an owner to hand on their organisation before deleting", async () => {
    const world = await makeWorld(database.db);
    const me = await makeUser(database.db);
    const [org] = await database.db.insert(organisations).values({ regionId: world.region.id, slug: `o-${me.id}`, name: "Eastgate Tenants", sector: "community_voluntary" }).returning();
    if (!org) throw new Error("no org");
    await database.db.insert(memberships).values({ organisationId: org.id, userId: me.id, role: "owner" });
    await actAs(me.id);
    const result = await deleteAccountAction(null, form({ confirm: "delete my account" }));
    expect(result).toMatchObject({ ok: false, message: "You own Eastgate Tenants. Transfer ownership before deleting your account." });
    const [row] = await database.db.select().from(users).where(eq(users.id, me.id));
    expect(row?.deletedAt).toBeNull();
  });
});
