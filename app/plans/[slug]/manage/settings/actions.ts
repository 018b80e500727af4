"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { loadCountingRules } from "@/db/queries/plans/load-counting-rules";
import { updateCountingRules, updatePlanSettings } from "@/db/queries/plans/save-plan";
import { countingRuleChanges, countingRuleLabels, describeFrozenChanges } from "@/lib/plans/plan-rules";
import { authorize, denialMessages } from "@/lib/policy";
import { planUpdateSchema } from "@/lib/plans/plan-validation";
import { ActionError, defineAction } from "../../../../_server/action";
import { checkPlanReferences } from "./plan-writes";

/**
 * Saves a plan's settings, and its counting rules when the form sends them. A change to a counting
 * rule is asked of the policy separately with the freeze read from the plan row, locked so voting
 * cannot open between the check and the write: once voting has opened it is refused, admins
 * included, and nothing in the post is saved. A post that leaves the rules alone still saves.
 */
export const updatePlanAction = defineAction({
  schema: planUpdateSchema,
  async load(tx, input) {
    const current = await loadCountingRules(tx, input.planId, { forUpdate: true });
    if (!current) throw new ActionError("This plan no longer exists.");
    return { current, changes: input.rules ? countingRuleChanges(current, input.rules) : [] };
  },
  policy(actor, { current, changes }) {
    const decision = authorize(actor, "plan.update");
    if (!decision.allowed || !changes.length) return decision;
    const rules = authorize(actor, "plan.updateCountingRules", { rulesFrozen: current.rulesFrozenAt !== null });
    if (rules.allowed) return rules;
    // Said next to the first changed rule, naming what can no longer change.
    const field = changes[0]?.field === "budgetPence" ? "budget" : (changes[0]?.field ?? "form");
    throw new ActionError(rules.reason === "rules_frozen" ? describeFrozenChanges(changes) : denialMessages[rules.reason], field);
  },
  async run({ tx, actor, input, resource: { current, changes } }) {
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
        // Whether phases move on without an officer changes who acts on the plan's dates: on the record.
        ...(current.autoAdvance !== input.settings.autoAdvance ? { autoAdvance: input.settings.autoAdvance } : {}),
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
