"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import { hitRateLimit } from "@/db/queries/platform/hit-rate-limit";
import { firstExceeded, rateLimitKey } from "@/lib/platform/rate-limit";
import { safeRedirectPath } from "@/lib/shared/redirects";
import { formValues, type ActionResult } from "../_server/action";
import { signInLimits } from "@/env";

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "That email address is too long")
    .pipe(z.email("Enter an email address like name@example.org")),
  next: z.string().optional(),
});

async function clientAddress(): Promise<string> {
  const list = await headers();
  // Behind a load balancer the first x-forwarded-for entry is the client; locally there is none.
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}

/**
 * Sends a sign-in link. Public by nature (the person is not signed in yet), so it is guarded by
 * per-address and per-client limits counted in Postgres, shared by every app instance.
 */
export async function requestSignInLink(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", next: formData.get("next") ?? undefined });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "email"), [issue.message]]));
    return { ok: false, message: "Please correct the highlighted field.", fieldErrors, values };
  }
  const { email } = parsed.data;
  const db = await getDb();
  const limits = signInLimits();
  const windowMs = limits.windowMinutes * 60_000;
  const addressKey = rateLimitKey("sign-in-email", email);
  const clientKey = rateLimitKey("sign-in-client", await clientAddress());
  const [addressCount, clientCount] = await Promise.all([hitRateLimit(db, addressKey, windowMs), hitRateLimit(db, clientKey, windowMs)]);
  const exceeded = firstExceeded([
    { key: addressKey, limit: limits.perAddress, count: addressCount },
    { key: clientKey, limit: limits.perClient, count: clientCount },
  ]);
  if (exceeded) {
    return {
      ok: false,
      message: `Too many sign-in emails have been asked for. Please wait ${limits.windowMinutes} minutes and try again, or use the last link we sent.`,
      fieldErrors: {},
      values,
    };
  }
  await signIn("email", { email, redirect: false, redirectTo: safeRedirectPath(parsed.data.next) });
  redirect("/sign-in/check-email");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
