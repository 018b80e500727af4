import type { Database } from "../../connect";
import { comments } from "../../schema";

export async function insertComment(
  tx: Database,
  values: { proposalId: string; authorId: string; organisationId: string | null; parentId: string | null; stance: typeof comments.$inferInsert.stance; body: string; hiddenReason: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(comments)
    .values({ ...values, hiddenAt: values.hiddenReason ? new Date() : null })
    .returning({ id: comments.id });
  if (!row) throw new Error("comment not inserted");
  return row.id;
}
