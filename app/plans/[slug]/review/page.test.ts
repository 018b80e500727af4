import { beforeAll, expect, it } from "vitest";
import { staffRoles } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, useTestDatabase } from "../../../_server/test-harness";
import AssessPage from "../../../proposals/[id]/assess/page";
import RespondPage from "../../../proposals/[id]/respond/page";
import ResponsesPage from "../responses/page";
import ReviewPage from "./page";

describeWithDatabase("staff review pages", { onDatabase: useTestDatabase }, (database) => {
  let params: Promise<{ slug: string; id: string }>;
  let resident: { id: string };
  let moderator: { id: string };
  const searchParams = Promise.resolve({});

  beforeAll(async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world);
    params = Promise.resolve({ slug: world.plan.slug, id: proposal.id });
    resident = await makeUser(database.db);
    moderator = await makeUser(database.db);
    await database.db.insert(staffRoles).values({ userId: moderator.id, role: "moderator" });
  });

  it("are not found for a resident, as if they did not exist", async () => {
    await actAs(resident.id);
    await expect(ReviewPage({ params, searchParams })).rejects.toMatchObject({ url: "/not-found" });
    await expect(ResponsesPage({ params })).rejects.toMatchObject({ url: "/not-found" });
    await expect(AssessPage({ params })).rejects.toMatchObject({ url: "/not-found" });
    await expect(RespondPage({ params })).rejects.toMatchObject({ url: "/not-found" });
  });

  it("send someone signed out to sign in", async () => {
    await actAs(null);
    await expect(ReviewPage({ params, searchParams })).rejects.toMatchObject({ url: expect.stringMatching(/^\/sign-in\?next=\/plans\/.+\/review$/) });
  });

  it("open for a moderator", async () => {
    await actAs(moderator.id);
    await expect(ReviewPage({ params, searchParams })).resolves.toBeTruthy();
    await expect(AssessPage({ params })).resolves.toBeTruthy();
    await expect(RespondPage({ params })).resolves.toBeTruthy();
    await expect(ResponsesPage({ params })).resolves.toBeTruthy();
  });
});
