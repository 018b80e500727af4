"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea } from "@/components/ui/field";
import { stanceLabels } from "@/lib/comments/stances";
import type { OrganisationChoice } from "./types";

const stanceHints = {
  support: "You back the idea",
  concern: "Something worries you",
  question: "You want to know more",
  idea: "A way to improve it",
} as const;

type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

function ErrorLine({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mb-1 text-sm font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

/** Stance as radio buttons: four short choices read better than a menu on a phone. */
function StanceChoice({ idPrefix, state, initial }: { idPrefix: string; state: FormState; initial: string }) {
  const error = fieldError(state, "stance");
  const chosen = typed(state, "stance", initial);
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${idPrefix}-stance-error` : undefined}>
      <legend className="mb-1 font-semibold">Your comment is a…</legend>
      <ErrorLine id={`${idPrefix}-stance-error`} message={error} />
      <div className="grid gap-1 sm:grid-cols-2">
        {(Object.keys(stanceLabels) as (keyof typeof stanceLabels)[]).map((stance) => (
          <label key={stance} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="stance" value={stance} defaultChecked={chosen === stance} className="h-6 w-6 shrink-0 accent-brand-600" />
            <span>
              <span className="font-semibold">{stanceLabels[stance]}</span> <span className="text-sm text-muted">({stanceHints[stance]})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A new comment or a reply: as oneself, or with the official voice of an organisation one administers. */
export function CommentForm({
  action,
  proposalId,
  parentId,
  personName,
  actingFor,
  idPrefix,
}: {
  action: FormAction;
  proposalId: string;
  parentId?: string;
  personName: string | null;
  actingFor: readonly OrganisationChoice[];
  idPrefix: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  const organisationError = fieldError(state, "organisationId");
  const chosenOrganisation = typed(state, "organisationId");
  return (
    <form action={formAction} noValidate className="mt-3">
      <FormMessage state={state} />
      <ErrorLine id={`${idPrefix}-parent-error`} message={fieldError(state, "parentId")} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <StanceChoice idPrefix={idPrefix} state={state} initial={parentId ? "question" : ""} />
      <TextArea
        id={`${idPrefix}-body`}
        name="body"
        label={parentId ? "Your reply" : "Your comment"}
        hint="Be kind and keep to the idea. You can edit for 15 minutes after posting."
        rows={parentId ? 3 : 5}
        maxLength={5000}
        defaultValue={typed(state, "body")}
        error={fieldError(state, "body")}
      />
      {actingFor.length > 0 ? (
        <fieldset className="mb-5" aria-describedby={organisationError ? `${idPrefix}-org-error` : undefined}>
          <legend className="mb-1 font-semibold">Post as</legend>
          <ErrorLine id={`${idPrefix}-org-error`} message={organisationError} />
          {[{ id: "", name: personName ? `Myself (${personName})` : "Myself" }, ...actingFor].map((choice) => (
            <label key={choice.id || "self"} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="organisationId" value={choice.id} defaultChecked={chosenOrganisation === choice.id} className="h-6 w-6 shrink-0 accent-brand-600" />
              <span>{choice.id ? `${choice.name} (its official voice)` : choice.name}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="organisationId" value="" />
      )}
      <SubmitButton pendingText="Posting…">{parentId ? "Post reply" : "Post comment"}</SubmitButton>
    </form>
  );
}

/** The author's own words, changeable for 15 minutes. */
export function CommentEditForm({
  action,
  proposalId,
  commentId,
  stance,
  body,
}: {
  action: FormAction;
  proposalId: string;
  commentId: string;
  stance: string;
  body: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  const idPrefix = `edit-${commentId}`;
  return (
    <form action={formAction} noValidate className="mt-2">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="commentId" value={commentId} />
      <StanceChoice idPrefix={idPrefix} state={state} initial={stance} />
      <TextArea id={`${idPrefix}-body`} name="body" label="Your comment" rows={4} maxLength={5000} defaultValue={typed(state, "body", body)} error={fieldError(state, "body")} />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
