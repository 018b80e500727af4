import type { FormState } from "@/components/forms/action-state";

/**
 * A server action as the moderation forms take it. Declared as a method on purpose: a method type
 * accepts any action whose result fits FormState, whatever data each returns, without casts.
 */
interface ModerationActionShape {
  run(state: FormState, data: FormData): Promise<NonNullable<FormState>>;
}

export type ModerationFormAction = ModerationActionShape["run"];
