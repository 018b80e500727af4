import { formatPence } from "../shared/money";

import type { BallotMethod } from "./ballot-methods";

export type { BallotMethod };

export interface BallotRules {
  method: BallotMethod;
  budgetPence: number;
  /** Approval: the most projects a voter may choose. */
  approvalLimit: number | null;
}

export interface BallotProject {
  id: string;
  title: string;
  costPence: number;
}

export type BallotCheck =
  | { ok: true; totalPence: number; leftPence: number }
  | { ok: false; reason: string; totalPence: number; leftPence: number };

/**
 * Whether a selection is a valid ballot, with the reason when it is not. The ballot page runs
 * it as people choose (running total, money left) and the server runs it again before saving.
 */
export function checkBallot(rules: BallotRules, projects: readonly BallotProject[], chosenIds: readonly string[]): BallotCheck {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const unique = [...new Set(chosenIds)];
  const totalPence = unique.reduce((sum, id) => sum + (byId.get(id)?.costPence ?? 0), 0);
  const leftPence = rules.budgetPence - totalPence;
  const unknown = unique.find((id) => !byId.has(id));
  if (unknown) return { ok: false, reason: "One of your choices is not on this ballot. Please reload the page and choose again.", totalPence, leftPence };
  if (unique.length !== chosenIds.length) return { ok: false, reason: "A project was chosen twice.", totalPence, leftPence };
  if (rules.method === "approval" && rules.approvalLimit !== null && unique.length > rules.approvalLimit) {
    return { ok: false, reason: `You can choose up to ${rules.approvalLimit} projects; you have chosen ${unique.length}.`, totalPence, leftPence };
  }
  if (rules.method === "knapsack" && totalPence > rules.budgetPence) {
    return {
      ok: false,
      reason: `Your choices cost ${formatPence(totalPence)}, which is ${formatPence(totalPence - rules.budgetPence)} more than the ${formatPence(rules.budgetPence)} budget. Remove a project to continue.`,
      totalPence,
      leftPence,
    };
  }
  return { ok: true, totalPence, leftPence };
}

/** Whether adding a project would break the rules, and why: used to stop an overspend as it happens. */
export function whyNotAdd(rules: BallotRules, projects: readonly BallotProject[], chosenIds: readonly string[], candidateId: string): string | null {
  if (chosenIds.includes(candidateId)) return null;
  const check = checkBallot(rules, projects, [...chosenIds, candidateId]);
  if (check.ok) return null;
  if (rules.method === "knapsack") {
    const project = projects.find((p) => p.id === candidateId);
    const left = rules.budgetPence - checkBallot({ ...rules, method: "approval", approvalLimit: null }, projects, chosenIds).totalPence;
    return `${project?.title ?? "This project"} costs ${formatPence(project?.costPence ?? 0)} but only ${formatPence(Math.max(0, left))} is left. Remove another project first.`;
  }
  return check.reason;
}

/** The refusal for a points ballot over its allowance, worded once for the page and the server. */
export function tooManyPoints(spent: number, allowance: number): string {
  return `You have spread ${spent} points; you have ${allowance}. Take some away to continue.`;
}

export type PointsCheck =
  | { ok: true; spent: number; left: number }
  | { ok: false; reason: string; spent: number; left: number; projectId?: string };

/**
 * Whether a points (cumulative) ballot is valid: whole points of 0 or more per project, at least
 * one point in all, no more than the plan's points in total. The ballot page runs it as people
 * type ("points left") and the server again before saving.
 */
export function checkPoints(allowance: number, projects: readonly BallotProject[], points: ReadonlyMap<string, number>): PointsCheck {
  const known = new Set(projects.map((p) => p.id));
  let spent = 0;
  for (const value of points.values()) spent += Number.isFinite(value) ? value : 0;
  const left = allowance - spent;
  if ([...points.keys()].some((id) => !known.has(id))) {
    return { ok: false, reason: "One of your choices is not on this ballot. Please reload the page and choose again.", spent, left };
  }
  for (const project of projects) {
    const value = points.get(project.id) ?? 0;
    if (!Number.isInteger(value) || value < 0) {
      return { ok: false, reason: `Points for ${project.title} must be a whole number, 0 or more.`, spent, left, projectId: project.id };
    }
  }
  if (spent > allowance) return { ok: false, reason: tooManyPoints(spent, allowance), spent, left };
  if (spent === 0) return { ok: false, reason: `Give at least one point to a project. You have ${allowance} to spread.`, spent, left };
  return { ok: true, spent, left };
}
