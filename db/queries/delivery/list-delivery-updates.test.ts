import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { proposals } from "../../schema";
import { makeArea, makeProposal, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listDeliveryUpdatesByArea, listDeliveryUpdatesByPlan, listDeliveryUpdatesByProposal } from "./list-delivery-updates";
import { recordDeliveryUpdate } from "./record-delivery-update";
import { sumDeliveryIndicators } from "./sum-delivery-indicators";

describeWithDatabase("delivery update queries", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;

  beforeAll(async () => {
    world = await makeWorld(database.db);
  });

  const report = (proposalId: string, body: string, day: string, indicators = {}) =>
    database.db.transaction((tx) => recordDeliveryUpdate(tx, { proposalId, authorId: world.author.id, body, milestone: null, happenedOn: new Date(`${day}T12:00:00Z`), indicators }));

  // Same-day updates: the later report first.
  it("pages a plan's updates newest first, and scopes by proposal and neighbourhood", async () => {
    const db = database.db;
    const other = await makeArea(db, world.region.id, { name: "Brackside", imdDecile: 1 });
    const pantry = await makeProposal(db, world, { title: "Pantry", status: "in_delivery" });
    const garden = await makeProposal(db, world, { title: "Garden", status: "adopted", areaId: other.id });
    for (let day = 1; day <= 5; day++) await report(pantry.id, `Pantry week ${day}`, `2026-02-0${day}`, { people_reached: 10 });
    await report(garden.id, "Garden dug", "2026-02-03", { volunteer_hours: 30, people_reached: 5 });

    const first = await listDeliveryUpdatesByPlan(db, world.plan.id, { page: 1, pageSize: 4, offset: 0 });
    expect(first.total).toBe(6);
    expect(first.rows.map((r) => r.body)).toEqual(["Pantry week 5", "Pantry week 4", "Garden dug", "Pantry week 3"]);
    const second = await listDeliveryUpdatesByPlan(db, world.plan.id, { page: 2, pageSize: 4, offset: 4 });
    expect(second.rows.map((r) => r.body)).toEqual(["Pantry week 2", "Pantry week 1"]);
    expect((await listDeliveryUpdatesByProposal(db, garden.id, { page: 1, pageSize: 10, offset: 0 })).rows).toMatchObject([{ proposalTitle: "Garden", areaName: "Brackside", indicators: [{ kind: "volunteer_hours", value: 30 }, { kind: "people_reached", value: 5 }] }]);
    expect((await listDeliveryUpdatesByArea(db, other.id, { page: 1, pageSize: 10, offset: 0 })).total).toBe(1);
    expect(await sumDeliveryIndicators(db, { planId: world.plan.id })).toEqual([
      { kind: "volunteer_hours", total: 30 },
      { kind: "people_reached", total: 55 },
    ]);
    expect(await sumDeliveryIndicators(db, { areaId: other.id })).toEqual([
      { kind: "volunteer_hours", total: 30 },
      { kind: "people_reached", total: 5 },
    ]);

    // A proposal a moderator later hides takes its updates out of public lists and totals.
    await db.update(proposals).set({ status: "hidden" }).where(eq(proposals.id, garden.id));
    expect((await listDeliveryUpdatesByPlan(db, world.plan.id, { page: 1, pageSize: 10, offset: 0 })).total).toBe(5);
    expect(await sumDeliveryIndicators(db, { planId: world.plan.id })).toEqual([{ kind: "people_reached", total: 50 }]);
  });
});
