import { expect, it } from "vitest";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makeUser } from "../../testing/factories";
import { getAccountStanding } from "./get-account-standing";

describeWithDatabase("an account's standing at sign-in", (database) => {
  it("finds an account by id or by email, and says whether it is suspended or erased", async () => {
    const active = await makeUser(database.db);
    const suspended = await makeUser(database.db, { suspendedAt: new Date() });
    const erased = await makeUser(database.db, { deletedAt: new Date() });
    expect(await getAccountStanding(database.db, { id: active.id })).toEqual({ id: active.id, suspended: false, erased: false });
    expect(await getAccountStanding(database.db, { email: suspended.email ?? "" })).toEqual({ id: suspended.id, suspended: true, erased: false });
    expect(await getAccountStanding(database.db, { id: erased.id })).toEqual({ id: erased.id, suspended: false, erased: true });
    expect(await getAccountStanding(database.db, { email: "nobody@example.test" })).toBeNull();
  });
});
