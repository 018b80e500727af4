import "server-only";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import type { SignedInPerson } from "@/db/queries/people/load-actor";
import { denialMessages, type Decision } from "@/lib/policy";
import { getActor } from "./session";

export type FieldErrors = Record<string, string[]>;

/** What every server action returns: never raw rows, never a stack trace. */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

/** A refusal the person should read, optionally next to one field. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface ActionContext<I> {
  actor: SignedInPerson;
  input: I;
}

/** What `run` sees: the transaction, who acts, their parsed input, and the resource the policy judged. */
export interface RunContext<I, R> extends ActionContext<I> {
  tx: Database;
  resource: R;
}

interface ActionConfig<S extends z.ZodType, R, T> {
  schema: S;
  /**
   * Loads what the action touches, inside the transaction that writes, so the policy judges the same
   * rows that `run` changes. Lock rows here (`for update`, `for share`) where a race would matter.
   * Throw ActionError when something is not there.
   */
  load: (tx: Database, input: z.output<S>, actor: SignedInPerson) => Promise<R>;
  /** Asks the policy module about the loaded resource: pure, no I/O. */
  policy: (actor: SignedInPerson, resource: R, input: z.output<S>) => Decision;
  /** The writes, after the policy allowed them; scope each write in its `where`. Throw ActionError to refuse. */
  run: (ctx: RunContext<z.output<S>, R>) => Promise<T>;
  /** After the commit: revalidatePath / redirect (which throws, so it must run outside any try). */
  after?: (result: T, ctx: ActionContext<z.output<S>>) => void | Promise<void>;
  /** Shown on success. */
  successMessage?: string | ((result: T) => string);
}

export type ActionInput = FormData | Record<string, unknown>;

/** The strings a person typed, so a refused form can be shown again with nothing lost. */
export function formValues(input: ActionInput): Record<string, string> {
  const values: Record<string, string> = {};
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

function toObject(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = input.getAll(key);
    object[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  return object;
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

const refused = (message: string, values: Record<string, string>, fieldErrors: FieldErrors = {}) =>
  ({ ok: false, message, fieldErrors, values }) as const;

/** A policy refusal, thrown inside the transaction so that it rolls back whatever `load` locked. */
class PolicyRefusal extends Error {
  constructor(readonly reason: keyof typeof denialMessages) {
    super(reason);
  }
}

/**
 * The one way to write a server action: session → zod → one transaction holding load → policy → run →
 * after. Every exported action is a public endpoint, so each step runs whoever calls it and however;
 * the check and the write see the same rows because they share the transaction.
 */
export function defineAction<S extends z.ZodType, R, T>(config: ActionConfig<S, R, T>) {
  async function action(_previous: ActionResult<T> | null, input: ActionInput): Promise<ActionResult<T>> {
    const values = formValues(input);
    const actor = await getActor();
    if (!actor) return refused(denialMessages.signed_out, values);

    const parsed = config.schema.safeParse(toObject(input));
    if (!parsed.success) return refused("Please correct the highlighted fields.", values, fieldErrorsOf(parsed.error));

    const db = await getDb();
    const ctx: ActionContext<z.output<S>> = { actor, input: parsed.data };
    let result: T;
    try {
      result = await db.transaction(async (transaction) => {
        const tx = transaction as unknown as Database;
        const resource = await config.load(tx, parsed.data, actor);
        const decision = config.policy(actor, resource, parsed.data);
        if (!decision.allowed) throw new PolicyRefusal(decision.reason);
        return config.run({ ...ctx, tx, resource });
      });
    } catch (error) {
      if (error instanceof PolicyRefusal) return refused(denialMessages[error.reason], values);
      if (error instanceof ActionError) {
        return refused(error.message, values, error.field ? { [error.field]: [error.message] } : {});
      }
      console.error("server action failed", error);
      return refused("Sorry, something went wrong on our side and nothing was saved. Please try again.", values);
    }
    await config.after?.(result, ctx);
    const message = typeof config.successMessage === "function" ? config.successMessage(result) : config.successMessage;
    return { ok: true, data: result, message };
  }
  return action;
}
