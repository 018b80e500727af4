import type { PledgeKind } from "@/lib/pledges/kinds";
import type { Geometry } from "@/lib/geography/project";

/** One row of the needs list; `key` identifies the row on screen, `id` the stored need (null until saved). */
export interface NeedValue {
  key: string;
  id: string | null;
  kind: PledgeKind;
  description: string;
}

/** Everything typed into the proposal form, as strings exactly as typed. */
export interface EditorValues {
  title: string;
  summary: string;
  body: string;
  themeId: string;
  areaId: string;
  cost: string;
  latitude: string;
  longitude: string;
  organisationId: string;
  needs: NeedValue[];
}

export interface EditorPhoto {
  id: string;
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** A neighbourhood's outline, already projected on the server, with the straight-line map back to lon/lat. */
export interface AreaMapShape {
  width: number;
  height: number;
  path: string;
  /** x = x0 + xPerLon × lon; y = y0 + yPerLat × lat (the projection is linear at ward scale). */
  x0: number;
  xPerLon: number;
  y0: number;
  yPerLat: number;
  boundary: Geometry;
}

export interface AreaChoice {
  id: string;
  name: string;
  map: AreaMapShape | null;
}

export interface Choice {
  value: string;
  label: string;
}

export type FieldErrors = Record<string, string[]>;

/** What a server action answers, as the editor sees it (see app/_server/action.ts). */
export type EditorResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

export type EditorAction<T> = (state: null, data: FormData) => Promise<EditorResult<T>>;

export const emptyValues: EditorValues = {
  title: "",
  summary: "",
  body: "",
  themeId: "",
  areaId: "",
  cost: "",
  latitude: "",
  longitude: "",
  organisationId: "",
  needs: [],
};

/** A server copy needs these three (the database cannot store a proposal without them). */
export function canStoreDraft(values: EditorValues): boolean {
  return values.title.trim() !== "" && values.themeId !== "" && values.areaId !== "";
}

/** The form post every proposal action reads: repeated rows as parallel lists. */
export function toFormData(values: EditorValues, photos: readonly EditorPhoto[], ids: { proposalId: string | null; planId: string }): FormData {
  const data = new FormData();
  if (ids.proposalId) data.set("proposalId", ids.proposalId);
  data.set("planId", ids.planId);
  for (const field of ["title", "summary", "body", "themeId", "areaId", "cost", "latitude", "longitude", "organisationId"] as const) {
    data.set(field, values[field]);
  }
  for (const need of values.needs) {
    data.append("needId[]", need.id ?? "");
    data.append("needKind[]", need.kind);
    data.append("needDescription[]", need.description);
  }
  for (const photo of photos) {
    data.append("photoId[]", photo.id);
    data.append("photoAlt[]", photo.alt);
  }
  return data;
}

/** Where each field's error is shown, so the error summary can link to it. */
export function fieldAnchor(field: string, photos: readonly EditorPhoto[]): string {
  const need = /^needs\.(\d+)\.(kind|description)$/.exec(field);
  if (need) return `need-${need[1]}-${need[2]}`;
  const photo = /^photos\.(\d+)\.alt$/.exec(field);
  if (photo) return `photo-${photos[Number(photo[1])]?.id ?? "new"}-alt`;
  if (field === "point" || field === "point.latitude") return "latitude";
  if (field === "point.longitude") return "longitude";
  if (field === "needs") return "needs-heading";
  return field;
}
