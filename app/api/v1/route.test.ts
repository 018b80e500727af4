import { beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { useTestDatabase } from "../../_server/test-harness";
import { privateMarkers, seedOpenDataWorld } from "./_lib/test-world";
import { GET as getDelivery } from "./plans/[slug]/delivery/route";
import { GET as getPledges } from "./plans/[slug]/pledges/route";
import { GET as getProposals } from "./plans/[slug]/proposals/route";
import { GET as getResults } from "./plans/[slug]/results/route";
import { GET as getPlans } from "./plans/route";
import { GET as getIndex } from "./route";

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
const planRoutes: Record<string, Handler> = { proposals: getProposals, pledges: getPledges, results: getResults, delivery: getDelivery };

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  expect(field).toBe("");
  expect(row).toEqual([]);
  return rows;
}

type Page = { data: Record<string, unknown>[]; page: number; per_page: number; total: number; next: string | null };

describeWithDatabase("open data API", { onDatabase: useTestDatabase }, (database) => {
  let seeded: Awaited<ReturnType<typeof seedOpenDataWorld>>;
  let slug: string;

  beforeAll(async () => {
    seeded = await seedOpenDataWorld(database.db);
    slug = seeded.world.plan.slug;
  });

  const call = (name: string, query = "", headers: Record<string, string> = {}, planSlug = slug) => {
    const handler = planRoutes[name];
    if (!handler) throw new Error(name);
    return handler(new Request(`http://localhost/api/v1/plans/${planSlug}/${name}${query}`, { headers }), { params: Promise.resolve({ slug: planSlug }) });
  };
  const follow = async (name: string, url: string): Promise<Page> => {
    const handler = planRoutes[name];
    if (!handler) throw new Error(name);
    const response = await handler(new Request(url), { params: Promise.resolve({ slug }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Page;
  };
  async function allPages(name: string, perPage: number) {
    const pages: Page[] = [];
    let url: string | null = `http://localhost/api/v1/plans/${slug}/${name}?per_page=${perPage}`;
    while (url) {
      const page = await follow(name, url);
      pages.push(page);
      url = page.next;
    }
    return pages;
  }

  it("documents every endpoint and its fields at /api/v1", async () => {
    const response = await getIndex(new Request("http://localhost/api/v1"));
    expect(response.status).toBe(200);
    const index = (await response.json()) as { endpoints: { path: string; fields: Record<string, string> }[] };
    expect(index.endpoints.map((e) => e.path)).toEqual([
      "/api/v1/plans",
      "/api/v1/plans/{slug}/proposals",
      "/api/v1/plans/{slug}/pledges",
      "/api/v1/plans/{slug}/results",
      "/api/v1/plans/{slug}/delivery",
    ]);
    expect(Object.keys(index.endpoints[1]?.fields ?? {})).toContain("organisation_sector");
  });

  it("lists published plans only", async () => {
    const response = await getPlans(new Request("http://localhost/api/v1/plans?per_page=100"));
    const body = (await response.json()) as Page;
    const slugs = body.data.map((p) => p.slug);
    expect(slugs).toContain(slug);
    expect(slugs).not.toContain(seeded.draftPlan.slug);
    expect(body.data.find((p) => p.slug === slug)).toMatchObject({ region: "Test Region", budget_pence: 10_000_000 });
  });

  it("pages through proposals with next links, public ones only", async () => {
    const pages = await allPages("proposals", 2);
    expect(pages.map((p) => [p.page, p.data.length, p.total])).toEqual([
      [1, 2, 5],
      [2, 2, 5],
      [3, 1, 5],
    ]);
    expect(pages[0]?.next).toBe(`http://localhost/api/v1/plans/${slug}/proposals?per_page=2&page=2`);
    expect(pages[2]?.next).toBeNull();
    const ids = pages.flatMap((p) => p.data.map((row) => row.id));
    expect(ids).toEqual(seeded.published.map((p) => p.id));
    expect(pages[0]?.data[0]).toMatchObject({
      organisation_name: "Riverside Repair Collective",
      organisation_sector: "social_enterprise",
      neighbourhood_name: "Test Ward",
      imd_decile: 3,
      published_at: "2026-01-01T00:00:00.000Z",
    });
  });

  it("shows pledgers as organisations or 'resident', results of the current count, and delivery indicators", async () => {
    const [pledgePage] = await allPages("pledges", 100);
    // Both pledges share a created_at (one insert), so their order is by id: compare as a set.
    expect(pledgePage?.data.map((p) => [p.kind, p.quantity, p.pledger_sector, p.organisation_name]).sort()).toEqual([
      ["premises", 1, "social_enterprise", "Riverside Repair Collective"],
      ["volunteer_hours", 12.5, "resident", null],
    ]);
    const [resultPage] = await allPages("results", 100);
    expect(resultPage?.data.map((r) => [r.votes, r.selected, r.reason])).toEqual([
      [30, true, "Selected, first by votes"],
      [10, false, "Not selected: budget spent"],
    ]);
    const [deliveryPage] = await allPages("delivery", 100);
    expect(deliveryPage?.data).toEqual([
      expect.objectContaining({ id: seeded.update.id, milestone: "Opened", people_reached: 40, local_spend_pence: 12_345, jobs_created: null }),
    ]);
  });

  it.each(Object.keys(planRoutes))("exports %s as CSV with the same rows as the JSON pages", async (name) => {
    const json = (await allPages(name, 1)).flatMap((p) => p.data);
    const response = await call(name, "?format=csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-${name}.csv"`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(Object.keys(json[0] ?? {}));
    expect(rows).toEqual(json.map((record) => Object.values(record).map((v) => (v === null ? "" : String(v)))));
  });

  it("sends caching and CORS headers, and 304 for a matching ETag", async () => {
    const first = await call("proposals");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const again = await call("proposals", "", { "If-None-Match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await call("proposals", "?page=2&per_page=2", { "If-None-Match": etag ?? "" });
    expect(other.status).toBe(200);
  });

  it("answers 404 for unknown and draft plans, 400 for bad parameters", async () => {
    for (const planSlug of ["no-such-plan", seeded.draftPlan.slug]) {
      const response = await call("proposals", "", {}, planSlug);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
    for (const query of ["?per_page=101", "?page=0", "?page=abc", "?format=xml", "?per_page=1.5"]) {
      const response = await call("proposals", query);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: "bad_request" });
    }
  });

  it("never exposes an email address, a person's name, an equality answer or a non-public proposal in any export", async () => {
    const bodies: string[] = [await (await getPlans(new Request("http://localhost/api/v1/plans?per_page=100"))).text()];
    bodies.push(await (await getPlans(new Request("http://localhost/api/v1/plans?format=csv"))).text());
    for (const name of Object.keys(planRoutes)) {
      bodies.push(await (await call(name, "?per_page=100")).text(), await (await call(name, "?format=csv")).text());
    }
    const everything = bodies.join("\n");
    expect(everything).toContain("Public proposal 0");
    expect(everything).not.toMatch(/[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i);
    for (const marker of [...privateMarkers, "SECRET", seeded.hidden.id, seeded.draft.id, seeded.withdrawn.id]) {
      expect(everything, marker).not.toContain(marker);
    }
  });
});
