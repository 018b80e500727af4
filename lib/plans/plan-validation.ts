import { z } from "zod";
import { pledgeKindLabels, phaseOrder, type Phase, type PledgeKind } from "../labels";
import { parsePoundsToPence } from "../shared/money-input";
import type { BallotMethod, CountingRules, OutcomeRule, RingFenceKind, RingFenceRule, Utility } from "./plan-rules";

export const planLimits = {
  titleMin: 5,
  titleMax: 140,
  slugMax: 60,
  summaryMax: 1_000,
  periodMax: 60,
  listItemMax: 200,
  descriptionMax: 1_000,
  listRows: 20,
  ringFences: 10,
  approvalLimitMax: 100,
  pointsMax: 1_000,
  thresholdMax: 100_000,
} as const;

export const ballotMethods = ["approval", "knapsack", "cumulative"] as const satisfies readonly BallotMethod[];
export const outcomeRules = ["greedy", "mes", "mes_add1"] as const satisfies readonly OutcomeRule[];
export const utilities = ["cost", "approval"] as const satisfies readonly Utility[];
export const ringFenceKinds = ["deprived_areas", "listed_areas", "community_proposals"] as const satisfies readonly RingFenceKind[];
export const pledgeKinds = Object.keys(pledgeKindLabels) as PledgeKind[];

/** The form fields that carry counting rules: a post with none of them leaves the rules alone. */
export const countingRuleFormKeys = ["budget", "ballotMethod", "approvalLimit", "cumulativePoints", "outcomeRule", "utility", "requiresVerifiedVoters", "ringFenceLabel[]", "ringFenceKind[]", "ringFenceAmount[]", "ringFenceDecile[]"] as const;

export interface PhaseDates {
  phase: Phase;
  startsAt: Date;
  endsAt: Date | null;
}

export interface PlanSettings {
  title: string;
  slug: string;
  summary: string;
  periodLabel: string;
  phases: PhaseDates[];
  themeIds: string[];
  /** id is null for a new row; existing rows keep their id so assessments that point at them survive. */
  priorities: { id: string | null; title: string; description: string }[];
  criteria: { id: string | null; name: string; description: string }[];
  pledgeRates: { kind: PledgeKind; unit: string; pencePerUnit: number }[];
  supportThreshold: number;
  preModeration: boolean;
}

// ---------------------------------------------------------------------------------------------
// UK local time for datetime-local inputs, whatever the server's zone.

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function londonWallClock(date: Date): { y: number; m: number; d: number; h: number; min: number } {
  const parts = Object.fromEntries(londonParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour), min: Number(parts.minute) };
}

/** "2026-05-01T09:00" as a person in the UK means it, or null when it is not a real time. */
export function parseLondonDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || h > 23 || min > 59) return null;
  // The offset of London at that moment (0 or one hour); a second pass settles the change-over days.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const wall = londonWallClock(new Date(guess));
    const offset = Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.min) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

/** The value a datetime-local input shows for a stored time, in UK time. */
export function toLondonInput(date: Date | null | undefined): string {
  if (!date) return "";
  const w = londonWallClock(date);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.min)}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the raw form. Repeated rows arrive as parallel lists; an error names its row by index
// ("ringFences.1.amount"), the index of the row as shown, so it lands next to that row.

type Raw = Record<string, unknown>;

const str = (raw: Raw, key: string): string => {
  const value = raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.trim() : "";
};

const list = (raw: Raw, key: string): string[] => {
  const value = raw[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item) => (typeof item === "string" ? item.trim() : ""));
};

const checked = (raw: Raw, key: string) => ["on", "true", "1", "yes"].includes(str(raw, key));

type Issue = { path: (string | number)[]; message: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function money(text: string, what: string): { ok: true; pence: number } | { ok: false; message: string } {
  const parsed = parsePoundsToPence(text);
  if (parsed.ok) return parsed;
  return { ok: false, message: parsed.message.replace(/estimated cost|cost/, what).replace(/^The /, "The ") };
}

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

  const phases: PhaseDates[] = [];
  for (const phase of phaseOrder) {
    const [startText, endText] = [str(raw, `phaseStart.${phase}`), str(raw, `phaseEnd.${phase}`)];
    if (!startText && !endText) continue;
    const startsAt = startText ? parseLondonDateTime(startText) : null;
    const endsAt = endText ? parseLondonDateTime(endText) : null;
    if (!startsAt) {
      issues.push({ path: [`phaseStart.${phase}`], message: startText ? "Enter a real date and time" : "Give the start as well as the end" });
      continue;
    }
    if (endText && !endsAt) {
      issues.push({ path: [`phaseEnd.${phase}`], message: "Enter a real date and time" });
      continue;
    }
    if (endsAt && endsAt <= startsAt) {
      issues.push({ path: [`phaseEnd.${phase}`], message: "The end must be after the start" });
      continue;
    }
    const previous = phases.at(-1);
    if (previous && startsAt < previous.startsAt) {
      issues.push({ path: [`phaseStart.${phase}`], message: `This phase cannot start before the ${previous.phase} phase` });
      continue;
    }
    phases.push({ phase, startsAt, endsAt });
  }

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
    themeIds,
    priorities: priorities.map(({ id, title: t, description }) => ({ id, title: t, description })),
    criteria: criteria.map(({ id, name, description }) => ({ id, name, description })),
    pledgeRates,
    supportThreshold: supportThreshold ?? 0,
    preModeration: checked(raw, "preModeration"),
  };
}

function rows(raw: Raw, keys: readonly string[]): string[][] {
  const columns = keys.map((key) => list(raw, key));
  const count = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: count }, (_, i) => columns.map((c) => c[i] ?? ""));
}

export function readRules(raw: Raw, issues: Issue[]): CountingRules {
  const budgetText = str(raw, "budget");
  const budget = money(budgetText, "budget");
  if (!budget.ok) issues.push({ path: ["budget"], message: budgetText ? budget.message : "Enter the plan's budget in pounds, for example £250,000" });
  const budgetPence = budget.ok ? budget.pence : 0;

  const pick = <T extends string>(key: string, options: readonly T[], message: string): T => {
    const value = str(raw, key);
    if ((options as readonly string[]).includes(value)) return value as T;
    issues.push({ path: [key], message });
    return options[0] as T;
  };
  const ballotMethod = pick("ballotMethod", ballotMethods, "Choose how people vote");
  const outcomeRule = pick("outcomeRule", outcomeRules, "Choose how the winners are worked out");
  const utility = pick("utility", utilities, "Choose how a project's value to its voters is measured");

  let approvalLimit: number | null = null;
  if (ballotMethod === "approval") {
    approvalLimit = wholeNumber(str(raw, "approvalLimit"), 1, planLimits.approvalLimitMax);
    if (approvalLimit === null) issues.push({ path: ["approvalLimit"], message: `An approval ballot needs a limit: a whole number of projects from 1 to ${planLimits.approvalLimitMax}` });
  }
  let cumulativePoints: number | null = null;
  if (ballotMethod === "cumulative") {
    cumulativePoints = wholeNumber(str(raw, "cumulativePoints"), 1, planLimits.pointsMax);
    if (cumulativePoints === null) issues.push({ path: ["cumulativePoints"], message: `A points ballot needs the number of points each voter spreads, from 1 to ${planLimits.pointsMax}` });
  }

  const ringFences: RingFenceRule[] = [];
  const fenceRows = rows(raw, ["ringFenceLabel[]", "ringFenceKind[]", "ringFenceAmount[]", "ringFenceDecile[]"]);
  fenceRows.forEach(([label = "", kind = "", amount = "", decile = ""], index) => {
    const areaIds = [...new Set(list(raw, `ringFenceAreas.${index}[]`).filter(Boolean))];
    if (!label && !amount && areaIds.length === 0) return;
    const at = (field: string) => ["ringFences", index, field];
    if (!label) issues.push({ path: at("label"), message: "Name this ring-fence, for example Most deprived neighbourhoods" });
    else if (label.length > planLimits.listItemMax) issues.push({ path: at("label"), message: `Use ${planLimits.listItemMax} characters or fewer` });
    if (!(ringFenceKinds as readonly string[]).includes(kind)) {
      issues.push({ path: at("kind"), message: "Choose which projects this ring-fence is for" });
      return;
    }
    const value = money(amount, "amount");
    if (!value.ok) issues.push({ path: at("amount"), message: amount ? value.message : "Give the amount reserved, in pounds" });
    const fenceKind = kind as RingFenceKind;
    let maxImdDecile: number | null = null;
    if (fenceKind === "deprived_areas") {
      maxImdDecile = wholeNumber(decile, 1, 10);
      if (maxImdDecile === null) issues.push({ path: at("decile"), message: "Give the highest IMD decile that qualifies, a whole number from 1 to 10" });
    }
    if (fenceKind === "listed_areas" && areaIds.length === 0) issues.push({ path: at("areas"), message: "Tick at least one neighbourhood for this ring-fence" });
    if (areaIds.some((id) => !uuidPattern.test(id))) issues.push({ path: at("areas"), message: "Choose neighbourhoods from the list" });
    ringFences.push({ label, kind: fenceKind, amountPence: value.ok ? value.pence : 0, maxImdDecile, areaIds: fenceKind === "listed_areas" ? areaIds : [] });
  });
  if (ringFences.length > planLimits.ringFences) issues.push({ path: ["ringFences"], message: `Keep to ${planLimits.ringFences} ring-fences` });
  const reserved = ringFences.reduce((sum, fence) => sum + fence.amountPence, 0);
  if (budget.ok && reserved > budgetPence) {
    issues.push({ path: ["ringFences"], message: `The ring-fences reserve ${formatPounds(reserved)}, more than the ${formatPounds(budgetPence)} budget` });
  }

  return { budgetPence, ballotMethod, approvalLimit, cumulativePoints, outcomeRule, utility, requiresVerifiedVoters: checked(raw, "requiresVerifiedVoters"), ringFences };
}

const formatPounds = (pence: number) => `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: pence % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

/** Whether a post carries counting rules at all (a frozen plan's form leaves them out). */
export function includesCountingRules(raw: Raw): boolean {
  return countingRuleFormKeys.some((key) => key in raw) || Object.keys(raw).some((key) => key.startsWith("ringFenceAreas."));
}

function withIssues<T>(read: (raw: Raw, issues: Issue[]) => T) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const issues: Issue[] = [];
    const value = read(raw, issues);
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return issues.length ? z.NEVER : value;
  });
}

const uuid = (raw: Raw, key: string, message: string, issues: Issue[]) => {
  const value = str(raw, key);
  if (!uuidPattern.test(value)) issues.push({ path: [key], message });
  return value;
};

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
