"use client";

import { FlashMessage } from "@/components/ui/flash-message";

/** The shape every server action returns (see app/_server/action.ts). */
export type FormState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | null;

export function fieldError(state: FormState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[field]?.[0] : undefined;
}

/** What the person typed last time, so a refused form comes back as they left it. */
export function typed(state: FormState, field: string, fallback = ""): string {
  return state && !state.ok && field in state.values ? (state.values[field] ?? fallback) : fallback;
}

export function FormMessage({ state, successTitle }: { state: FormState; successTitle?: string }) {
  if (!state) return null;
  if (state.ok) {
    const title = state.message ?? successTitle;
    return title ? <FlashMessage tone="success" title={title} /> : null;
  }
  return <FlashMessage tone="error" title={state.message} />;
}
