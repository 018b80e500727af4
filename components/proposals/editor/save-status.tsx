"use client";

import type { SaveState } from "./use-proposal-draft";

export const OFFLINE_MESSAGE = "You seem to be offline — your text is safe on this device; we'll save it when you're back";
// A live proposal is never saved behind the author's back, so they are asked to save again.
const OFFLINE_EDIT_MESSAGE = "You seem to be offline — your changes are safe on this device. Choose Save changes when you're back.";

// UK time, as everywhere in the app (lib/dates.ts); fixed so the server's first render and the browser agree.
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

function describe(mode: "propose" | "edit", state: SaveState, hasEdits: boolean): string {
  if (mode === "edit") {
    if (state.kind === "offline") return OFFLINE_EDIT_MESSAGE;
    return hasEdits ? "Your changes are kept on this device until you choose Save changes." : "";
  }
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return "Saving your draft…";
    case "saved":
      return `Draft saved at ${clock.format(state.at)}`;
    case "incomplete":
      return "Kept on this device. Add a title, a neighbourhood and a theme to save your draft to your account.";
    case "offline":
      return OFFLINE_MESSAGE;
    case "failed":
      return `Your draft was not saved: ${state.message}`;
  }
}

/** Where the typed text is safe right now, announced politely as it changes. */
export function SaveStatus({ mode, state, hasEdits }: { mode: "propose" | "edit"; state: SaveState; hasEdits: boolean }) {
  const text = describe(mode, state, hasEdits);
  const warning = state.kind === "offline" || (mode === "propose" && state.kind === "failed");
  return (
    <p role="status" aria-live="polite" className={warning ? "mb-4 rounded-md border-l-8 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-900" : "mb-4 min-h-6 text-sm text-muted"}>
      {text}
    </p>
  );
}
