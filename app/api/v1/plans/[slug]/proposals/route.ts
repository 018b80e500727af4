import { proposalsEndpoint } from "../../../_lib/endpoints";
import { planListHandler, preflight } from "../../../_lib/respond";

/** Proposals of one published plan, as JSON pages or CSV (?format=csv); documented at /api/v1. */
export const GET = planListHandler(proposalsEndpoint);
export const OPTIONS = preflight;
