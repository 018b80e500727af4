import { describe, expect, it } from "vitest";
import {
  commentRateRule,
  countLinks,
  encodeTarget,
  isHeldReason,
  listedWordsIn,
  mergeSchema,
  moderationSelectionSchema,
  parseWordList,
  rateLimitExceeded,
  screenContent,
} from "./moderation-rules";

const idA = "0195a3c4-0000-7000-8000-00000000000a";
const idB = "0195a3c4-0000-7000-8000-00000000000b";

describe("the word list", () => {
  it("is empty by default and parsed from a comma-separated setting", () => {
    expect(parseWordList(undefined)).toEqual([]);
    expect(parseWordList("")).toEqual([]);
    expect(parseWordList(" Scam, ,casino,scam ")).toEqual(["scam", "casino"]);
  });

  it("matches whole words whatever their case, not parts of words", () => {
    expect(listedWordsIn("Visit our CASINO tonight!", ["casino"])).toEqual(["casino"]);
    expect(listedWordsIn("A classic bass line", ["ass"])).toEqual([]);
    expect(listedWordsIn("crypto-scam here", ["scam"])).toEqual(["scam"]);
  });
});

describe("links", () => {
  it("counts web addresses", () => {
    expect(countLinks("no links")).toBe(0);
    expect(countLinks("see https://a.example and http://b.example/x?y=1 or www.c.example")).toBe(3);
  });
});

describe("screening content", () => {
  it("publishes ordinary content, and up to two links", () => {
    expect(screenContent("Great idea, see https://a.example and https://b.example", { words: ["casino"] })).toEqual({ held: false });
  });

  it("holds content with more than two links or a listed word, saying which rule without naming the word", () => {
    expect(screenContent("https://a.example https://b.example https://c.example", { words: [] })).toEqual({
      held: true,
      reason: "Held for review: it has more than 2 links",
    });
    const held = screenContent("Win at the casino", { words: ["casino"] });
    expect(held).toEqual({ held: true, reason: "Held for review: it contains words on the moderation list" });
    expect(held.held && isHeldReason(held.reason)).toBe(true);
    expect(isHeldReason("Personal abuse")).toBe(false);
    expect(isHeldReason(null)).toBe(false);
  });
});

describe("rate limits", () => {
  it("allow ten comments in the window and refuse the eleventh", () => {
    expect(rateLimitExceeded(commentRateRule, 10)).toBe(false);
    expect(rateLimitExceeded(commentRateRule, 11)).toBe(true);
  });
});

describe("a selection from the queue", () => {
  it("reads one checkbox or several as typed targets", () => {
    expect(moderationSelectionSchema.parse({ items: encodeTarget({ kind: "comment", id: idA }), reason: "Personal abuse" })).toEqual({
      items: [{ kind: "comment", id: idA }],
      reason: "Personal abuse",
    });
    expect(moderationSelectionSchema.parse({ items: [`comment:${idA}`, `proposal:${idB}`], reason: "Spam links" }).items).toHaveLength(2);
  });

  it("refuses an empty selection, a forged target and a short reason", () => {
    expect(moderationSelectionSchema.safeParse({ reason: "Personal abuse" }).success).toBe(false);
    expect(moderationSelectionSchema.safeParse({ items: [`user:${idA}`], reason: "Personal abuse" }).success).toBe(false);
    expect(moderationSelectionSchema.safeParse({ items: [`comment:${idA}`], reason: "no" }).success).toBe(false);
  });

  it("refuses merging a proposal into itself", () => {
    expect(mergeSchema.safeParse({ duplicateId: idA, targetId: idA, reason: "Same idea twice" }).success).toBe(false);
    expect(mergeSchema.safeParse({ duplicateId: idA, targetId: idB, reason: "Same idea twice" }).success).toBe(true);
  });
});
