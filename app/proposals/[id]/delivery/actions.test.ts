import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { listDeliveryUpdatesByArea, listDeliveryUpdatesByPlan, listDeliveryUpdatesByProposal } from "@/db/queries/delivery/list-delivery-updates";
import { sumDeliveryIndicators } from "@/db/queries/delivery/sum-delivery-indicators";
import { deliveryUpdates, follows, notifications, plans, staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { parsePage } from "@/lib/shared/pagination";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { recordDeliveryUpdateAction } from "./actions";

const body = "The pantry opened on Saturdays with twelve volunteers.";

describeWithDatabase("delivery updates, called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let adopted: { id: string };
  let selected: { id: string };
  let officer: { id: string };
  let resident: { id: string };
  let follower: { id: string };

  beforeAll(async () => {
    const db = database.db;
    world = await makeWorld(db);
    await db.update(plans).set({ phase: "delivery" }).where(eq(plans.id, world.plan.id));
    adopted = await makeProposal(db, world, { title: "Community pantry", status: "adopted" });
    selected = await makeProposal(db, world, { title: "Bus shelter", status: "not_selected" });
    officer = await makeUser(db, { name: "Gareth Officer" });
    await db.insert(staffRoles).values({ userId: officer.id, role: "moderator" });
    resident = await makeUser(db, { name: "Rita Resident" });
    follower = await makeUser(db, { name: "Fola Follower" });
    await db.insert(follows).values({ proposalId: adopted.id, userId: follower.id });
  });

  it("refuses someone who is neither the author nor an officer, writing nothing", async () => {
    await actAs(resident.id);
    expect(await recordDeliveryUpdateAction(null, form({ proposalId: adopted.id, body, happenedOn: "2026-03-01" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await database.db.select().from(deliveryUpdates)).toEqual([]);
  });

  it("refuses an update on a proposal that was not adopted", async () => {
    await actAs(officer.id);
    expect(await recordDeliveryUpdateAction(null, form({ proposalId: selected.id, body, happenedOn: "2026-03-01" }))).toMatchObject({ ok: false, message: "Delivery can only be reported on a proposal adopted into the plan." });
    expect(await database.db.select().from(deliveryUpdates)).toEqual([]);
  });

  it("refuses bad indicator values next to their fields", async () => {
    await actAs(world.author.id);
    const result = await recordDeliveryUpdateAction(null, form({ proposalId: adopted.id, body, happenedOn: "2026-03-01", jobs_created: "-2", local_spend: "lots" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { jobs_created: ["Jobs created cannot be negative"], local_spend: ["Enter local spend in pounds, for example £1,200"] } });
  });

  it("records the author's update with indicators, tells followers, and lists it by proposal, plan and area", async () => {
    const db = database.db;
    await actAs(world.author.id);
    const result = await recordDeliveryUpdateAction(null, form({ proposalId: adopted.id, body, milestone: "Opened", happenedOn: "2026-03-01", volunteer_hours: "120", local_spend: "£1,250.50", jobs_created: "" }));
    expect(result).toMatchObject({ ok: true });
    await actAs(officer.id);
    expect(await recordDeliveryUpdateAction(null, form({ proposalId: adopted.id, body: "Second month: more families.", happenedOn: "2026-04-01", people_reached: "300" }))).toMatchObject({ ok: true });

    const page = parsePage("1");
    const byProposal = await listDeliveryUpdatesByProposal(db, adopted.id, page);
    expect(byProposal.total).toBe(2);
    expect(byProposal.rows.map((r) => r.body)).toEqual(["Second month: more families.", body]);
    expect(byProposal.rows[1]).toMatchObject({ milestone: "Opened", indicators: [{ kind: "volunteer_hours", value: 120 }, { kind: "local_spend_pence", value: 125_050 }] });
    expect((await listDeliveryUpdatesByPlan(db, world.plan.id, page)).total).toBe(2);
    expect((await listDeliveryUpdatesByArea(db, world.area.id, { page: 2, pageSize: 1, offset: 1 })).rows.map((r) => r.body)).toEqual([body]);
    expect(await sumDeliveryIndicators(db, { planId: world.plan.id })).toEqual([
      { kind: "volunteer_hours", total: 120 },
      { kind: "local_spend_pence", total: 125_050 },
      { kind: "people_reached", total: 300 },
    ]);
    const told = await db.select().from(notifications).where(eq(notifications.userId, follower.id));
    expect(told.map((n) => n.title)).toContain("Milestone on “Community pantry”: Opened");
  });
});
