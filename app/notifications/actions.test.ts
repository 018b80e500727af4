import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../_server/test-harness";
import { markNotificationsReadAction } from "./actions";

describeWithDatabase("marking notifications read, called directly", { onDatabase: useTestDatabase }, (database) => {
  it("marks only the caller's own notifications, even when another person's ids are posted", async () => {
    const db = database.db;
    const owner = await makeUser(db);
    const intruder = await makeUser(db);
    const [theirs] = await db.insert(notifications).values({ userId: owner.id, kind: "pledge.offered", title: "New pledge" }).returning();
    const [mine] = await db.insert(notifications).values({ userId: intruder.id, kind: "pledge.offered", title: "Mine" }).returning();

    await actAs(null);
    expect(await markNotificationsReadAction(null, form({ ids: theirs?.id ?? "" }))).toMatchObject({ ok: false, message: "Please sign in first." });

    await actAs(intruder.id);
    expect(await markNotificationsReadAction(null, form({ ids: [theirs?.id ?? "", mine?.id ?? ""] }))).toMatchObject({ ok: true });
    const [after] = await db.select().from(notifications).where(eq(notifications.id, theirs?.id ?? ""));
    const [own] = await db.select().from(notifications).where(eq(notifications.id, mine?.id ?? ""));
    expect(after?.readAt).toBeNull();
    expect(own?.readAt).not.toBeNull();

    expect(await markNotificationsReadAction(null, form({ ids: "not-an-id" }))).toMatchObject({ ok: false, values: { ids: "not-an-id" } });
  });
});
