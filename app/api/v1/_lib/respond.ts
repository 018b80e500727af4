import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/connect";
import { findOpenPlan } from "@/db/queries/open-data/list-open-plans";
import { readPage } from "@/db/queries/open-data/open-list";
import { csvField } from "@/lib/shared/csv";
import type { Cell, Endpoint } from "./endpoints";

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;
export const CSV_BATCH = 1_000;
export const CSV_MAX_ROWS = 50_000;

const CACHE = "public, max-age=60, stale-while-revalidate=300";
// Open data is for anyone's page or notebook: no cookies are read, so any origin may fetch it.
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition, X-Total-Count",
};

export const listParameters = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  format: z.enum(["json", "csv"]).default("json"),
});

export const parameterDocs = {
  page: "Page number, from 1 (default 1)",
  per_page: `Rows per page, 1–${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE})`,
  format: `json (default) or csv: every row, not one page, streamed, at most ${CSV_MAX_ROWS.toLocaleString("en-GB")} rows`,
};

function etagOf(body: string) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim().replace(/^W\//, "");
    return candidate === "*" || candidate === etag;
  });
}

/** A cacheable JSON body with an ETag; 304 without a body when the client already holds it. */
export function jsonResponse(request: Request, body: unknown) {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { ...CORS, "Cache-Control": CACHE, ETag: etag };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function errorResponse(status: 400 | 404, message: string, details?: unknown) {
  return Response.json(
    { error: status === 400 ? "bad_request" : "not_found", message, ...(details ? { details } : {}) },
    { status, headers: { ...CORS, "Cache-Control": "no-store" } },
  );
}

/** CORS preflight, needed when a browser script sends If-None-Match. */
export function preflight() {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

const csvLine = (cells: readonly Cell[]) => cells.map(csvField).join(",") + "\r\n";

/**
 * Every row as CSV, read in batches so a large plan never sits in memory whole. Offset batches:
 * a row published mid-download may shift one batch, which a re-download corrects.
 */
function csvResponse<Scope, Row>(db: Database, endpoint: Endpoint<Scope, Row>, scope: Scope, filename: string, total: number) {
  const encoder = new TextEncoder();
  const fields = Object.keys(endpoint.fields);
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(fields)));
    },
    async pull(controller) {
      const limit = Math.min(CSV_BATCH, CSV_MAX_ROWS - offset);
      const rows = limit > 0 ? await endpoint.list.rows(db, scope, { limit, offset }) : [];
      offset += rows.length;
      if (rows.length > 0) {
        const records = rows.map((row) => endpoint.record(row));
        controller.enqueue(encoder.encode(records.map((record) => csvLine(fields.map((f) => record[f] ?? null))).join("")));
      }
      if (rows.length < limit || offset >= CSV_MAX_ROWS) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      ...CORS,
      "Cache-Control": CACHE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.csv"`,
      "X-Total-Count": String(total),
    },
  });
}

/** One list endpoint: parameters checked, then a JSON page or the whole list as CSV. */
export async function serveList<Scope, Row>(request: Request, endpoint: Endpoint<Scope, Row>, resolve: (db: Database) => Promise<{ scope: Scope; filename: string } | null>) {
  const url = new URL(request.url);
  const parsed = listParameters.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return errorResponse(400, "Invalid query parameters", z.flattenError(parsed.error).fieldErrors);
  const { page, per_page: perPage, format } = parsed.data;
  const db = await getDb();
  const target = await resolve(db);
  if (!target) return errorResponse(404, "No published plan with that slug");
  if (format === "csv") return csvResponse(db, endpoint, target.scope, target.filename, await endpoint.list.count(db, target.scope));
  const { rows, total } = await readPage(endpoint.list, db, target.scope, { limit: perPage, offset: (page - 1) * perPage });
  let next: string | null = null;
  if (page * perPage < total) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("page", String(page + 1));
    nextUrl.searchParams.set("per_page", String(perPage));
    next = nextUrl.href;
  }
  return jsonResponse(request, { data: rows.map((row) => endpoint.record(row)), page, per_page: perPage, total, next });
}

type SlugContext = { params: Promise<{ slug: string }> };

/** The GET handler of a list scoped to one published plan; drafts and unknown slugs are 404. */
export function planListHandler<Row>(endpoint: Endpoint<string, Row>) {
  return async (request: Request, { params }: SlugContext) => {
    const { slug } = await params;
    return serveList(request, endpoint, async (db) => {
      const plan = await findOpenPlan(db, slug);
      return plan ? { scope: plan.id, filename: `${plan.slug}-${endpoint.name}` } : null;
    });
  };
}
