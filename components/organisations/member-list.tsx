import { Badge } from "@/components/ui";
import type { OrganisationProfile } from "@/db/queries/organisations/get-organisation";
import { organisationRoleLabels } from "@/lib/organisations/roles";

// A person who has not chosen a display name yet is still a person, not a former member.
export const memberName = (member: { name: string | null }) => member.name ?? "A member without a display name";

/** Members by name and role, for the public profile. */
export function MemberList({ members }: { members: OrganisationProfile["members"] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="font-semibold break-words">{memberName(member)}</span>
          <Badge tone={member.role === "member" ? "neutral" : "info"}>{organisationRoleLabels[member.role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
