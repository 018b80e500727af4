import { signIn } from "@/auth";
import { getDb } from "@/db";
import { getAccountStanding } from "@/db/queries/people/get-account-standing";
import { getLatestOutboxEmail } from "@/db/queries/platform/get-latest-outbox-email";
import { demoPersonas } from "@/db/seed/content/people";
import { isDemo } from "@/env";
import { safeRedirectPath } from "@/lib/shared/redirects";

function seeOther(path: string, request: Request) {
  return new Response(null, { status: 303, headers: { Location: new URL(path, request.url).toString() } });
}

/**
 * Demo only: "sign in as" a seeded persona. It goes through the real email-link flow (the link
 * is read back from the outbox) and hands the browser that link, so no session is ever forged.
 * A plain form POST and a 303, so the browser makes a full navigation and keeps the cookie.
 */
export async function POST(request: Request) {
  if (!isDemo()) return new Response("Not found", { status: 404 });
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const next = safeRedirectPath(String(form.get("next") ?? ""));
  if (!demoPersonas.some((persona) => persona.email === email)) return seeOther("/sign-in?error=persona", request);
  const db = await getDb();
  const person = await getAccountStanding(db, { email });
  if (!person) return seeOther("/sign-in?error=persona", request);
  if (person.suspended) return seeOther("/sign-in?error=AccessDenied", request);
  await signIn("email", { email, redirect: false, redirectTo: next });
  const link = (await getLatestOutboxEmail(db, email))?.match(/https?:\/\/\S+/)?.[0];
  if (!link) return seeOther("/sign-in?error=persona", request);
  const url = new URL(link);
  return seeOther(`${url.pathname}${url.search}`, request);
}
