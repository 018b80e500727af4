import { asc } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { proposals } from "../../schema";
import { seedDemo } from "../../seed/demo";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { refreshProposalCounters } from "./refresh-proposal-counters";

describeWithDatabase("proposal counters", (database) => {
  beforeAll(async () => {
    await seedDemo(database.db);
  });

  it("recomputes exactly what the demo seed computed with lib/ledger for every proposal", async () => {
    const columns = { id: proposals.id, s: proposals.supportCount, c: proposals.commentCount, n: proposals.openNeedCount, v: proposals.pledgedValuePence };
    const before = await database.db.select(columns).from(proposals).orderBy(asc(proposals.id));
    expect(before.some((row) => row.v > 0)).toBe(true);
    await database.db.update(proposals).set({ supportCount: 0, commentCount: 0, openNeedCount: 0, pledgedValuePence: 0 });
    for (const row of before) await refreshProposalCounters(database.db, row.id);
    const after = await database.db.select(columns).from(proposals).orderBy(asc(proposals.id));
    expect(after).toEqual(before);
  });
});
