"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { canStoreDraft, toFormData, type EditorAction, type EditorPhoto, type EditorValues, type FieldErrors } from "./editor-values";
import { localCopyKey, parseLocalCopy, readRawCopy, removeLocalCopy, writeLocalCopy, type LocalCopy } from "./local-copy";

export const AUTOSAVE_DELAY_MS = 2000;
const OFFLINE_RETRY_MS = 20_000;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  | { kind: "incomplete" }
  | { kind: "offline" }
  | { kind: "failed"; message: string };

export type SaveOutcome =
  | { kind: "saved"; proposalId: string }
  | { kind: "incomplete" }
  | { kind: "offline" }
  | { kind: "refused"; message: string; fieldErrors: FieldErrors };

interface Draft {
  values: EditorValues;
  photos: EditorPhoto[];
}

export interface DraftOptions {
  mode: "propose" | "edit";
  planId: string;
  initialProposalId: string | null;
  /** When the server copy was last written (ms); a device copy newer than this is restored. */
  serverSavedAt: number | null;
  initialValues: EditorValues;
  initialPhotos: EditorPhoto[];
  /** Autosave; null where half-typed changes must not reach the server (a live proposal). */
  saveDraft: EditorAction<{ proposalId: string; savedAt: string }> | null;
}

// Each visit to the form reads the device copy once, so writing newer copies while typing never
// swaps what is on screen; the cache is dropped when the form unmounts, so a later visit reads afresh.
// The raw text is the snapshot: a re-read of the same copy compares equal and changes nothing.
const firstReads = new Map<string, string | null>();
const readOnce = (key: string) => {
  if (!firstReads.has(key)) firstReads.set(key, readRawCopy(key));
  return firstReads.get(key) ?? null;
};
const subscribeToNothing = () => () => {};

const altsOf = (photos: readonly EditorPhoto[]) => Object.fromEntries(photos.map((photo) => [photo.id, photo.alt]));
const differs = (copy: LocalCopy, values: EditorValues, photos: readonly EditorPhoto[]) =>
  JSON.stringify(copy.values) !== JSON.stringify(values) || photos.some((photo) => photo.id in copy.alts && copy.alts[photo.id] !== photo.alt);
const withAlts = (photos: readonly EditorPhoto[], alts: Record<string, string>) => photos.map((photo) => (photo.id in alts ? { ...photo, alt: alts[photo.id] ?? photo.alt } : photo));

/**
 * The proposal form's state and its safety net: every change is copied to this device at once and,
 * for drafts, sent to the server two seconds after the last keystroke. Saves run one at a time,
 * in order, so a new idea can never be stored twice; a network failure says so and retries.
 */
export function useProposalDraft(options: DraftOptions) {
  // The first props only: if the page re-renders under the form (after a revalidation), what the
  // person is typing stays the form's, and the device copy keeps the key it was read under.
  const [start] = useState(options);
  const { mode, planId, initialProposalId, serverSavedAt, initialValues, initialPhotos } = start;
  const { saveDraft } = options;
  const initialKey = localCopyKey({ proposalId: initialProposalId, planId });
  const rawCopy = useSyncExternalStore(subscribeToNothing, () => readOnce(initialKey), () => null);
  const deviceCopy = useMemo(() => parseLocalCopy(rawCopy), [rawCopy]);
  const restored = useMemo(() => {
    if (!deviceCopy) return null;
    // A live proposal's updated_at also moves when others support or comment on it, so for an
    // edit the device copy is kept whenever it differs from what the server holds, however old.
    if (mode === "edit") return differs(deviceCopy, initialValues, initialPhotos) ? deviceCopy : null;
    return serverSavedAt === null || deviceCopy.savedAt > serverSavedAt ? deviceCopy : null;
  }, [deviceCopy, mode, initialValues, initialPhotos, serverSavedAt]);

  const base = useMemo<Draft>(
    () => (restored ? { values: restored.values, photos: withAlts(initialPhotos, restored.alts) } : { values: initialValues, photos: initialPhotos }),
    [restored, initialValues, initialPhotos],
  );
  const [edited, setEdited] = useState<Draft | null>(null);
  const draft = edited ?? base;
  const [proposalId, setProposalId] = useState(initialProposalId);
  const [saveState, setSaveState] = useState<SaveState>(mode === "propose" && serverSavedAt !== null ? { kind: "saved", at: serverSavedAt } : { kind: "idle" });
  const [noticeDismissed, setNoticeDismissed] = useState(false);

  const latest = useRef({ draft, proposalId });
  useEffect(() => {
    latest.current = { draft, proposalId };
  });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Once published, a late autosave must not try to write the proposal back as a draft.
  const done = useRef(false);

  useEffect(() => {
    // A device copy no newer than the server's has nothing the server lacks.
    if (deviceCopy && !restored) removeLocalCopy(initialKey);
  }, [deviceCopy, restored, initialKey]);
  useEffect(
    () => () => {
      firstReads.delete(initialKey);
    },
    [initialKey],
  );

  const saveOnce = useCallback(async (): Promise<SaveOutcome> => {
    const { draft: sent, proposalId: currentId } = latest.current;
    if (done.current && currentId) return { kind: "saved", proposalId: currentId };
    if (!saveDraft) return { kind: "refused", message: "Drafts are not saved here.", fieldErrors: {} };
    if (!canStoreDraft(sent.values)) {
      setSaveState({ kind: "incomplete" });
      return { kind: "incomplete" };
    }
    if (navigator.onLine === false) {
      setSaveState({ kind: "offline" });
      return { kind: "offline" };
    }
    setSaveState({ kind: "saving" });
    let result;
    try {
      result = await saveDraft(null, toFormData(sent.values, sent.photos, { proposalId: currentId, planId }));
    } catch {
      // The request never got an answer: offline, or the server out of reach. The device copy stands.
      setSaveState({ kind: "offline" });
      return { kind: "offline" };
    }
    if (!result.ok) {
      setSaveState({ kind: "failed", message: result.message });
      return { kind: "refused", message: result.message, fieldErrors: result.fieldErrors };
    }
    const savedId = result.data.proposalId;
    if (!currentId) {
      // Set at once, not on the next render, so the save queued behind this one updates the same draft.
      latest.current = { ...latest.current, proposalId: savedId };
      setProposalId(savedId);
      removeLocalCopy(localCopyKey({ proposalId: null, planId }));
      // The draft's address, so a reload or a dropped connection comes back to it.
      window.history.replaceState(null, "", `${window.location.pathname}?draft=${savedId}`);
    }
    if (latest.current.draft === sent) removeLocalCopy(localCopyKey({ proposalId: savedId, planId }));
    else writeLocalCopy(localCopyKey({ proposalId: savedId, planId }), { values: latest.current.draft.values, alts: altsOf(latest.current.draft.photos), savedAt: Date.now() });
    setSaveState({ kind: "saved", at: Date.parse(result.data.savedAt) });
    return { kind: "saved", proposalId: savedId };
  }, [saveDraft, planId]);

  const saveNow = useCallback((): Promise<SaveOutcome> => {
    const next = queue.current.then(saveOnce, saveOnce);
    queue.current = next;
    return next;
  }, [saveOnce]);

  const afterEdit = useEffectEvent((changed: Draft) => {
    writeLocalCopy(localCopyKey({ proposalId: latest.current.proposalId, planId }), { values: changed.values, alts: altsOf(changed.photos), savedAt: Date.now() });
    if (!saveDraft) return null;
    return window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  });

  useEffect(() => {
    if (!edited) return;
    const timer = afterEdit(edited);
    return () => {
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [edited]);

  // A copy restored from the device is newer than the server's: send it as soon as the page is up.
  const sendRestored = useEffectEvent(() => (saveDraft ? window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS) : null));
  useEffect(() => {
    if (!restored) return;
    const timer = sendRestored();
    return () => {
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [restored]);

  const retry = useEffectEvent(() => {
    if (saveDraft) void saveNow();
  });
  useEffect(() => {
    if (saveState.kind !== "offline") return;
    const onOnline = () => retry();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(onOnline, OFFLINE_RETRY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [saveState.kind]);

  const update = useCallback((change: (current: Draft) => Draft) => setEdited((previous) => change(previous ?? base)), [base]);

  return {
    values: draft.values,
    photos: draft.photos,
    proposalId,
    saveState,
    hasEdits: edited !== null,
    restoredAt: restored && !noticeDismissed ? restored.savedAt : null,
    setValues: useCallback((change: Partial<EditorValues>) => update((current) => ({ ...current, values: { ...current.values, ...change } })), [update]),
    setPhotos: useCallback((photos: EditorPhoto[]) => update((current) => ({ ...current, photos })), [update]),
    saveNow,
    markOffline: useCallback(() => setSaveState({ kind: "offline" }), []),
    /** The server answered, so whatever else happened, the connection is back. */
    markReached: useCallback(() => setSaveState((state) => (state.kind === "offline" ? { kind: "idle" } : state)), []),
    dismissNotice: useCallback(() => setNoticeDismissed(true), []),
    /** Back to what the server holds, dropping the device copy. */
    discardDeviceCopy: useCallback(() => {
      removeLocalCopy(initialKey);
      setEdited({ values: initialValues, photos: initialPhotos });
      setNoticeDismissed(true);
    }, [initialKey, initialValues, initialPhotos]),
    /** Once published or saved for good: no more autosaves, and the device copy has done its job. */
    finish: useCallback(() => {
      done.current = true;
      removeLocalCopy(localCopyKey({ proposalId: latest.current.proposalId, planId }));
    }, [planId]),
  };
}
