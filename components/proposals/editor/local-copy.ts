import type { EditorValues } from "./editor-values";

/** A copy of the form kept in the browser, so nothing typed is lost if the network or the tab goes. */
export interface LocalCopy {
  values: EditorValues;
  /** Photo descriptions by photo id: the photos themselves live on the server. */
  alts: Record<string, string>;
  savedAt: number;
}

export function localCopyKey(ids: { proposalId: string | null; planId: string }): string {
  return ids.proposalId ? `peoples-plan:proposal:${ids.proposalId}` : `peoples-plan:new-idea:${ids.planId}`;
}

function isValues(value: unknown): value is EditorValues {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as Record<string, unknown>;
  const strings = ["title", "summary", "body", "themeId", "areaId", "cost", "latitude", "longitude", "organisationId"];
  return strings.every((key) => typeof fields[key] === "string") && Array.isArray(fields.needs);
}

// Storage can be full, disabled (private browsing) or hold something from an older version
// of this form: every failure means "no copy", never a broken form.
export function readRawCopy(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function parseLocalCopy(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const copy = parsed as Record<string, unknown>;
    if (!isValues(copy.values) || typeof copy.savedAt !== "number") return null;
    const alts = typeof copy.alts === "object" && copy.alts !== null ? (copy.alts as Record<string, string>) : {};
    return { values: copy.values, alts, savedAt: copy.savedAt };
  } catch {
    return null;
  }
}

export function writeLocalCopy(key: string, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Nowhere to keep it; the server copy still stands.
  }
}

export function removeLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}
