/** What a proposer writes: the columns a draft and a published proposal share. Money is integer pence. */
export interface ProposalContent {
  title: string;
  summary: string;
  body: string;
  themeId: string;
  areaId: string;
  organisationId: string | null;
  estimatedCostPence: number;
  latitude: number | null;
  longitude: number | null;
}
