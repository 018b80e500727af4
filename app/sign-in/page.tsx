import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, FlashMessage, PageHeader } from "@/components/ui";
import { demoPersonas } from "@/db/seed/content/people";
import { safeRedirectPath } from "@/lib/shared/redirects";
import { isDemo, oidcConfig } from "@/env";
import { getActor } from "../_server/session";
import { requestSignInLink } from "./actions";
import { signIn } from "@/auth";

export const metadata: Metadata = { title: "Sign in" };

const errorMessages: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Ask for a new one below.",
  AccessDenied: "This account cannot sign in. If it has been suspended, the council will have written to you.",
  persona: "That demo persona is not in the database. Run npm run db:reset to restore the demo.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const next = safeRedirectPath(typeof query.callbackUrl === "string" ? query.callbackUrl.replace(/^https?:\/\/[^/]+/, "") : typeof query.next === "string" ? query.next : undefined);
  if (await getActor()) redirect(next);
  const error = typeof query.error === "string" ? (errorMessages[query.error] ?? "Sorry, we could not sign you in. Please try again.") : null;
  const oidc = oidcConfig();
  const demo = isDemo();

  async function signInWithOidc() {
    "use server";
    await signIn("oidc", { redirectTo: next });
  }

  return (
    <>
      <PageHeader title="Sign in" lead="Sign in to propose ideas, pledge, comment, support and vote." />
      {error ? <FlashMessage tone="error" title={error} /> : null}
      <SignInForm action={requestSignInLink} next={next} />
      {oidc ? (
        <form action={signInWithOidc} className="mt-6">
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800">
            Sign in with {oidc.name}
          </button>
        </form>
      ) : null}
      {demo ? (
        <section aria-labelledby="personas" className="mt-10">
          <h2 id="personas" className="text-xl font-bold">
            Demo: sign in as someone
          </h2>
          <p className="mt-1 text-muted">
            This is a demonstration site. Pick a person to see the platform through their eyes. Their emails arrive in the{" "}
            <a className="text-brand-700 underline" href="/mailbox">
              demo mailbox
            </a>
            .
          </p>
          <ul className="mt-4 grid gap-3 md:grid-cols-2">
            {demoPersonas.map((persona) => (
              <li key={persona.email}>
                <Card className="h-full">
                  <form action="/sign-in/persona" method="post">
                    <input type="hidden" name="email" value={persona.email} />
                    <input type="hidden" name="next" value={next} />
                    <p className="font-semibold">{persona.name}</p>
                    <p className="mt-1 text-sm text-muted">{persona.description}</p>
                    <button type="submit" className="mt-3 inline-flex min-h-11 items-center rounded-md border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                      Sign in as {persona.name}
                    </button>
                  </form>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
