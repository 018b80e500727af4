import { deliveryEndpoint } from "../../../_lib/endpoints";
import { planListHandler, preflight } from "../../../_lib/respond";

/** Delivery of one published plan, as JSON pages or CSV (?format=csv); documented at /api/v1. */
export const GET = planListHandler(deliveryEndpoint);
export const OPTIONS = preflight;
