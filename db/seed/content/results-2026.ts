import type { DeliveryUpdateSeed, ResponseSeed, ShortlistSeed } from "./types";

const COUNCIL = "Northbridge City Council";
const LEP = "Northbridge & Brackside LEP";

/**
 * The 18 proposals on the 2026 ballot. Online votes are exact targets the seed meets when it
 * draws ballots; with the paper ballots below they decide the greedy outcome, which must match
 * the statuses in proposals-2026.ts.
 */
export const shortlist2026: ShortlistSeed[] = [
  {
    proposal: "p-retrofit-academy",
    finalCostPounds: 420_000,
    onlineVotes: 78,
    reason: "Over the support threshold, strong fit with Warm homes, green skills, and the council has confirmed the four void flats are available. Final cost includes £20,000 for asbestos surveys the college hadn't priced.",
    assessmentNote: "Best-evidenced skills proposal we've had. Job broker role is what makes it work; keep it. Risk: asbestos in Lister Tower voids, now costed.",
  },
  {
    proposal: "p-holme-mill-workspace",
    finalCostPounds: 380_000,
    onlineVotes: 73,
    reason: "Over the support threshold. Final cost raised to £380,000 after the council's building surveyor found the lift needs replacing to make the upper floors accessible.",
    assessmentNote: "Strong demand evidence (Devinder's survey of 64 home-based businesses). Lease terms need legal review before adoption.",
  },
  {
    proposal: "p-pantry-cold-store",
    finalCostPounds: 36_000,
    onlineVotes: 68,
    reason: "Over the support threshold. Final cost includes a three-phase electricity supply to the hall, which the second quote had left out.",
    assessmentNote: "Small, well-run, clear benefit in a decile 1 ward. Pantry has a good track record with the Place Partnership.",
  },
  {
    proposal: "p-brackside-placements",
    finalCostPounds: 150_000,
    onlineVotes: 66,
    reason: "Over the support threshold, with six employers signed up and 50% wage match confirmed in writing.",
    assessmentNote: "Employer match is real. Want to see placements ring-fenced for residents of the neighbouring deprived wards, not just anyone unemployed.",
  },
  {
    proposal: "p-bikes-for-jobseekers",
    finalCostPounds: 48_000,
    onlineVotes: 65,
    reason: "Over the support threshold. Final cost adds insurance for the trainee mechanic post.",
    assessmentNote: "Cheap per person helped. Referral routes already agreed with the Jobcentre.",
  },
  {
    proposal: "p-library-saturdays",
    finalCostPounds: 95_000,
    onlineVotes: 62,
    reason: "Over the support threshold. Library service has confirmed it can staff the extra hours.",
    assessmentNote: "Decent fit, though benefit mostly goes to a decile 8 ward. Recurring revenue cost with no exit plan after year one.",
  },
  {
    proposal: "p-solar-community-buildings",
    finalCostPounds: 210_000,
    onlineVotes: 60,
    reason: "Over the support threshold. All five buildings have had structural surveys.",
    assessmentNote: "Good model, proven at their first site. Co-production strong (community share offer).",
  },
  {
    proposal: "p-miners-welfare-roof",
    finalCostPounds: 88_000,
    onlineVotes: 57,
    reason: "Over the support threshold. Final cost adds scaffolding and a bat survey required before roof works.",
    assessmentNote: "Only community building in the village; committee is capable. Heat pump makes the running costs sustainable.",
  },
  {
    proposal: "p-market-trial-stalls",
    finalCostPounds: 60_000,
    onlineVotes: 54,
    reason: "Over the support threshold; markets service supports it.",
    assessmentNote: "Would like the council to waive the service charge too; worth re-submitting if it misses out.",
  },
  {
    proposal: "p-westbrook-shopfronts",
    finalCostPounds: 120_000,
    onlineVotes: 50,
    reason: "At the support threshold. Conservation officer has agreed a design guide.",
    assessmentNote: "Match funding from owners not yet evidenced.",
  },
  {
    proposal: "p-esol-cafes",
    finalCostPounds: 28_000,
    onlineVotes: 48,
    reason: "Over the support threshold, and fills a gap the college has confirmed.",
    assessmentNote: "Very good value. Volunteer base already exists.",
  },
  {
    proposal: "p-millfield-allotments",
    finalCostPounds: 45_000,
    onlineVotes: 45,
    reason: "At the support threshold. Allotments officer confirms the plots can be re-let.",
    assessmentNote: "Modest fit with the priorities but strong community involvement.",
  },
  {
    proposal: "p-alley-gating",
    finalCostPounds: 65_000,
    onlineVotes: 43,
    reason: "At the support threshold. Community safety team supports it; consultation with residents on each alley still needed.",
    assessmentNote: "Needs 100% consent per alley, which takes time. Lighting half could be done by highways anyway.",
  },
  {
    proposal: "p-highfield-pavilion",
    finalCostPounds: 140_000,
    onlineVotes: 37,
    reason: "Over the support threshold. Sport England advised on the design.",
    assessmentNote: "Would benefit teams from across the city, not just Highfield. FA match not confirmed.",
  },
  {
    proposal: "p-ashby-cycle-link",
    finalCostPounds: 160_000,
    onlineVotes: 34,
    reason: "At the support threshold. Highways has costed the two crossings.",
    assessmentNote: "Expensive per user. Land ownership on 300m of the route unresolved.",
  },
  {
    proposal: "p-pennine-orchard",
    finalCostPounds: 12_000,
    onlineVotes: 28,
    reason: "At the support threshold. Parks service will adopt the trees.",
    assessmentNote: "Cheap and cheerful; weak on the priorities.",
  },
  {
    proposal: "p-cinder-minibus",
    finalCostPounds: 74_000,
    onlineVotes: 61,
    reason: "Over the support threshold. Final cost includes the wheelchair lift option, which residents asked for in the comments.",
    assessmentNote: "Directly addresses the Getting about priority on the worst-connected estate in the city.",
  },
  {
    proposal: "p-defibrillator",
    finalCostPounds: 3_500,
    onlineVotes: 23,
    reason: "Below the support threshold but shortlisted by officers: small, urgent and in a neighbourhood 20 minutes from an ambulance station.",
    assessmentNote: "Obviously yes.",
  },
];

/** Paper ballots entered by officers after the drop-in sessions at Cinder Hill and the pantry. */
export const paperBallots2026: string[][] = [
  ["p-pantry-cold-store", "p-cinder-minibus", "p-defibrillator"],
  ["p-pantry-cold-store", "p-alley-gating", "p-retrofit-academy"],
  ["p-cinder-minibus", "p-defibrillator", "p-millfield-allotments", "p-pantry-cold-store"],
  ["p-retrofit-academy", "p-pantry-cold-store"],
  ["p-cinder-minibus", "p-defibrillator"],
  ["p-alley-gating", "p-millfield-allotments", "p-pantry-cold-store", "p-market-trial-stalls"],
];

const selected = (by: string, body: string): ResponseSeed => ({ status: "selected", by, respondingBody: LEP, body, date: "2026-03-03T10:00:00Z" });
const notSelected = (by: string, body: string): ResponseSeed => ({ status: "not_selected", by, respondingBody: LEP, body, date: "2026-03-03T10:00:00Z" });
const adopted = (body: string): ResponseSeed => ({ status: "adopted", by: "helen", respondingBody: LEP, body, date: "2026-03-16T12:00:00Z" });

/** "You said, we did": official responses after the shortlist, beyond the shortlisting itself. */
export const responses2026: Record<string, ResponseSeed[]> = {
  "p-retrofit-academy": [
    selected("helen", "Selected with the most votes of any project. Congratulations to the college, the TRA and everyone who voted."),
    adopted("Adopted into the Northbridge People's Plan 2026 as project 1."),
    { status: "in_delivery", by: "gareth", respondingBody: COUNCIL, body: "Works to the first two flats started on 8 June. First cohort of 14 learners began on 15 June.", date: "2026-06-16T09:00:00Z" },
  ],
  "p-holme-mill-workspace": [
    selected("helen", "Selected by residents. Before it is adopted into the plan, the council's legal team needs to agree the lease with the building's owner; we'll add it in the next version of the plan once that's done."),
  ],
  "p-pantry-cold-store": [
    selected("tom", "Selected from the ring-fence for deprived neighbourhoods."),
    adopted("Adopted into the plan."),
    { status: "in_delivery", by: "aisha", respondingBody: COUNCIL, body: "Order placed with the installer; electrical works booked for May.", date: "2026-04-20T09:00:00Z" },
    { status: "delivered", by: "aisha", respondingBody: COUNCIL, body: "The cold store has been installed and signed off. Well done to Bernie and the team.", date: "2026-06-02T14:00:00Z" },
  ],
  "p-brackside-placements": [
    selected("tom", "Selected. We've asked Brackside Logistics to prioritise applicants from Eastgate, St Aidan's and Cinder Hill, which they have agreed to."),
    adopted("Adopted into the plan. Placements will start with the January 2027 intake, when the employers' new shift patterns begin."),
  ],
  "p-bikes-for-jobseekers": [
    selected("tom", "Selected."),
    adopted("Adopted into the plan."),
    { status: "in_delivery", by: "gareth", respondingBody: COUNCIL, body: "First 40 bikes handed out in April.", date: "2026-04-28T09:00:00Z" },
    { status: "delivered", by: "gareth", respondingBody: COUNCIL, body: "All 150 bikes have been handed out, ahead of schedule. The trainee mechanic has been kept on by the Bike Kitchen.", date: "2026-09-30T15:00:00Z" },
  ],
  "p-library-saturdays": [
    notSelected("helen", "Not selected: with 62 votes it was next in line, but its £95,000 did not fit the £88,500 left. The library service is looking at a smaller version from its own budget, and we'd encourage a proposal for 2027."),
  ],
  "p-solar-community-buildings": [
    notSelected("helen", "Not selected. The LEP's net zero team would like to talk to Brackenhurst Community Energy about the regional community energy fund."),
  ],
  "p-miners-welfare-roof": [
    selected("helen", "Selected: its £88,000 fitted the £88,500 left once the projects with more votes were funded."),
    adopted("Adopted into the plan."),
    { status: "in_delivery", by: "gareth", respondingBody: COUNCIL, body: "Bat survey done (no bats), scaffolding up 11 May.", date: "2026-05-12T09:00:00Z" },
    { status: "delivered", by: "gareth", respondingBody: COUNCIL, body: "Roof and heat pump complete; the Welfare reopened the main hall on 5 September.", date: "2026-09-07T10:00:00Z" },
  ],
  "p-market-trial-stalls": [
    notSelected("tom", "Not selected this year. Please do come back with it for 2027; the markets service has said it'll look at waiving the service charge on trial stalls."),
  ],
  "p-westbrook-shopfronts": [notSelected("tom", "Not selected.")],
  "p-esol-cafes": [
    notSelected("helen", "Not selected: it would have been good value, but the budget had run out by the time it came up on votes. We've passed it to the adult learning team."),
  ],
  "p-millfield-allotments": [notSelected("helen", "Not selected, including in the ring-fence stage, where it did not fit the £10,000 left.")],
  "p-alley-gating": [notSelected("helen", "Not selected. Highways will fix the broken lights on Aidan's Walk from its maintenance budget.")],
  "p-highfield-pavilion": [notSelected("tom", "Not selected.")],
  "p-ashby-cycle-link": [notSelected("tom", "Not selected.")],
  "p-pennine-orchard": [notSelected("tom", "Not selected. The parks team has offered 10 fruit trees from its own planting programme this winter.")],
  "p-cinder-minibus": [
    selected("tom", "Selected from the ring-fence for deprived neighbourhoods."),
    adopted("Adopted into the plan."),
    { status: "in_delivery", by: "aisha", respondingBody: COUNCIL, body: "Minibus ordered; delivery expected in July because of the wheelchair lift conversion.", date: "2026-04-24T09:00:00Z" },
  ],
  "p-defibrillator": [
    selected("tom", "Selected from the ring-fence for deprived neighbourhoods."),
    adopted("Adopted into the plan."),
    { status: "delivered", by: "aisha", respondingBody: COUNCIL, body: "Defibrillator installed on 14 April and registered on The Circuit. CPR sessions held on 22 and 29 April.", date: "2026-04-30T09:00:00Z" },
  ],
  // Not shortlisted: officers said why, as the plan's rules ask.
  "p-st-aidans-nursery": [
    {
      status: "published",
      by: "gareth",
      respondingBody: COUNCIL,
      body: "Thank you. At £450,000 a year of running costs this is beyond what the plan can fund, but the early years team is reviewing childcare sufficiency in St Aidan's and has asked to meet you.",
      date: "2026-01-20T11:00:00Z",
    },
  ],
  "p-moor-lane-potholes": [
    {
      status: "published",
      by: "aisha",
      respondingBody: COUNCIL,
      body: "Road maintenance is funded from the highways budget rather than the people's plan, so we haven't shortlisted this. We've passed it to highways, who have Moor Lane in their 2026/27 resurfacing programme.",
      date: "2026-01-20T11:00:00Z",
    },
  ],
  "p-crisis-cafe": [
    {
      status: "published",
      by: "gareth",
      respondingBody: COUNCIL,
      body: "Not shortlisted because the NHS Place Partnership has agreed to commission the crisis café directly from April 2026. Good news all round.",
      date: "2026-01-20T11:00:00Z",
    },
  ],
};

/** Responses to 2027 ideas so far: officers flag overlaps early in the ideas phase. */
export const responses2027: Record<string, ResponseSeed[]> = {
  "i-retail-park-crossing": [
    {
      status: "published",
      by: "gareth",
      respondingBody: COUNCIL,
      body: "Thanks Bogdan. Highways have this location on their road safety list; they'll post an update here on whether it can be funded from the local transport plan before the ideas phase closes.",
      date: "2026-10-23T10:00:00Z",
    },
  ],
  "i-dog-bins": [
    {
      status: "withdrawn",
      by: "aisha",
      respondingBody: COUNCIL,
      body: "Confirmed: the four bins and the one on Sidings Lane go in before Christmas from the cleansing budget.",
      date: "2026-10-20T12:00:00Z",
    },
  ],
};

export const deliveryUpdates2026: Record<string, DeliveryUpdateSeed[]> = {
  "p-pantry-cold-store": [
    { by: "bernie", date: "2026-05-18", milestone: "Electrics done", body: "Three-phase supply is in. The hall's lights don't flicker any more either, which is a bonus." },
    {
      by: "bernie",
      date: "2026-06-02",
      milestone: "Cold store open",
      body: "First full pallet from FareShare today: yoghurts, chicken, 40 bags of salad. Members were queuing out the door. Volunteers put in a lot of hours getting the store room ready.",
      indicators: { volunteer_hours: 120, people_reached: 310 },
    },
    {
      by: "bernie",
      date: "2026-09-15",
      milestone: null,
      body: "Three months in: we now take about 1.2 tonnes of fresh food a week that we'd have turned away. Membership is up to 360 households.",
      indicators: { people_reached: 360, volunteer_hours: 640 },
    },
  ],
  "p-defibrillator": [
    {
      by: "tasha",
      date: "2026-04-29",
      milestone: "Installed and people trained",
      body: "Defib is up on the launderette wall. 46 people came to the two CPR sessions, including a load of the youth club.",
      indicators: { people_reached: 46, volunteer_hours: 12 },
    },
  ],
  "p-bikes-for-jobseekers": [
    {
      by: "ellie",
      date: "2026-06-30",
      milestone: "75 bikes",
      body: "Halfway. Most referrals are coming from the Jobcentre and the pantry. Lots of warehouse starters on Brackside.",
      indicators: { people_reached: 75, local_spend_pence: 640_000 },
    },
    {
      by: "ellie",
      date: "2026-09-26",
      milestone: "All 150 bikes out",
      body: "All 150 done. We followed up with the first 50: 41 still in the job or training they got the bike for. Sam, our trainee mechanic, now works for us permanently.",
      indicators: { people_reached: 150, jobs_created: 1, apprenticeships: 1, local_spend_pence: 1_850_000 },
    },
  ],
  "p-miners-welfare-roof": [
    {
      by: "george",
      date: "2026-09-05",
      milestone: "Hall reopened",
      body: "Hall reopened with a brass band concert and a pie and pea supper. Warm as toast. The builders were from Kirkby and took on a lad from the village as a labourer for the job.",
      indicators: { jobs_created: 1, local_spend_pence: 6_200_000, people_reached: 180 },
    },
  ],
  "p-cinder-minibus": [
    {
      by: "marcus",
      date: "2026-07-21",
      milestone: "Minibus arrived",
      body: "She's here! Wheelchair lift and all. First shopping run to the retail park on Monday.",
    },
    {
      by: "marcus",
      date: "2026-10-12",
      milestone: null,
      body: "About 90 passenger trips a week now. Wednesday health centre run is fully booked every week so we're adding a Friday one. Still need a third volunteer driver.",
      indicators: { people_reached: 210, volunteer_hours: 260 },
    },
  ],
  "p-retrofit-academy": [
    {
      by: "lorraine",
      date: "2026-06-15",
      milestone: "First cohort started",
      body: "14 learners started, 9 of them from Eastgate, St Aidan's or Cinder Hill. The TRA's door-knocking filled the places in a fortnight.",
      indicators: { people_reached: 14 },
    },
    {
      by: "lorraine",
      date: "2026-10-01",
      milestone: "First two flats finished",
      body: "Flats 3 and 7 are finished and have gone to families from the waiting list. Eleven of the first cohort completed; six are already in work with our contractor partners and two have started apprenticeships.",
      indicators: { jobs_created: 6, apprenticeships: 2, people_reached: 14, local_spend_pence: 9_400_000 },
    },
  ],
  "p-brackside-placements": [
    {
      by: "sunita",
      date: "2026-10-20",
      milestone: "Recruitment open",
      body: "Applications are open for the January intake. Drop-in sessions at the pantry and the Eastgate community room in November.",
    },
  ],
};
