import { pledgesEndpoint } from "../../../_lib/endpoints";
import { planListHandler, preflight } from "../../../_lib/respond";

/** Pledges of one published plan, as JSON pages or CSV (?format=csv); documented at /api/v1. */
export const GET = planListHandler(pledgesEndpoint);
export const OPTIONS = preflight;
