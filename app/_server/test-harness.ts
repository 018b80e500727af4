import type { Database } from "@/db/connect";
import { loadActor, type SignedInPerson } from "@/db/queries/people/load-actor";

/**
 * Integration tests call real server actions as a chosen person against a real test database.
 * The setup file routes getActor() and getDb() here; nothing else about the action changes.
 */
export const harness: { db: Database | null; actor: SignedInPerson | null } = { db: null, actor: null };

export function useTestDatabase(db: Database) {
  harness.db = db;
}

export async function actAs(userId: string | null): Promise<SignedInPerson | null> {
  if (!harness.db) throw new Error("call useTestDatabase first");
  harness.actor = userId ? await loadActor(harness.db, userId) : null;
  return harness.actor;
}

/** Thrown by the mocked next/navigation redirect(), so tests can see where an action sends people. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

/** Builds the FormData a browser would post. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}
