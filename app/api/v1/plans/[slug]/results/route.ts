import { resultsEndpoint } from "../../../_lib/endpoints";
import { planListHandler, preflight } from "../../../_lib/respond";

/** Results of one published plan, as JSON pages or CSV (?format=csv); documented at /api/v1. */
export const GET = planListHandler(resultsEndpoint);
export const OPTIONS = preflight;
