import { pledgeKinds, type PledgeKind } from "../pledges/kinds";
import { readPhaseDates, type PhaseDates } from "./phase-dates";
import { checked, list, money, planLimits, rows, str, uuidPattern, wholeNumber, type Issue, type Raw } from "./plan-form-fields";

export interface PlanSettings {
  title: string;
  slug: string;
  summary: string;
  periodLabel: string;
  phases: PhaseDates[];
  /** Dated phases move on by themselves at their end (voting closes at its end whatever this says). */
  autoAdvance: boolean;
  themeIds: string[];
  /** id is null for a new row; existing rows keep their id so assessments that point at them survive. */
  priorities: { id: string | null; title: string; description: string }[];
  criteria: { id: string | null; name: string; description: string }[];
  pledgeRates: { kind: PledgeKind; unit: string; pencePerUnit: number }[];
  supportThreshold: number;
  preModeration: boolean;
}

/** The plan's details: title, address, dates, themes, priorities, criteria, pledge rates and threshold. */
export function readSettings(raw: Raw, issues: Issue[]): PlanSettings {
  const title = str(raw, "title");
  if (title.length < planLimits.titleMin) issues.push({ path: ["title"], message: `Give the plan a title of at least ${planLimits.titleMin} characters` });
  else if (title.length > planLimits.titleMax) issues.push({ path: ["title"], message: `The title must be ${planLimits.titleMax} characters or fewer` });

  const slug = str(raw, "slug").toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length < 3 || slug.length > planLimits.slugMax) {
    issues.push({ path: ["slug"], message: `Use 3 to ${planLimits.slugMax} lower-case letters, numbers and single hyphens, for example leeds-2027` });
  } else if (slug === "new") {
    issues.push({ path: ["slug"], message: "That web address is taken by the site: choose another" });
  }

  const summary = str(raw, "summary");
  if (summary.length > planLimits.summaryMax) issues.push({ path: ["summary"], message: `The summary must be ${planLimits.summaryMax} characters or fewer` });
  const periodLabel = str(raw, "periodLabel");
  if (periodLabel.length > planLimits.periodMax) issues.push({ path: ["periodLabel"], message: `The period must be ${planLimits.periodMax} characters or fewer` });

  const phases = readPhaseDates(raw, issues);

  const themeIds = [...new Set(list(raw, "themeIds[]").filter(Boolean))];
  if (themeIds.some((id) => !uuidPattern.test(id))) issues.push({ path: ["themeIds"], message: "Choose themes from the list" });

  const priorities = rows(raw, ["priorityId[]", "priorityTitle[]", "priorityDescription[]"])
    .map(([id, text, description], index) => ({ index, id: id || null, title: text ?? "", description: description ?? "" }))
    .filter((row) => row.title || row.description);
  for (const row of priorities) {
    if (!row.title) issues.push({ path: ["priorities", row.index, "title"], message: "Give this priority a title, or clear its description" });
    else if (row.title.length > planLimits.listItemMax) issues.push({ path: ["priorities", row.index, "title"], message: `Use ${planLimits.listItemMax} characters or fewer` });
    if (row.description.length > planLimits.descriptionMax) issues.push({ path: ["priorities", row.index, "description"], message: `Use ${planLimits.descriptionMax} characters or fewer` });
    if (row.id && !uuidPattern.test(row.id)) issues.push({ path: ["priorities", row.index, "title"], message: "This row is not one of the plan's priorities" });
  }

  const criteria = rows(raw, ["criterionId[]", "criterionName[]", "criterionDescription[]"])
    .map(([id, name, description], index) => ({ index, id: id || null, name: name ?? "", description: description ?? "" }))
    .filter((row) => row.name || row.description);
  const seenNames = new Set<string>();
  for (const row of criteria) {
    if (!row.name) issues.push({ path: ["criteria", row.index, "name"], message: "Name this criterion, or clear its description" });
    else if (row.name.length > planLimits.listItemMax) issues.push({ path: ["criteria", row.index, "name"], message: `Use ${planLimits.listItemMax} characters or fewer` });
    else if (seenNames.has(row.name.toLowerCase())) issues.push({ path: ["criteria", row.index, "name"], message: "Two criteria have this name: give each a different one" });
    seenNames.add(row.name.toLowerCase());
    if (row.description.length > planLimits.descriptionMax) issues.push({ path: ["criteria", row.index, "description"], message: `Use ${planLimits.descriptionMax} characters or fewer` });
    if (row.id && !uuidPattern.test(row.id)) issues.push({ path: ["criteria", row.index, "name"], message: "This row is not one of the plan's criteria" });
  }
  if (priorities.length > planLimits.listRows || criteria.length > planLimits.listRows) issues.push({ path: ["form"], message: `Keep to ${planLimits.listRows} priorities and ${planLimits.listRows} criteria` });

  const pledgeRates: PlanSettings["pledgeRates"] = [];
  for (const kind of pledgeKinds) {
    const [unit, amount] = [str(raw, `rateUnit.${kind}`), str(raw, `rateAmount.${kind}`)];
    if (!unit && !amount) continue;
    if (!unit) issues.push({ path: [`rateUnit.${kind}`], message: "Say what one unit is, for example hour" });
    else if (unit.length > 40) issues.push({ path: [`rateUnit.${kind}`], message: "Use 40 characters or fewer" });
    const value = money(amount, "value");
    if (!value.ok) issues.push({ path: [`rateAmount.${kind}`], message: amount ? value.message : "Give the value of one unit in pounds" });
    else if (unit) pledgeRates.push({ kind, unit, pencePerUnit: value.pence });
  }

  const thresholdText = str(raw, "supportThreshold");
  const supportThreshold = wholeNumber(thresholdText, 0, planLimits.thresholdMax);
  if (supportThreshold === null) issues.push({ path: ["supportThreshold"], message: `Enter a whole number of supporters from 0 to ${planLimits.thresholdMax.toLocaleString("en-GB")}` });

  return {
    title,
    slug,
    summary,
    periodLabel,
    phases,
    autoAdvance: checked(raw, "autoAdvance"),
    themeIds,
    priorities: priorities.map(({ id, title: t, description }) => ({ id, title: t, description })),
    criteria: criteria.map(({ id, name, description }) => ({ id, name, description })),
    pledgeRates,
    supportThreshold: supportThreshold ?? 0,
    preModeration: checked(raw, "preModeration"),
  };
}
