import { expect, it } from "vitest";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { getLatestOutboxEmail } from "./get-latest-outbox-email";
import { insertOutboxEmail } from "./insert-outbox-email";

describeWithDatabase("the outbox", (database) => {
  it("reads back the newest email kept for an address", async () => {
    expect(await getLatestOutboxEmail(database.db, "resident@example.test")).toBeNull();
    await insertOutboxEmail(database.db, { to: "resident@example.test", subject: "First", text: "first link" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await insertOutboxEmail(database.db, { to: "resident@example.test", subject: "Second", text: "second link" });
    await insertOutboxEmail(database.db, { to: "other@example.test", subject: "Other", text: "other link" });
    expect(await getLatestOutboxEmail(database.db, "resident@example.test")).toBe("second link");
  });
});
