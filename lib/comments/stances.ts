/** What a comment is: people mark their stance so the discussion can be read at a glance. */
export const commentStances = ["support", "concern", "question", "idea"] as const;
export type CommentStance = (typeof commentStances)[number];

export const stanceLabels = {
  support: "Support",
  concern: "Concern",
  question: "Question",
  idea: "Idea",
} as const satisfies Record<CommentStance, string>;
