import Link from "next/link";
import { Card } from "@/components/ui";
import { can } from "@/lib/policy";
import { percentOf } from "@/lib/shared/money";
import { ActionButton } from "@/components/forms/action-button";
import { signInHref, type InteractionContext } from "./types";

/** Support (ideas phase only) with progress towards the shortlist, and following for news. */
export function SupportPanel({ context, supportCount, threshold }: { context: InteractionContext; supportCount: number; threshold: number }) {
  const { actor, actions, proposalId, planPhase, open } = context;
  const fields = { proposalId };
  const ideas = planPhase === "ideas";
  const mayChangeSupport = open && can(actor, "proposal.support", { planPhase });
  const reached = Math.min(percentOf(supportCount, threshold), 100);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Support</h2>
      <p className="mt-1" aria-live="polite">
        <strong>{supportCount}</strong> {supportCount === 1 ? "person supports" : "people support"} this
        {context.supports ? ", including you" : ""}.
      </p>
      {ideas && threshold > 0 ? (
        <>
          <p className="mt-1 text-sm text-muted">
            Ideas with {threshold} supporters go forward to the shortlist
            {supportCount >= threshold ? "; this one has enough." : `: ${threshold - supportCount} more needed.`}
          </p>
          <progress className="mt-2 w-full accent-brand-600" max={threshold} value={Math.min(supportCount, threshold)} aria-label={`Support towards the shortlist: ${reached}%`} />
        </>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {mayChangeSupport ? (
          context.supports ? (
            <ActionButton action={actions.unsupport} fields={fields} variant="quiet" pendingText="Removing…">
              Remove my support
            </ActionButton>
          ) : (
            <ActionButton action={actions.support} fields={fields} variant="primary" pendingText="Adding your support…">
              I support this
            </ActionButton>
          )
        ) : null}
        {actor ? (
          context.follows ? (
            <ActionButton action={actions.unfollow} fields={fields} variant="quiet" pendingText="Saving…">
              Unfollow
              <span className="sr-only"> this proposal</span>
            </ActionButton>
          ) : open ? (
            <ActionButton action={actions.follow} fields={fields} pendingText="Saving…">
              Follow
              <span className="sr-only"> this proposal</span>
            </ActionButton>
          ) : null
        ) : open ? (
          <Link href={signInHref(proposalId)} className="font-semibold text-brand-700 underline">
            {ideas ? "Sign in to support or follow this idea" : "Sign in to follow this proposal"}
          </Link>
        ) : null}
      </div>
      {actor && open ? <p className="mt-2 text-sm text-muted">Followers hear about new pledges, comments and decisions.</p> : null}
    </Card>
  );
}
