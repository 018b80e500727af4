/** A report's lifecycle: a moderator upholds or dismisses it. */
export const flagStatuses = ["open", "upheld", "dismissed"] as const;
export type FlagStatus = (typeof flagStatuses)[number];

/** What the moderation log records a moderator doing. */
export const moderationActionKinds = [
  "hide",
  "restore",
  "merge",
  "suspend",
  "reinstate",
  "verify_home_area",
  "verify_organisation",
  "dismiss_flag",
] as const;
export type ModerationActionKind = (typeof moderationActionKinds)[number];
