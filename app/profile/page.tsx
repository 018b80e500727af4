import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DeleteAccountForm, EqualityForm, ProfileForm } from "@/components/profile/profile-forms";
import { Badge, Card, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listAllAreas } from "@/db/queries/geography/list-areas";
import { getProfile } from "@/db/queries/people/get-profile";
import { staffRoleLabels } from "@/lib/people/staff-roles";
import { getActor } from "../_server/session";
import { deleteAccountAction, updateEqualityAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/profile");
  const db = await getDb();
  const [profile, allAreas] = await Promise.all([getProfile(db, actor.id), listAllAreas(db)]);
  if (!profile) redirect("/sign-in");
  const { user, equality } = profile;
  const multipleRegions = new Set(allAreas.map((a) => a.regionName)).size > 1;

  return (
    <>
      <PageHeader
        title="Your profile"
        lead={`Signed in as ${user.email ?? "you"}.`}
        meta={
          <>
            {user.homeAreaVerifiedAt ? <Badge tone="success">Home neighbourhood verified</Badge> : null}
            {actor.staffRoles.map((role) => (
              <Badge key={role} tone="info">
                {staffRoleLabels[role]}
              </Badge>
            ))}
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-xl font-bold">Your details</h2>
          <ProfileForm
            action={updateProfileAction}
            areas={allAreas.map((a) => ({ value: a.id, label: multipleRegions ? `${a.name} (${a.regionName})` : a.name }))}
            initial={{ name: user.name ?? "", homeAreaId: user.homeAreaId ?? "", notifyByEmail: user.notifyByEmail, notifyDigest: user.notifyDigest }}
          />
        </Card>
        <Card>
          <h2 className="text-xl font-bold">About you (optional)</h2>
          <p className="mb-4 mt-1 text-sm text-muted">
            These questions help the council see whether everyone in the area is taking part. Your answers are never shown
            to anyone or attached to what you write; they are only counted in totals, and small numbers are hidden so no one
            can be identified. You can change or clear them at any time.
          </p>
          <EqualityForm action={updateEqualityAction} initial={equality ?? {}} />
        </Card>
      </div>
      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="mb-3 text-xl font-bold">
          Your data
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <Card>
            <h3 className="font-semibold">Download your data</h3>
            <p className="mt-1 text-sm text-muted">Everything we hold about you, as a JSON file.</p>
            <a href="/profile/export" download className="mt-3 inline-flex min-h-11 items-center rounded-md border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              Download my data
            </a>
          </Card>
          <Card>
            <h3 className="font-semibold">Delete your account</h3>
            <p className="mb-3 mt-1 text-sm text-muted">
              Your name, email and private answers are erased and you are signed out everywhere. What you proposed and wrote
              stays, shown as from a former member, so each plan&apos;s record still adds up.
            </p>
            <DeleteAccountForm action={deleteAccountAction} />
          </Card>
        </div>
      </section>
    </>
  );
}
