import { getDb } from "@/db";
import { getPhotoAccess } from "@/db/queries/proposals/get-proposal-photos";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import { can } from "@/lib/policy";
import { getActor } from "../../_server/session";
import { getStorage, isStorageKey } from "../../_server/storage";

export const dynamic = "force-dynamic";

// Withdrawn proposals stay at their address (docs/DESIGN.md §3), so their photos do too.
const visibleToAll = new Set<string>([...publicProposalStatuses, "withdrawn"]);

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * Serves an uploaded photo. Keys are random and a stored file never changes (a new photo gets a
 * new key), so public photos are cached for a year. Photos of drafts and hidden proposals are
 * for their author (and moderators) only, and are never kept by shared caches.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!isStorageKey(key)) return notFound();
  const access = await getPhotoAccess(await getDb(), key);
  if (!access) return notFound();
  // Shared caches keep a copy for a day only, so a photo a moderator hides soon stops being served.
  let cacheControl = "public, max-age=31536000, s-maxage=86400, immutable";
  if (!visibleToAll.has(access.status)) {
    const actor = await getActor();
    if (actor?.id !== access.authorId && !can(actor, "moderation.view")) return notFound();
    cacheControl = "private, max-age=31536000, immutable";
  }
  const etag = `"${key}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  const stored = await getStorage().get(key);
  if (!stored) return notFound();
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      "Content-Type": stored.contentType,
      "Content-Length": String(stored.bytes.byteLength),
      "Cache-Control": cacheControl,
      ETag: etag,
      // Served as an image only, never as a page, whatever a browser might guess.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
