import type {
  commentStance,
  indicatorKind,
  needStatus,
  organisationRole,
  participantType,
  partnerStatus,
  planPhase,
  pledgeKind,
  pledgeStatus,
  proposalStatus,
  sector,
  staffRole,
} from "../../schema";

type Values<E extends { enumValues: readonly string[] }> = E["enumValues"][number];

export type ParticipantType = Values<typeof participantType>;
export type Sector = Values<typeof sector>;
export type StaffRole = Values<typeof staffRole>;
export type OrganisationRole = Values<typeof organisationRole>;
export type PlanPhase = Values<typeof planPhase>;
export type ProposalStatus = Values<typeof proposalStatus>;
export type PledgeKind = Values<typeof pledgeKind>;
export type PledgeStatus = Values<typeof pledgeStatus>;
export type NeedStatus = Values<typeof needStatus>;
export type PartnerStatus = Values<typeof partnerStatus>;
export type CommentStance = Values<typeof commentStance>;
export type IndicatorKind = Values<typeof indicatorKind>;

/** References between content records are by key; the seed checks every one resolves. */
export interface AreaSeed {
  key: string;
  code: string;
  name: string;
  population: number;
  imdDecile: number;
  /** Position on the city grid: column from the west, row from the south. */
  col: number;
  row: number;
}

export interface ThemeSeed {
  slug: string;
  name: string;
  description: string;
}

export interface PersonSeed {
  key: string;
  name: string;
  email: string;
  type: ParticipantType;
  home: string | null;
  /** Home neighbourhood checked by a council officer. */
  verified: boolean;
  staff?: StaffRole[];
  joined: string;
}

export interface OrganisationSeed {
  key: string;
  slug: string;
  name: string;
  sector: Sector;
  description: string;
  offers: string;
  areaServed: string | null;
  website: string | null;
  verified: boolean;
  joined: string;
  members: { person: string; role: OrganisationRole }[];
}

export interface PlanSeed {
  key: string;
  slug: string;
  title: string;
  summary: string;
  periodLabel: string;
  phase: PlanPhase;
  budgetPounds: number;
  approvalLimit: number;
  outcomeRule: "greedy" | "mes" | "mes_add1";
  requiresVerifiedVoters: boolean;
  minimumVoterAge: number | null;
  supportThreshold: number;
  rulesFrozenAt: string | null;
  created: string;
  phases: { phase: PlanPhase; starts: string; ends: string | null }[];
  priorities: { title: string; description: string }[];
  ringFence: { label: string; share: number; maxImdDecile: number };
}

export interface ProposalSeed {
  key: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  theme: string;
  area: string;
  author: string;
  /** Made on behalf of this organisation; the author must be a member. */
  organisation?: string;
  costPounds: number;
  status: ProposalStatus;
  /** When it was published; null for drafts. */
  published: string | null;
  /** How many people support it; the seed picks who. */
  supporters: number;
  hiddenReason?: string;
  /** Whether the author dropped a pin on the map. */
  pinned?: boolean;
}

/** How a finished plan's shortlisted proposal fared: final cost, reason, and online approvals. */
export interface ShortlistSeed {
  proposal: string;
  finalCostPounds: number;
  reason: string;
  onlineVotes: number;
  assessmentNote: string;
}

export interface NeedSeed {
  key: string;
  kind: PledgeKind;
  description: string;
  status: NeedStatus;
}

export interface PledgeSeed {
  by: string;
  /** Pledged for this organisation; the person must be a member. */
  org?: string;
  kind: PledgeKind;
  quantity: number;
  description: string;
  status: PledgeStatus;
  /** Answers this need (its key). */
  need?: string;
}

export interface CoproductionSeed {
  needs?: NeedSeed[];
  pledges?: PledgeSeed[];
  endorsements?: { org: string; by: string; statement: string }[];
  partners?: { org: string; by: string; role: string; status: PartnerStatus }[];
}

export interface ReplySeed {
  by: string;
  /** Speaking with this organisation's voice; the person must be a member. */
  org?: string;
  stance: CommentStance;
  body: string;
  /** When it was written, where the text depends on it; otherwise spread over the discussion. */
  date?: string;
}

export interface CommentSeed extends ReplySeed {
  replies?: ReplySeed[];
}

export interface ResponseSeed {
  status: ProposalStatus;
  by: string;
  respondingBody: string;
  body: string;
  date: string;
}

export interface DeliveryUpdateSeed {
  by: string;
  date: string;
  milestone: string | null;
  body: string;
  indicators?: Partial<Record<IndicatorKind, number>>;
}
