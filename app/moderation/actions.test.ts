import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { listModerationQueue } from "@/db/queries/moderation/list-moderation-queue";
import { auditLog, comments, flags, follows, moderationActions, notifications, pledges, proposals, staffRoles, supports } from "@/db/schema";
import { makeProposal, makeUser } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { encodeTarget } from "@/lib/moderation/moderation-rules";
import { actAs, form, useTestDatabase } from "../_server/test-harness";
import { makeCoproductionWorld, type CoproductionWorld } from "../proposals/[id]/actions-test-world";
import { dismissReportsAction, hideContentAction, mergeProposalAction, restoreContentAction } from "./actions";

describeWithDatabase("moderation actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let w: CoproductionWorld;
  let moderator: Awaited<ReturnType<typeof makeUser>>;

  beforeEach(async () => {
    w = await makeCoproductionWorld(database.db);
    moderator = await makeUser(database.db, { name: "Olu Officer" });
    await database.db.insert(staffRoles).values({ userId: moderator.id, role: "moderator" });
    await actAs(null);
  });

  const addComment = async (authorId: string, body: string, extra: Partial<typeof comments.$inferInsert> = {}) => {
    const [row] = await database.db.insert(comments).values({ proposalId: w.proposal.id, authorId, stance: "concern", body, ...extra }).returning();
    if (!row) throw new Error("no comment");
    return row;
  };
  const select = (action: typeof hideContentAction, items: string[], reason = "Personal abuse towards a neighbour") => action(null, form({ items, reason }));
  // One database serves the whole file, so every read is scoped to this test's people and rows.
  const auditRows = () => database.db.select().from(auditLog).where(eq(auditLog.actorId, moderator.id)).orderBy(auditLog.seq);
  const queueFor = async (ids: string[]) => {
    const queue = await listModerationQueue(database.db);
    const mine = <T extends { id: string }>(rows: T[]) => rows.filter((row) => ids.includes(row.id));
    return { reportedComments: mine(queue.reportedComments), reportedProposals: mine(queue.reportedProposals), waitingProposals: mine(queue.waitingProposals) };
  };

  it("refuses a resident's direct call of every moderation action, and writes nothing", async () => {
    const comment = await addComment(w.follower.id, "Rude words");
    await database.db.insert(flags).values({ reporterId: w.resident.id, commentId: comment.id, reason: "Rude" });
    const other = await makeProposal(database.db, w, { title: "The same repair café" });
    const items = [encodeTarget({ kind: "comment", id: comment.id }), encodeTarget({ kind: "proposal", id: w.proposal.id })];
    const [auditBefore, actionsBefore] = await Promise.all([database.db.select().from(auditLog), database.db.select().from(moderationActions)]);
    for (const who of [w.resident.id, w.orgAdmin.id, w.author.id]) {
      await actAs(who);
      for (const action of [hideContentAction, restoreContentAction, dismissReportsAction]) {
        expect(await select(action, items)).toMatchObject({ ok: false, message: "You do not have permission to do this." });
      }
      expect(await mergeProposalAction(null, form({ duplicateId: other.id, targetId: w.proposal.id, reason: "Same idea twice" }))).toMatchObject({
        ok: false,
        message: "You do not have permission to do this.",
      });
    }
    expect(await database.db.select().from(comments).where(eq(comments.id, comment.id))).toMatchObject([{ hiddenAt: null }]);
    expect(await database.db.select({ status: proposals.status, mergedIntoId: proposals.mergedIntoId }).from(proposals).where(inArray(proposals.id, [w.proposal.id, other.id]))).toEqual([
      { status: "published", mergedIntoId: null },
      { status: "published", mergedIntoId: null },
    ]);
    expect(await database.db.select({ status: flags.status }).from(flags).where(eq(flags.commentId, comment.id))).toEqual([{ status: "open" }]);
    expect(await database.db.select().from(moderationActions)).toHaveLength(actionsBefore.length);
    expect(await database.db.select().from(auditLog)).toHaveLength(auditBefore.length);
  });

  it("hides three selected items with one reason: each hidden, reports upheld, authors told, three audit entries", async () => {
    const first = await addComment(w.follower.id, "You lot are idiots");
    const second = await addComment(w.resident.id, "Buy my stuff");
    await database.db.insert(flags).values([
      { reporterId: w.resident.id, commentId: first.id, reason: "Insulting" },
      { reporterId: w.orgMember.id, commentId: first.id, reason: "Abusive" },
      { reporterId: w.follower.id, proposalId: w.proposal.id, reason: "Offensive" },
    ]);
    const queue = await queueFor([first.id, second.id, w.proposal.id]);
    expect(queue.reportedComments).toEqual([expect.objectContaining({ id: first.id, reports: 2, reasons: expect.arrayContaining(["Insulting", "Abusive"]) })]);
    expect(queue.reportedProposals).toEqual([expect.objectContaining({ id: w.proposal.id, reports: 1 })]);

    await actAs(moderator.id);
    const items = [encodeTarget({ kind: "comment", id: first.id }), encodeTarget({ kind: "comment", id: second.id }), encodeTarget({ kind: "proposal", id: w.proposal.id })];
    expect(await select(hideContentAction, items)).toMatchObject({ ok: true, message: "3 items hidden. The authors have been told the reason." });

    const hidden = await database.db.select().from(comments).where(inArray(comments.id, [first.id, second.id]));
    expect(hidden.every((c) => c.hiddenAt && c.hiddenReason === "Personal abuse towards a neighbour")).toBe(true);
    expect(await database.db.select({ status: proposals.status, before: proposals.statusBeforeHidden, reason: proposals.hiddenReason }).from(proposals).where(eq(proposals.id, w.proposal.id))).toEqual([
      { status: "hidden", before: "published", reason: "Personal abuse towards a neighbour" },
    ]);
    const reports = await database.db.select({ status: flags.status }).from(flags).where(inArray(flags.reporterId, [w.resident.id, w.orgMember.id, w.follower.id]));
    expect(reports.map((f) => f.status)).toEqual(["upheld", "upheld", "upheld"]);
    const audits = await auditRows();
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorId === moderator.id && a.reason === "Personal abuse towards a neighbour")).toBe(true);
    expect(audits.map((a) => a.action).sort()).toEqual(["comment.hide", "comment.hide", "proposal.hide"]);
    const told = await database.db
      .select({ userId: notifications.userId, body: notifications.body })
      .from(notifications)
      .where(and(eq(notifications.kind, "moderation.hidden"), eq(notifications.proposalId, w.proposal.id)));
    expect(told).toHaveLength(3);
    expect(told).toContainEqual({ userId: w.follower.id, body: "Reason: Personal abuse towards a neighbour" });
    expect(told).toContainEqual({ userId: w.author.id, body: "Reason: Personal abuse towards a neighbour" });
    expect(await database.db.select().from(moderationActions).where(eq(moderationActions.moderatorId, moderator.id))).toHaveLength(3);
  });

  it("changes nothing in a bulk action if one item cannot take it, then restores with a reason", async () => {
    const comment = await addComment(w.follower.id, "Borderline");
    const visible = await addComment(w.resident.id, "Fine");
    await actAs(moderator.id);
    await select(hideContentAction, [encodeTarget({ kind: "comment", id: comment.id })]);
    expect(await select(restoreContentAction, [encodeTarget({ kind: "comment", id: comment.id }), encodeTarget({ kind: "comment", id: visible.id })], "Was fair comment")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was changed"),
    });
    expect((await database.db.select().from(comments).where(eq(comments.id, comment.id)))[0]?.hiddenAt).not.toBeNull();
    expect(await select(restoreContentAction, [encodeTarget({ kind: "comment", id: comment.id })], "Was fair comment")).toMatchObject({ ok: true });
    expect(await database.db.select({ hiddenAt: comments.hiddenAt, hiddenReason: comments.hiddenReason }).from(comments).where(eq(comments.id, comment.id))).toEqual([
      { hiddenAt: null, hiddenReason: null },
    ]);
    expect((await auditRows()).map((a) => [a.action, a.reason])).toEqual([
      ["comment.hide", "Personal abuse towards a neighbour"],
      ["comment.restore", "Was fair comment"],
    ]);
  });

  it("dismisses reports without hiding, and refuses a reason too short for the author to understand", async () => {
    const comment = await addComment(w.follower.id, "Robust but fair");
    await database.db.insert(flags).values({ reporterId: w.resident.id, commentId: comment.id, reason: "I disagree" });
    await actAs(moderator.id);
    expect(await select(dismissReportsAction, [encodeTarget({ kind: "comment", id: comment.id })], "no")).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await select(dismissReportsAction, [encodeTarget({ kind: "comment", id: comment.id })], "Disagreement is not abuse")).toMatchObject({ ok: true });
    expect(await database.db.select({ status: flags.status }).from(flags).where(eq(flags.commentId, comment.id))).toEqual([{ status: "dismissed" }]);
    expect(await database.db.select({ hiddenAt: comments.hiddenAt }).from(comments).where(eq(comments.id, comment.id))).toEqual([{ hiddenAt: null }]);
    expect((await queueFor([comment.id])).reportedComments).toEqual([]);
  });

  it("approves a proposal held by pre-moderation: restore publishes it", async () => {
    const waiting = await makeProposal(database.db, w, { title: "Waiting idea", status: "hidden", statusBeforeHidden: "published", hiddenReason: "Awaiting moderation" });
    expect((await queueFor([waiting.id])).waitingProposals.map((p) => p.id)).toEqual([waiting.id]);
    await actAs(moderator.id);
    expect(await select(restoreContentAction, [encodeTarget({ kind: "proposal", id: waiting.id })], "Meets the plan's rules")).toMatchObject({ ok: true });
    expect(await database.db.select({ status: proposals.status, hiddenReason: proposals.hiddenReason }).from(proposals).where(eq(proposals.id, waiting.id))).toEqual([
      { status: "published", hiddenReason: null },
    ]);
  });

  it("approves a held comment: it becomes public and counted, and followers hear of it then", async () => {
    const held = await addComment(w.resident.id, "See https://a.example https://b.example https://c.example", { hiddenAt: new Date(), hiddenReason: "Held for review: it has more than 2 links" });
    const queue = await listModerationQueue(database.db);
    expect(queue.heldComments.map((c) => c.id)).toContain(held.id);
    expect(queue.hiddenComments.map((c) => c.id)).not.toContain(held.id);
    await actAs(moderator.id);
    expect(await select(restoreContentAction, [encodeTarget({ kind: "comment", id: held.id })], "Links are to council pages")).toMatchObject({ ok: true });
    expect(await database.db.select({ commentCount: proposals.commentCount }).from(proposals).where(eq(proposals.id, w.proposal.id))).toEqual([{ commentCount: 1 }]);
    const told = await database.db.select({ userId: notifications.userId }).from(notifications).where(and(eq(notifications.kind, "comment.created"), eq(notifications.proposalId, w.proposal.id)));
    expect(told.map((n) => n.userId)).toContain(w.follower.id);
    expect(told.map((n) => n.userId)).not.toContain(w.resident.id);
  });

  it("merges a duplicate: supports (one per person), follows, pledges and comments move; both authors told; counters and audit", async () => {
    const dupAuthor = await makeUser(database.db, { name: "Dee Duplicate" });
    const duplicate = await makeProposal(database.db, w, { title: "Fix-it café at the library", authorId: dupAuthor.id });
    await database.db.insert(supports).values([
      { proposalId: w.proposal.id, userId: w.resident.id },
      { proposalId: duplicate.id, userId: w.resident.id },
      { proposalId: duplicate.id, userId: w.follower.id },
      { proposalId: duplicate.id, userId: w.orgMember.id },
    ]);
    await database.db.insert(follows).values([{ proposalId: duplicate.id, userId: w.orgMember.id }, { proposalId: duplicate.id, userId: w.follower.id }]);
    await database.db.insert(pledges).values({ proposalId: duplicate.id, pledgerId: w.resident.id, kind: "volunteer_hours", quantity: 4, unit: "hour" });
    const root = await addComment(w.resident.id, "On the duplicate", { proposalId: duplicate.id });
    await addComment(dupAuthor.id, "A reply", { proposalId: duplicate.id, parentId: root.id });

    await actAs(moderator.id);
    const result = await mergeProposalAction(null, form({ duplicateId: duplicate.id, targetId: w.proposal.id, reason: "Same idea as the repair café" }));
    expect(result).toMatchObject({ ok: true, data: { supports: 3, follows: 2, pledges: 1, comments: 2 } });

    expect(await database.db.select().from(supports).where(eq(supports.proposalId, duplicate.id))).toEqual([]);
    expect((await database.db.select({ userId: supports.userId }).from(supports).where(eq(supports.proposalId, w.proposal.id))).map((s) => s.userId).sort()).toEqual(
      [w.resident.id, w.follower.id, w.orgMember.id].sort(),
    );
    expect(await database.db.select().from(pledges).where(eq(pledges.proposalId, w.proposal.id))).toHaveLength(1);
    expect(await database.db.select().from(comments).where(eq(comments.proposalId, w.proposal.id))).toHaveLength(2);
    const followerIds = (await database.db.select({ userId: follows.userId }).from(follows).where(eq(follows.proposalId, w.proposal.id))).map((f) => f.userId);
    expect(followerIds).toEqual(expect.arrayContaining([w.follower.id, w.orgMember.id, dupAuthor.id]));
    expect(followerIds.filter((id) => id === w.follower.id)).toHaveLength(1);

    const [target] = await database.db.select().from(proposals).where(eq(proposals.id, w.proposal.id));
    const [dup] = await database.db.select().from(proposals).where(eq(proposals.id, duplicate.id));
    expect(target).toMatchObject({ supportCount: 3, commentCount: 2, pledgedValuePence: 6_000 });
    expect(dup).toMatchObject({ status: "hidden", mergedIntoId: w.proposal.id, hiddenReason: "Same idea as the repair café", supportCount: 0, commentCount: 0, pledgedValuePence: 0 });
    const told = await database.db.select({ userId: notifications.userId }).from(notifications).where(and(eq(notifications.kind, "moderation.merged"), eq(notifications.proposalId, w.proposal.id)));
    expect(told.map((n) => n.userId).sort()).toEqual([w.author.id, dupAuthor.id].sort());
    expect(await auditRows()).toMatchObject([{ action: "proposal.merge", entityId: duplicate.id, reason: "Same idea as the repair café", details: { into: w.proposal.id } }]);

    // Merged once is merged for good: neither a second merge nor a restore undoes it.
    expect(await mergeProposalAction(null, form({ duplicateId: duplicate.id, targetId: w.proposal.id, reason: "Same idea again" }))).toMatchObject({ ok: false });
    expect(await select(restoreContentAction, [encodeTarget({ kind: "proposal", id: duplicate.id })], "Undo the merge")).toMatchObject({ ok: false });
  });

  it("refuses merging across plans", async () => {
    const { makePlan } = await import("@/db/testing/factories");
    const otherPlan = await makePlan(database.db, w.region.id, { phase: "ideas" });
    const elsewhere = await makeProposal(database.db, { ...w, plan: otherPlan });
    await actAs(moderator.id);
    expect(await mergeProposalAction(null, form({ duplicateId: elsewhere.id, targetId: w.proposal.id, reason: "Same idea twice" }))).toMatchObject({
      ok: false,
      message: "Only proposals in the same plan can be merged.",
    });
    expect(await database.db.select().from(proposals).where(and(eq(proposals.id, elsewhere.id), eq(proposals.status, "published")))).toHaveLength(1);
  });
});
