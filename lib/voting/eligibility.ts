export interface VoterFacts {
  homeAreaRegionId: string | null;
  homeAreaVerified: boolean;
  suspended: boolean;
}

export interface PlanVotingRules {
  regionId: string;
  requiresVerifiedVoters: boolean;
}

export type Eligibility = { eligible: true } | { eligible: false; reason: "no_home_area" | "outside_region" | "not_verified" | "suspended"; message: string };

/** Who may vote in a plan (docs/DESIGN.md §5): a home neighbourhood in the region, verified where required. */
export function checkEligibility(voter: VoterFacts, plan: PlanVotingRules): Eligibility {
  if (voter.suspended) return { eligible: false, reason: "suspended", message: "Your account is suspended, so you cannot vote." };
  if (!voter.homeAreaRegionId) {
    return { eligible: false, reason: "no_home_area", message: "Set your home neighbourhood in your profile to vote in this plan." };
  }
  if (voter.homeAreaRegionId !== plan.regionId) {
    return { eligible: false, reason: "outside_region", message: "This plan is for residents of its region, and your home neighbourhood is elsewhere." };
  }
  if (plan.requiresVerifiedVoters && !voter.homeAreaVerified) {
    return { eligible: false, reason: "not_verified", message: "This plan asks the council to verify where voters live. An officer has not verified your home neighbourhood yet." };
  }
  return { eligible: true };
}
