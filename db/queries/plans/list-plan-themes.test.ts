import { expect, it } from "vitest";
import { planThemes } from "../../schema";
import { makeTheme, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { isThemeAllowed, listPlanThemes } from "./list-plan-themes";

describeWithDatabase("a plan's themes", (database) => {
  it("offers the region's themes until the plan chooses its own", async () => {
    const world = await makeWorld(database.db);
    const other = await makeTheme(database.db, world.region.id);
    expect((await listPlanThemes(database.db, world.plan.id, world.region.id)).map((t) => t.id).sort()).toEqual([world.theme.id, other.id].sort());
    await database.db.insert(planThemes).values({ planId: world.plan.id, themeId: other.id });
    expect((await listPlanThemes(database.db, world.plan.id, world.region.id)).map((t) => t.id)).toEqual([other.id]);
    expect(await isThemeAllowed(database.db, world.plan.id, world.region.id, world.theme.id)).toBe(false);
    expect(await isThemeAllowed(database.db, world.plan.id, world.region.id, other.id)).toBe(true);
  });
});
