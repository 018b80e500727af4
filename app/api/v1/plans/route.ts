import { plansEndpoint } from "../_lib/endpoints";
import { preflight, serveList } from "../_lib/respond";

/** Published plans, as JSON pages or CSV (?format=csv); documented at /api/v1. */
export async function GET(request: Request) {
  return serveList(request, plansEndpoint, async () => ({ scope: null, filename: "plans" }));
}
export const OPTIONS = preflight;
