import { beforeAll, expect, it } from "vitest";
import { parsePage } from "@/lib/shared/pagination";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { makeProposalSearchFixture } from "../../testing/proposal-search-fixture";
import { listOpenNeeds } from "./list-open-needs";

describeWithDatabase("finding open needs", (database) => {
  let businessId = "";

  beforeAll(async () => {
    ({ businessId } = await makeProposalSearchFixture(database.db));
  });

  it("ranks open needs that match what an organisation offers first", async () => {
    const { rows, total, matching } = await listOpenNeeds(database.db, { kind: null, areaId: null, q: "", organisationId: businessId }, parsePage("1"));
    expect(matching).toBe(true);
    expect(total).toBe(2);
    expect(rows[0]?.description).toBe("Two welding apprenticeship placements");
    expect(rows[0]?.score).toBeGreaterThan(0);
    expect(rows[1]?.score).toBe(0);
    const jobsOnly = await listOpenNeeds(database.db, { kind: "jobs", areaId: null, q: "", organisationId: null }, parsePage("1"));
    expect(jobsOnly.rows.map((r) => r.kind)).toEqual(["jobs"]);
  });
});
