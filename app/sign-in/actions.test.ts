import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { form, RedirectSignal, useTestDatabase } from "../_server/test-harness";
import { requestSignInLink } from "./actions";

async function outcome(email: string) {
  try {
    return await requestSignInLink(null, form({ email }));
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirectedTo: error.url };
    throw error;
  }
}

describeWithDatabase("sign-in emails are rate-limited in Postgres", { onDatabase: useTestDatabase }, () => {
  it("sends up to five links per address per window, then refuses with a reason", async () => {
    for (let i = 0; i < 5; i++) expect(await outcome("Ann@Example.org")).toEqual({ redirectedTo: "/sign-in/check-email" });
    // Same address in another case still counts against the same limit.
    expect(await outcome("ann@example.org ")).toMatchObject({ ok: false, message: expect.stringMatching(/Too many sign-in emails/) });
    expect(await outcome("bob@example.org")).toEqual({ redirectedTo: "/sign-in/check-email" });
  });

  it("limits one client asking for links to many addresses", async () => {
    // The mocked client address is shared by every call in this file; the default limit is 30.
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await outcome(`person${i}@example.org`));
    expect(results.filter((r) => "ok" in r && r.ok === false).length).toBeGreaterThan(0);
  });

  it("answers a malformed address next to the field, keeping it", async () => {
    expect(await outcome("not an email")).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter an email address like name@example.org"] },
      values: { email: "not an email" },
    });
  });
});
