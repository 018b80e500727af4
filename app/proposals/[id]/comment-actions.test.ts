import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { listCommentThreads } from "@/db/queries/comments/list-comment-threads";
import { comments, flags, follows, proposals } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../_server/test-harness";
import { createCommentAction, deleteCommentAction, editCommentAction, reportCommentAction, reportProposalAction } from "./comment-actions";
import { makeCoproductionWorld, notificationsFor, type CoproductionWorld } from "./actions-test-world";

describeWithDatabase("comment actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let w: CoproductionWorld;

  beforeEach(async () => {
    w = await makeCoproductionWorld(database.db);
    await actAs(null);
  });
  afterEach(() => {
    delete process.env.MODERATION_WORDS;
  });

  const post = (fields: Record<string, string> = {}) =>
    createCommentAction(null, form({ proposalId: w.proposal.id, stance: "question", body: "Will it open on Saturdays?", parentId: "", organisationId: "", ...fields }));
  const commentsOn = (proposalId = w.proposal.id) => database.db.select().from(comments).where(eq(comments.proposalId, proposalId)).orderBy(comments.createdAt);
  const onlyComment = async () => {
    const [row, ...rest] = await commentsOn();
    if (!row || rest.length) throw new Error("expected one comment");
    return row;
  };
  const commentCount = async () => (await database.db.select({ n: proposals.commentCount }).from(proposals).where(eq(proposals.id, w.proposal.id)))[0]?.n;
  const page = { page: 1, pageSize: 20, offset: 0 };

  it("posts a resident's comment, counts it, tells the author and followers, and makes the commenter a follower", async () => {
    await actAs(w.resident.id);
    expect(await post()).toMatchObject({ ok: true, data: { held: false } });
    expect(await onlyComment()).toMatchObject({ authorId: w.resident.id, stance: "question", body: "Will it open on Saturdays?", organisationId: null, hiddenAt: null });
    expect(await commentCount()).toBe(1);
    expect(await notificationsFor(database.db, w.author.id, w.proposal.id)).toEqual([
      { kind: "comment.created", title: "Rita Resident commented on “Repair café in the old library”" },
    ]);
    expect(await notificationsFor(database.db, w.follower.id, w.proposal.id)).toHaveLength(1);
    expect(await notificationsFor(database.db, w.resident.id, w.proposal.id)).toEqual([]);
    expect(await database.db.select().from(follows).where(and(eq(follows.userId, w.resident.id), eq(follows.proposalId, w.proposal.id)))).toHaveLength(1);
  });

  it("lets an organisation's admin speak for it, and refuses a plain member or an outsider", async () => {
    await actAs(w.orgMember.id);
    expect(await post({ organisationId: w.business.id })).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringContaining("admins")] } });
    await actAs(w.resident.id);
    expect(await post({ organisationId: w.business.id })).toMatchObject({ ok: false });
    expect(await commentsOn()).toEqual([]);
    await actAs(w.orgAdmin.id);
    expect(await post({ organisationId: w.business.id, stance: "support" })).toMatchObject({ ok: true });
    expect(await onlyComment()).toMatchObject({ organisationId: w.business.id, authorId: w.orgAdmin.id });
  });

  it("allows one level of replies and refuses a reply to a reply", async () => {
    await actAs(w.resident.id);
    await post();
    const root = await onlyComment();
    await actAs(w.author.id);
    expect(await post({ parentId: root.id, stance: "idea", body: "Yes, 10 till 2." })).toMatchObject({ ok: true });
    const reply = (await commentsOn()).find((c) => c.parentId === root.id);
    if (!reply) throw new Error("no reply");
    await actAs(w.follower.id);
    expect(await post({ parentId: reply.id, body: "And Sundays?" })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ["Replies cannot be replied to. Reply to the original comment instead."] },
    });
    expect(await commentsOn()).toHaveLength(2);
    const { threads } = await listCommentThreads(database.db, w.proposal.id, null, page);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.replies.map((r) => r.body)).toEqual(["Yes, 10 till 2."]);
  });

  it("lets the author edit within 15 minutes and refuses an edit after, and anyone else's edit at any time", async () => {
    await actAs(w.resident.id);
    await post();
    const comment = await onlyComment();
    const edit = (body: string) => editCommentAction(null, form({ proposalId: w.proposal.id, commentId: comment.id, stance: "concern", body }));
    expect(await edit("Will it open on Saturday mornings?")).toMatchObject({ ok: true });
    expect(await onlyComment()).toMatchObject({ body: "Will it open on Saturday mornings?", stance: "concern", editedAt: expect.any(Date) });

    await actAs(w.follower.id);
    expect(await edit("Hijacked")).toMatchObject({ ok: false, message: "You do not have permission to do this." });

    await database.db.update(comments).set({ createdAt: new Date(Date.now() - 16 * 60_000) }).where(eq(comments.id, comment.id));
    await actAs(w.resident.id);
    expect(await edit("Too late")).toMatchObject({ ok: false, message: "Comments can only be edited for 15 minutes after posting." });
    expect(await onlyComment()).toMatchObject({ body: "Will it open on Saturday mornings?" });
  });

  it("deletes only the author's own comment, leaving a tombstone without its words", async () => {
    await actAs(w.resident.id);
    await post();
    const comment = await onlyComment();
    const remove = () => deleteCommentAction(null, form({ proposalId: w.proposal.id, commentId: comment.id }));
    await actAs(w.author.id);
    expect(await remove()).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await onlyComment()).toMatchObject({ deletedAt: null });
    await actAs(w.resident.id);
    expect(await remove()).toMatchObject({ ok: true });
    expect(await onlyComment()).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await commentCount()).toBe(0);
    const { threads } = await listCommentThreads(database.db, w.proposal.id, null, page);
    expect(threads[0]).toMatchObject({ body: "", deletedAt: expect.any(Date) });
  });

  it("records a report with its reason once per person, for comments and proposals", async () => {
    await actAs(w.resident.id);
    await post();
    const comment = await onlyComment();
    await actAs(w.follower.id);
    const report = () => reportCommentAction(null, form({ proposalId: w.proposal.id, commentId: comment.id, reason: "Off topic and rude" }));
    expect(await report()).toMatchObject({ ok: true });
    expect(await report()).toMatchObject({ ok: false, message: "You have already reported this. A moderator will look at it." });
    expect(await reportProposalAction(null, form({ proposalId: w.proposal.id, reason: "Duplicate of another idea" }))).toMatchObject({ ok: true });
    expect(await reportProposalAction(null, form({ proposalId: w.proposal.id, reason: "no" }))).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    const rows = await database.db.select({ commentId: flags.commentId, proposalId: flags.proposalId, reason: flags.reason }).from(flags).where(eq(flags.reporterId, w.follower.id));
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({ commentId: comment.id, proposalId: null, reason: "Off topic and rude" });
  });

  it("holds a comment with too many links or a listed word: saved hidden, not counted, not public, nobody notified", async () => {
    process.env.MODERATION_WORDS = "casino, scam";
    await actAs(w.resident.id);
    expect(await post({ body: "Cheap CASINO chips here" })).toMatchObject({ ok: true, data: { held: true }, message: expect.stringContaining("waiting for a moderator") });
    expect(await post({ body: "https://a.example https://b.example https://c.example" })).toMatchObject({ ok: true, data: { held: true } });
    const rows = await commentsOn();
    expect(rows.map((row) => row.hiddenReason)).toEqual(["Held for review: it contains words on the moderation list", "Held for review: it has more than 2 links"]);
    expect(rows.every((row) => row.hiddenAt)).toBe(true);
    expect(await commentCount()).toBe(0);
    expect(await notificationsFor(database.db, w.author.id, w.proposal.id)).toEqual([]);
    expect((await listCommentThreads(database.db, w.proposal.id, null, page)).threads).toEqual([]);
    expect((await listCommentThreads(database.db, w.proposal.id, w.follower.id, page)).threads).toEqual([]);
    const own = await listCommentThreads(database.db, w.proposal.id, w.resident.id, page);
    expect(own.threads[0]).toMatchObject({ body: "Cheap CASINO chips here", own: true, hiddenReason: expect.stringContaining("Held for review") });
  });

  it("refuses the 11th comment in ten minutes and writes nothing for it", async () => {
    await actAs(w.resident.id);
    for (let n = 1; n <= 10; n++) expect(await post({ body: `Comment ${n}` })).toMatchObject({ ok: true });
    expect(await post({ body: "Comment 11" })).toMatchObject({ ok: false, message: expect.stringContaining("Please wait") });
    expect(await commentsOn()).toHaveLength(10);
    // Someone else is not affected by the resident's limit.
    await actAs(w.follower.id);
    expect(await post({ body: "My first" })).toMatchObject({ ok: true });
  });

  it("refuses comments on a hidden proposal, and from someone signed out", async () => {
    expect(await post()).toMatchObject({ ok: false, message: "Please sign in first." });
    await actAs(w.resident.id);
    await database.db.update(proposals).set({ status: "hidden", statusBeforeHidden: "published", hiddenReason: "Abuse" }).where(eq(proposals.id, w.proposal.id));
    expect(await post()).toMatchObject({ ok: false, message: "That proposal was not found." });
    expect(await commentsOn()).toEqual([]);
  });
});
