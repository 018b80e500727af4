import { endpoints } from "./_lib/endpoints";
import { CSV_BATCH, jsonResponse, parameterDocs, preflight } from "./_lib/respond";

/** The API's own documentation: every endpoint, its parameters and the fields it returns. */
export async function GET(request: Request) {
  return jsonResponse(request, {
    name: "People's Plan open data",
    version: "v1",
    description:
      "Read-only data about published plans: no personal data. Residents are never named; pledgers and proposers appear only as organisations.",
    response: {
      data: "The rows of this page",
      page: "This page's number",
      per_page: "Rows per page",
      total: "Rows in the whole list",
      next: "URL of the next page, or null on the last",
    },
    errors: { 400: "Invalid parameters: { error, message, details }", 404: "No published plan with that slug: { error, message }" },
    caching: "Cache-Control: public, max-age=60, stale-while-revalidate=300; JSON carries an ETag and answers If-None-Match with 304.",
    csv: `?format=csv returns every row of the list (not one page) with the same field names as columns, read ${CSV_BATCH} rows at a time.`,
    parameters: parameterDocs,
    endpoints: endpoints.map(({ path, description, fields }) => ({ path, method: "GET", description, fields })),
  });
}
export const OPTIONS = preflight;
