import { describe, expect, it } from "vitest";
import { canEditComment, commentInputSchema, commentsClosedReason, editRefusal, editWindowStart, replyRefusal } from "./comments";

const posted = new Date("2025-03-01T10:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(posted.getTime() + minutes * 60_000 + seconds * 1000);
const comment = { createdAt: posted, deletedAt: null, hiddenAt: null };

describe("the 15-minute edit window", () => {
  it("allows an edit up to and including 15 minutes after posting", () => {
    expect(canEditComment(comment, at(0))).toBe(true);
    expect(canEditComment(comment, at(14, 59))).toBe(true);
    expect(canEditComment(comment, at(15))).toBe(true);
  });

  it("refuses an edit after 15 minutes", () => {
    expect(canEditComment(comment, at(15, 1))).toBe(false);
    expect(editRefusal(comment, at(60))).toBe("Comments can only be edited for 15 minutes after posting.");
  });

  it("refuses edits to deleted or hidden comments, even inside the window", () => {
    expect(editRefusal({ ...comment, deletedAt: at(1) }, at(2))).toMatch(/deleted/);
    expect(editRefusal({ ...comment, hiddenAt: at(1) }, at(2))).toMatch(/hidden/);
  });

  it("gives the cutoff a query can use in its where", () => {
    expect(editWindowStart(at(15)).toISOString()).toBe(posted.toISOString());
  });
});

describe("one level of replies", () => {
  const proposalId = "p1";
  const top = { proposalId, parentId: null, deletedAt: null, hiddenAt: null };

  it("accepts a reply to a visible top-level comment on the same proposal", () => {
    expect(replyRefusal(top, proposalId)).toBeNull();
  });

  it("refuses replies to replies, to comments elsewhere, and to missing, deleted or hidden comments", () => {
    expect(replyRefusal({ ...top, parentId: "c0" }, proposalId)).toMatch(/Replies cannot be replied to/);
    expect(replyRefusal({ ...top, proposalId: "p2" }, proposalId)).toMatch(/not found/);
    expect(replyRefusal(null, proposalId)).toMatch(/not found/);
    expect(replyRefusal({ ...top, deletedAt: posted }, proposalId)).toMatch(/no longer shown/);
    expect(replyRefusal({ ...top, hiddenAt: posted }, proposalId)).toMatch(/no longer shown/);
  });
});

describe("the comment form's schema", () => {
  const id = "0195a3c4-0000-7000-8000-000000000001";

  it("treats empty optional fields as absent and trims the body", () => {
    expect(commentInputSchema.parse({ proposalId: id, stance: "idea", body: "  Open on Saturdays?  ", parentId: "", organisationId: "" })).toEqual({
      proposalId: id,
      stance: "idea",
      body: "Open on Saturdays?",
    });
  });

  it("refuses an unknown stance and an empty body", () => {
    const result = commentInputSchema.safeParse({ proposalId: id, stance: "rant", body: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["stance", "body"]);
  });
});

describe("whether the discussion is open to the viewer", () => {
  it("is open to a signed-in, unsuspended person once the plan is past its draft, unless the proposal is withdrawn", () => {
    expect(commentsClosedReason({ suspended: false }, "ideas", "published")).toBeNull();
    expect(commentsClosedReason({ suspended: false }, "delivery", "in_delivery")).toBeNull();
    expect(commentsClosedReason(null, "ideas", "published")).toMatch(/Sign in/);
    expect(commentsClosedReason({ suspended: true }, "ideas", "published")).toMatch(/suspended/);
    expect(commentsClosedReason({ suspended: false }, "ideas", "withdrawn")).toMatch(/withdrawn/);
    expect(commentsClosedReason({ suspended: false }, "draft", "published")).toMatch(/not open/);
  });
});
