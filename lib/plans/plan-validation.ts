import { includesCountingRules, readRules } from "./counting-rules-form";
import { readSettings } from "./plan-details-form";
import { uuid, withIssues } from "./plan-form-fields";

// Where a plan is validated: the forms that create and edit one, read field by field
// (plan-details-form.ts, phase-dates.ts, counting-rules-form.ts) so every problem is reported at once.

/** A new plan: every setting and every counting rule. */
export const planCreateSchema = withIssues((raw, issues) => ({
  regionId: uuid(raw, "regionId", "Choose the region the plan is for", issues),
  settings: readSettings(raw, issues),
  rules: readRules(raw, issues),
}));

/** An edit: the settings, and the counting rules only if the form sent them. */
export const planUpdateSchema = withIssues((raw, issues) => ({
  planId: uuid(raw, "planId", "This plan no longer exists", issues),
  settings: readSettings(raw, issues),
  rules: includesCountingRules(raw) ? readRules(raw, issues) : null,
}));
