import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { loadActor, type SignedInPerson } from "@/db/queries/people/load-actor";

/**
 * The signed-in person for this request, or null. Loaded fresh from Postgres on every request
 * (deduplicated within one), so a suspension or a role change takes effect at once.
 */
export const getActor = cache(async (): Promise<SignedInPerson | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(await getDb(), userId);
});
