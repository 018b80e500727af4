"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FlashMessage } from "@/components/ui/flash-message";
import { Button } from "@/components/ui/button";
import { Select, TextArea, TextField } from "@/components/ui/field";
import { proposalLimits } from "@/lib/proposals/proposal-validation";
import { canStoreDraft, toFormData, type AreaChoice, type Choice, type EditorAction, type EditorPhoto, type EditorValues, type FieldErrors } from "./editor-values";
import { ErrorSummary } from "./error-summary";
import { MarkdownField } from "./markdown-field";
import { NeedsEditor } from "./needs-editor";
import { PhotoUploader, type AddPhoto, type RemovePhoto } from "./photo-uploader";
import { PointPicker } from "./point-picker";
import { SaveStatus } from "./save-status";
import { useProposalDraft } from "./use-proposal-draft";

export interface ProposalEditorProps {
  mode: "propose" | "edit";
  planId: string;
  proposalId: string | null;
  serverSavedAt: number | null;
  initialValues: EditorValues;
  initialPhotos: EditorPhoto[];
  themes: Choice[];
  areas: AreaChoice[];
  organisations: Choice[];
  actions: {
    saveDraft: EditorAction<{ proposalId: string; savedAt: string }> | null;
    submit: EditorAction<{ proposalId: string }>;
    addPhoto: AddPhoto;
    removePhoto: RemovePhoto;
  };
}

const firstError = (errors: FieldErrors, field: string) => errors[field]?.[0];

/**
 * The one form for proposing and editing an idea, phone first. Its state lives here (not in the
 * DOM), so a refused or interrupted submit can never reset what was typed.
 */
export function ProposalEditor(props: ProposalEditorProps) {
  const { mode, planId, themes, areas, organisations, actions } = props;
  const router = useRouter();
  const draft = useProposalDraft({
    mode,
    planId,
    initialProposalId: props.proposalId,
    serverSavedAt: props.serverSavedAt,
    initialValues: props.initialValues,
    initialPhotos: props.initialPhotos,
    saveDraft: actions.saveDraft,
  });
  const { values, photos, setValues } = draft;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const area = areas.find((candidate) => candidate.id === values.areaId) ?? null;

  const refuse = (message: string, fieldErrors: FieldErrors) => {
    setProblem(message);
    setErrors(fieldErrors);
    // After React has drawn the summary: move focus to it so the problems are read out first.
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const saveDraftNow = async () => {
    setProblem(null);
    if (!canStoreDraft(values)) {
      refuse("Your draft is kept on this device. To save it to your account, add:", {
        ...(values.title.trim() ? {} : { title: ["Give your idea a title"] }),
        ...(values.areaId ? {} : { areaId: ["Choose a neighbourhood"] }),
        ...(values.themeId ? {} : { themeId: ["Choose a theme"] }),
      });
      return;
    }
    const outcome = await draft.saveNow();
    if (outcome.kind === "refused") refuse(outcome.message, outcome.fieldErrors);
    else setErrors({});
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    try {
      let proposalId = draft.proposalId;
      // Save the draft first, so a publish refused for a missing field still leaves the server copy current.
      if (mode === "propose" && canStoreDraft(values)) {
        const saved = await draft.saveNow();
        // The status line above the buttons already says so, politely announced; the text is safe.
        if (saved.kind === "offline") return;
        if (saved.kind === "saved") proposalId = saved.proposalId;
      }
      const result = await actions.submit(null, toFormData(values, photos, { proposalId, planId }));
      draft.markReached();
      if (!result.ok) return refuse(result.message, result.fieldErrors);
      draft.finish();
      router.push(`/proposals/${result.data.proposalId}`);
      router.refresh();
    } catch {
      // No answer from the server: nothing typed is lost, and the status line says what happened.
      draft.markOffline();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      {draft.restoredAt !== null ? (
        <FlashMessage tone="info" title="We brought back what you typed on this device, which had not been saved to your account yet.">
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={draft.dismissNotice}>
              Keep it
            </Button>
            <Button variant="quiet" onClick={draft.discardDeviceCopy}>
              {props.proposalId ? "Use the saved version instead" : "Start again"}
            </Button>
          </div>
        </FlashMessage>
      ) : null}
      <ErrorSummary ref={summary} message={problem} errors={errors} photos={photos} />

      <TextField id="title" label="Your idea in a few words" hint="For example: “Repair café in the old library”." maxLength={proposalLimits.titleMax} value={values.title} error={firstError(errors, "title")} onChange={(e) => setValues({ title: e.target.value })} />
      <Select
        id="areaId"
        label="Neighbourhood"
        hint="Where will it happen, or who will it help most?"
        placeholder="Choose a neighbourhood"
        options={areas.map((a) => ({ value: a.id, label: a.name }))}
        value={values.areaId}
        error={firstError(errors, "areaId")}
        onChange={(e) => setValues({ areaId: e.target.value })}
      />
      <Select id="themeId" label="Theme" placeholder="Choose a theme" options={themes} value={values.themeId} error={firstError(errors, "themeId")} onChange={(e) => setValues({ themeId: e.target.value })} />
      <TextArea
        id="summary"
        label="Summary"
        hint="One or two sentences, shown in lists of ideas."
        rows={3}
        maxLength={proposalLimits.summaryMax}
        value={values.summary}
        error={firstError(errors, "summary")}
        onChange={(e) => setValues({ summary: e.target.value })}
      />
      <MarkdownField
        id="body"
        label="Description (optional)"
        hint="What would happen, who would run it, and why it matters. You can use Markdown: **bold**, *italic*, lists with -, and links."
        maxLength={proposalLimits.bodyMax}
        value={values.body}
        error={firstError(errors, "body")}
        onChange={(body) => setValues({ body })}
      />
      <PointPicker
        area={area}
        point={{ latitude: values.latitude, longitude: values.longitude }}
        error={firstError(errors, "point") ?? firstError(errors, "point.latitude") ?? firstError(errors, "point.longitude")}
        onChange={(point) => setValues(point)}
      />
      <TextField
        id="cost"
        label="Estimated cost"
        hint="In pounds, for example £12,400. Your best estimate is fine: officers check costs before any vote."
        autoComplete="off"
        value={values.cost}
        error={firstError(errors, "cost")}
        onChange={(e) => setValues({ cost: e.target.value })}
      />
      {organisations.length > 0 ? (
        <Select
          id="organisationId"
          label="Who is proposing this?"
          hint="You can propose for an organisation you belong to."
          options={[{ value: "", label: "Just me" }, ...organisations]}
          value={values.organisationId}
          error={firstError(errors, "organisationId")}
          onChange={(e) => setValues({ organisationId: e.target.value })}
        />
      ) : null}
      <NeedsEditor needs={values.needs} errors={errors} onChange={(needs) => setValues({ needs })} />
      <PhotoUploader proposalId={draft.proposalId} photos={photos} errors={errors} addPhoto={actions.addPhoto} removePhoto={actions.removePhoto} onPhotosChange={draft.setPhotos} />

      <SaveStatus mode={mode} state={draft.saveState} hasEdits={draft.hasEdits} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={submitting} aria-disabled={submitting}>
          {submitting ? (mode === "propose" ? "Publishing…" : "Saving…") : mode === "propose" ? "Publish your idea" : "Save changes"}
        </Button>
        {mode === "propose" ? (
          <Button variant="secondary" onClick={() => void saveDraftNow()} disabled={submitting}>
            Save draft
          </Button>
        ) : null}
      </div>
    </form>
  );
}
