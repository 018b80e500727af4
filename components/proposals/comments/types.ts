import type { FormState } from "@/components/forms/action-state";

/** The comment actions the proposal page hands to its discussion, as methods so each real action fits. */
export interface CommentActions {
  create(state: FormState, data: FormData): Promise<FormState>;
  edit(state: FormState, data: FormData): Promise<FormState>;
  remove(state: FormState, data: FormData): Promise<NonNullable<FormState>>;
  report(state: FormState, data: FormData): Promise<NonNullable<FormState>>;
}

export interface OrganisationChoice {
  id: string;
  name: string;
}

/** Who is reading the discussion and what they may do in it; computed on the server. */
export interface DiscussionViewer {
  /** Signed in, not suspended, and the plan and proposal take comments. */
  canComment: boolean;
  signedIn: boolean;
  personName: string | null;
  /** Organisations the viewer administers: they may speak with its official voice. */
  actingFor: readonly OrganisationChoice[];
  /** Comments created after this instant are still editable by their authors (server clock). */
  editableSince: Date;
}
