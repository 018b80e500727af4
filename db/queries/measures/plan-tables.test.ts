import { beforeAll, expect, it } from "vitest";
import { getPlanMeasures } from "./get-plan-measures";
import { makeMeasuresFixture } from "../../testing/measures-fixture";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { buildMeasureTables, type MeasureTable } from "../../../lib/measures/plan-tables";

// The figures the page derives from the measures queries (plan-measures.test.ts checks
// those), worked out by hand from the same small fixture. The CSV serves these very cells.
describeWithDatabase("the measures page's tables", (database) => {
  let tables: MeasureTable[];
  beforeAll(async () => {
    const fixture = await makeMeasuresFixture(database.db);
    tables = buildMeasureTables(await getPlanMeasures(database.db, { id: fixture.plan.id, regionId: fixture.plan.regionId }));
  });

  const table = (name: string) => {
    const found = tables.find((t) => t.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  };

  it("sums what each kind of pledge brings by status, leaving out declined pledges", () => {
    expect(table("pledges-by-kind").rows).toEqual([
      ["Equipment", "£0", "£0", "£0", "£0"], // only a declined pledge
      ["Jobs or apprenticeships", "£0", "£0.02", "£0", "£0.02"],
      ["Money", "£50", "£0", "£0", "£50"],
      ["Volunteer time", "£0", "£58.13", "£0", "£58.13"],
    ]);
    expect(table("pledges-by-kind").chart?.map((bar) => bar.value)).toEqual([0, 2, 5000, 5813]);
  });

  it("gives selected money per 1,000 residents of each neighbourhood, with the map drawn from the same numbers", () => {
    // Ashby £1,000 for 2,000 people; Beeston £1,500 for 1,000; Carlton nothing.
    expect(table("money-per-resident").rows).toEqual([
      ["Ashby", 1, 2000, "£1,000", "£500"],
      ["Beeston", 10, 1000, "£1,500", "£1,500"],
      ["Carlton", 5, 500, "£0", "£0"],
    ]);
    expect(table("money-per-resident").map?.areas.map((area) => area.value)).toEqual([500, 1500, 0]);
    // The reach map shades tenths per 1,000: Ashby 1.0, Beeston 2.0, Carlton 0.
    expect(table("reach-neighbourhoods").map?.areas.map((area) => area.value)).toEqual([10, 20, 0]);
  });

  it("lays out which sectors work together as a grid, each pair counted on both sides", () => {
    expect(table("sector-pairs").matrix).toEqual({
      labels: ["Residents", "Community and voluntary", "Business"],
      counts: [
        [0, 1, 2],
        [1, 0, 1],
        [2, 1, 0],
      ],
    });
  });

  it("sorts the waits for a response into bands beside the median, and counts delivery stages", () => {
    expect(table("responsiveness").rows).toEqual([
      ["Within a week", 2],
      ["8 to 14 days", 0],
      ["15 to 28 days", 0],
      ["29 to 56 days", 0],
      ["Longer than 8 weeks", 0],
      ["Still waiting", 1],
      ["Median time to first response", "2.5 days"],
    ]);
    // Indicators are in different units: the chart compares how many proposals report each.
    expect(table("delivery-indicators").chart).toEqual([
      { label: "Jobs created", value: 1, text: "1 proposal" },
      { label: "People reached", value: 1, text: "1 proposal" },
    ]);
    expect(table("delivery-stages").rows).toEqual([
      ["Adopted into the plan", 1],
      ["In delivery", 0],
      ["Delivered", 0],
    ]);
  });

  it("shows small numbers as the suppression says, in the table the CSV serves", () => {
    const age = table("equality-age-band");
    expect(age.rows.find((row) => row[0] === "25–34")).toEqual(["25–34", "fewer than 5", "withheld", "–", "–"]);
    expect(age.rows.at(-1)).toEqual(["All who answered any question", "fewer than 5", "–", "–", "–"]);
    expect(age.note).toBe("The region's figures for this question have not been loaded, so residents' shares are not shown.");
  });
});
