import type { Database } from "../../connect";
import { moderationActions } from "../../schema";

/** The moderation log's entry for a step taken on a person rather than on their content. */
export async function recordPersonModeration(tx: Database, entry: { moderatorId: string; action: "suspend" | "reinstate" | "verify_home_area"; subjectUserId: string; reason: string }): Promise<void> {
  await tx.insert(moderationActions).values(entry);
}
