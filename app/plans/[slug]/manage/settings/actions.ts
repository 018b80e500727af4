"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAudit } from "@/db/queries/platform/audit";
import { loadCountingRules, updateCountingRules, updatePlanSettings } from "@/db/queries/plans/plan-admin";
import { countingRuleChanges, countingRuleLabels, describeFrozenChanges } from "@/lib/plans/plan-rules";
import { authorize, denialMessages } from "@/lib/policy";
import { planUpdateSchema } from "@/lib/plans/plan-validation";
import { ActionError, defineAction } from "../../../../_server/action";
import { checkPlanReferences } from "./plan-writes";

/**
 * Saves a plan's settings, and its counting rules when the form sends them. A change to a counting
 * rule is asked of the policy separately with the freeze read from the database (locked, so voting
 * cannot open between the check and the write): once voting has opened it is refused, admins
 * included, and nothing in the post is saved. A post that leaves the rules alone still saves.
 */
export const updatePlanAction = defineAction({
  schema: planUpdateSchema,
  policy: ({ actor }) => authorize(actor, "plan.update"),
  async run({ tx, actor, input }) {
    const current = await loadCountingRules(tx, input.planId, { forUpdate: true });
    if (!current) throw new ActionError("This plan no longer exists.");
    const changes = input.rules ? countingRuleChanges(current, input.rules) : [];
    if (changes.length) {
      const decision = authorize(actor, "plan.updateCountingRules", { rulesFrozen: current.rulesFrozenAt !== null });
      if (!decision.allowed) {
        const field = changes[0]?.field === "budgetPence" ? "budget" : (changes[0]?.field ?? "form");
        throw new ActionError(decision.reason === "rules_frozen" ? describeFrozenChanges(changes) : denialMessages[decision.reason], field);
      }
    }
    await checkPlanReferences(tx, current.regionId, input.settings, input.rules, input.planId);
    await updatePlanSettings(tx, input.planId, input.settings);
    if (input.rules && changes.length) await updateCountingRules(tx, input.planId, input.rules);
    await recordAudit(tx, {
      actorId: actor.id,
      action: changes.length ? "plan.update_rules" : "plan.update",
      entityType: "plan",
      entityId: input.planId,
      details: {
        slug: input.settings.slug,
        ...(current.slug !== input.settings.slug ? { previousSlug: current.slug } : {}),
        ruleChanges: changes.map((c) => ({ rule: countingRuleLabels[c.field], before: c.before, after: c.after })),
      },
    });
    return { slug: input.settings.slug, previousSlug: current.slug };
  },
  after: ({ slug, previousSlug }) => {
    revalidatePath(`/plans/${previousSlug}`, "layout");
    // The page's address has changed with the slug: the old one would now be "not found".
    if (slug !== previousSlug) redirect(`/plans/${slug}/manage/settings`);
  },
  successMessage: "Plan settings saved.",
});
