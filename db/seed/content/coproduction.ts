import type { CoproductionSeed } from "./types";

/**
 * Needs, pledges, endorsements and partners by proposal key. Quantities are in the plan's unit for
 * the pledge kind (plans.ts): hours, pounds, sessions, placements.
 */
export const coproductionSeeds: Record<string, CoproductionSeed> = {
  "i-homework-club": {
    needs: [
      { key: "tea", kind: "procurement", description: "Someone to cook a hot tea for 25 kids three times a week", status: "met" },
      { key: "helpers", kind: "volunteer_hours", description: "Volunteers who are good with maths (GCSE level) on a Wednesday", status: "open" },
      { key: "laptops", kind: "equipment", description: "6-8 laptops that can stay at the library", status: "open" },
    ],
    pledges: [
      { by: "kwame", org: "good-grub", kind: "procurement", quantity: 9_000, description: "Hot teas cooked in the Good Grub kitchen and brought over, charged at cost.", status: "confirmed", need: "tea" },
      { by: "ruth", kind: "volunteer_hours", quantity: 60, description: "Retired maths teacher. Wednesdays, every week in term time.", status: "offered", need: "helpers" },
      { by: "fatima", kind: "volunteer_hours", quantity: 40, description: "I can do Mondays and help with reading for the little ones.", status: "offered" },
      { by: "femi", org: "college", kind: "skills", quantity: 12, description: "Careers sessions for the Year 10 and 11s, once a half term.", status: "offered" },
    ],
    endorsements: [
      { org: "pantry", by: "bernie", statement: "Half our member families would use this. Kayleigh has done her homework (sorry)." },
      { org: "northbridge-homes", by: "andy", statement: "Overcrowding is the number one issue our tenancy officers see in St Aidan's. This helps." },
    ],
  },
  "i-towers-retrofit": {
    needs: [
      { key: "trainees", kind: "skills", description: "Retrofit trainees on site alongside the contractor", status: "met" },
      { key: "liaison-room", kind: "premises", description: "A base for the resident liaison officer during works", status: "met" },
    ],
    pledges: [
      { by: "sharon", org: "eastgate-tra", kind: "premises", quantity: 40, description: "Community room two mornings a week during works, for the liaison drop-ins.", status: "confirmed", need: "liaison-room" },
      { by: "lorraine", org: "college", kind: "skills", quantity: 300, description: "Tutor time supervising 8 retrofit academy learners on site.", status: "offered", need: "trainees" },
      { by: "zoe", org: "council-housing", kind: "money", quantity: 250_000, description: "Phase two match funding from the Housing Revenue Account, subject to cabinet approval.", status: "offered" },
      { by: "dawn", org: "eastgate-tra", kind: "volunteer_hours", quantity: 80, description: "Door-knocking every flat before and during works.", status: "offered" },
      { by: "rachel", org: "bracken-energy", kind: "skills", quantity: 20, description: "Energy advice sessions for tenants once the insulation is on, so people actually see the savings.", status: "offered" },
    ],
    endorsements: [
      { org: "council-housing", by: "zoe", statement: "Brack Tower is top of our retrofit list. Tenant involvement on this scale would be a first for us." },
      { org: "nhs-place", by: "samira", statement: "GPs at Eastgate Health Centre see the respiratory effects of damp in these flats every week." },
    ],
    partners: [
      { org: "college", by: "lorraine", role: "On-site training through the retrofit academy", status: "agreed" },
      { org: "council-housing", by: "zoe", role: "Landlord; procures and manages the works", status: "agreed" },
    ],
  },
  "i-eastgate-launderette": {
    needs: [{ key: "unit", kind: "premises", description: "Agreement from the council's estates team to lease Unit 4 on the Parade", status: "open" }],
    pledges: [
      { by: "maureen", kind: "volunteer_hours", quantity: 100, description: "I'll do Tuesday and Friday mornings on the counter.", status: "offered" },
      { by: "rachel", org: "bracken-energy", kind: "skills", quantity: 48, description: "Energy advice drop-in one morning a week for the first year.", status: "offered" },
    ],
    endorsements: [{ org: "eastgate-tra", by: "sharon", statement: "Maureen has been on about this for years and she's right." }],
  },
  "i-good-grub-academy": {
    needs: [
      { key: "mentors", kind: "skills", description: "Chefs from local restaurants to mentor trainees", status: "open" },
      { key: "jobs", kind: "jobs", description: "Kitchens willing to guarantee an interview", status: "open" },
    ],
    pledges: [
      { by: "kwame", org: "good-grub", kind: "premises", quantity: 150, description: "The Good Grub kitchen, 3 days a week for the year.", status: "confirmed" },
      { by: "owen", org: "brackside-logistics", kind: "procurement", quantity: 30_000, description: "Move our staff canteen's weekend catering to Good Grub for a year.", status: "offered", need: "jobs" },
      { by: "femi", org: "college", kind: "skills", quantity: 36, description: "Assessor time for the Level 2 Professional Cookery qualification.", status: "confirmed" },
    ],
  },
  "i-pantry-van": {
    needs: [
      { key: "driver", kind: "volunteer_hours", description: "Volunteer drivers with a full licence for Fridays", status: "open" },
      { key: "pitch", kind: "premises", description: "A pitch and toilets at Cinder Hill", status: "met" },
    ],
    pledges: [
      { by: "marcus", org: "cinder-youth", kind: "premises", quantity: 50, description: "Pitch outside the community centre and use of toilets and the hall if it rains.", status: "confirmed", need: "pitch" },
      { by: "pete", kind: "volunteer_hours", quantity: 100, description: "Retired HGV driver. Fridays are mine.", status: "offered", need: "driver" },
      { by: "owen", org: "brackside-logistics", kind: "skills", quantity: 16, description: "Our fleet team will service the van and train volunteer drivers.", status: "offered" },
      { by: "samira", org: "nhs-place", kind: "money", quantity: 5_000, description: "Prevention fund contribution towards year two running costs.", status: "offered" },
    ],
    endorsements: [{ org: "cinder-youth", by: "marcus", statement: "Yes please." }],
  },
  "i-cinder-evening-bus": {
    pledges: [
      { by: "marcus", org: "cinder-youth", kind: "volunteer_hours", quantity: 120, description: "Our D1 drivers can cover Friday and Saturday nights.", status: "offered" },
      { by: "janet", kind: "volunteer_hours", quantity: 30, description: "I'll count passengers and do the survey so the council has the numbers.", status: "offered" },
    ],
    endorsements: [
      { org: "cinder-youth", by: "marcus", statement: "Kids miss college evening classes because of the 7pm bus. Simple as that." },
      { org: "brackside-logistics", by: "sunita", statement: "Would help our late shift recruitment from Cinder Hill." },
    ],
  },
  "i-cinder-boxing": {
    needs: [{ key: "coach", kind: "skills", description: "A qualified England Boxing coach for Thursday nights", status: "open" }],
    pledges: [{ by: "tasha", org: "cinder-youth", kind: "volunteer_hours", quantity: 90, description: "Tuesday sessions all year.", status: "confirmed" }],
  },
  "i-alley-gardens": {
    needs: [
      { key: "planters", kind: "equipment", description: "Planters and compost", status: "open" },
      { key: "hands", kind: "volunteer_hours", description: "Helpers for six build days in spring", status: "open" },
    ],
    pledges: [
      { by: "jean", org: "friends-rec", kind: "equipment", quantity: 800, description: "Our tool store and litter-pick kit for every build day.", status: "confirmed" },
      { by: "shazia", kind: "volunteer_hours", quantity: 24, description: "All six build days, and I'll bring my three.", status: "offered", need: "hands" },
      { by: "paul", org: "northbridge-homes", kind: "volunteer_hours", quantity: 64, description: "Staff volunteering days: 8 of our team for a day on two build days.", status: "offered", need: "hands" },
      { by: "owen", org: "brackside-logistics", kind: "equipment", quantity: 1_200, description: "Pallets and a van to deliver planters.", status: "withdrawn" },
    ],
    endorsements: [{ org: "friends-rec", by: "jean", statement: "We'll look after them, we've got the volunteers." }],
  },
  "i-fly-tipping": {
    pledges: [
      { by: "dean", kind: "volunteer_hours", quantity: 36, description: "Skip days: I'll help older people carry stuff down.", status: "offered" },
      { by: "andy", org: "northbridge-homes", kind: "money", quantity: 6_000, description: "A third of the skip costs, since most of the fly-tipping is on our land.", status: "offered" },
    ],
  },
  "i-job-coaches": {
    needs: [{ key: "employers", kind: "jobs", description: "Employers who'll offer guaranteed interviews", status: "open" }],
    pledges: [
      { by: "sunita", org: "brackside-logistics", kind: "jobs", quantity: 6, description: "Six warehouse operative roles ring-fenced for people the coaches work with.", status: "offered", need: "employers" },
      { by: "neil", org: "holroyd", kind: "jobs", quantity: 2, description: "Two trainee machine operator posts a year.", status: "offered", need: "employers" },
      { by: "bernie", org: "pantry", kind: "premises", quantity: 48, description: "A private room at the pantry every Tuesday for meetings.", status: "confirmed" },
    ],
    partners: [{ org: "pantry", by: "bernie", role: "Hosts a weekly drop-in and refers members", status: "agreed" }],
  },
  "i-interchange-showers": {
    pledges: [
      { by: "ola", kind: "volunteer_hours", quantity: 50, description: "Saturday mornings.", status: "offered" },
      { by: "ellie", org: "bike-kitchen", kind: "skills", quantity: 10, description: "Free bike repairs for people using the centre.", status: "offered" },
    ],
  },
  "i-cargo-bikes": {
    needs: [{ key: "storage", kind: "premises", description: "Secure overflow storage in Eastgate", status: "open" }],
    pledges: [
      { by: "danny", org: "bike-kitchen", kind: "skills", quantity: 120, description: "Maintenance and training sessions.", status: "confirmed" },
      { by: "jas", org: "market-traders", kind: "money", quantity: 1_500, description: "Traders will pay a monthly hire fee; this is our commitment for year one.", status: "offered" },
    ],
    endorsements: [{ org: "market-traders", by: "jas", statement: "At least five of our traders would use one for deliveries." }],
  },
  "i-esol-creche": {
    needs: [
      { key: "creche", kind: "skills", description: "Qualified crèche workers (Level 3)", status: "open" },
      { key: "room", kind: "premises", description: "A second room next to the classroom", status: "met" },
    ],
    pledges: [
      { by: "lorraine", org: "college", kind: "skills", quantity: 288, description: "An ESOL tutor for three mornings a week for 32 weeks.", status: "confirmed" },
      { by: "sian", org: "refugee-welcome", kind: "volunteer_hours", quantity: 96, description: "Conversation volunteer, Tuesday and Thursday.", status: "offered" },
      { by: "hannah", org: "refugee-welcome", kind: "premises", quantity: 96, description: "We've agreed both rooms at Westbrook Methodist at no charge.", status: "confirmed", need: "room" },
    ],
    partners: [{ org: "college", by: "lorraine", role: "Provides the tutor and accredits the course", status: "agreed" }],
  },
  "i-terrace-retrofit": {
    pledges: [
      { by: "rachel", org: "bracken-energy", kind: "skills", quantity: 80, description: "Whole-house surveys for all 40 homes.", status: "offered" },
      { by: "femi", org: "college", kind: "jobs", quantity: 4, description: "Four retrofit trainees placed with the contractor.", status: "offered" },
    ],
  },
  "i-school-solar": {
    pledges: [
      { by: "rachel", org: "bracken-energy", kind: "money", quantity: 20_000, description: "Raised through a community share offer.", status: "offered" },
      { by: "ian", org: "bracken-energy", kind: "volunteer_hours", quantity: 30, description: "School solar sessions in the spring term.", status: "offered" },
    ],
  },
  "i-pre-apprenticeship": {
    needs: [{ key: "recruit", kind: "volunteer_hours", description: "Youth workers to help recruit on the estates", status: "open" }],
    pledges: [
      { by: "neil", org: "holroyd", kind: "jobs", quantity: 4, description: "Four Level 3 apprenticeships for finishers in 2027.", status: "confirmed" },
      { by: "claire", org: "holroyd", kind: "skills", quantity: 200, description: "Workshop supervision and mentoring from our shop floor team.", status: "confirmed" },
      { by: "femi", org: "college", kind: "skills", quantity: 120, description: "Maths and technical drawing, two days a week.", status: "offered" },
      { by: "marcus", org: "cinder-youth", kind: "volunteer_hours", quantity: 20, description: "We'll bring our older lads and lasses to the open days.", status: "offered", need: "recruit" },
    ],
    endorsements: [{ org: "brackside-logistics", by: "owen", statement: "We'd take finishers into our fleet maintenance team too." }],
    partners: [{ org: "college", by: "femi", role: "Off-the-job training", status: "agreed" }],
  },
  "i-shift-shuttle": {
    pledges: [
      { by: "owen", org: "brackside-logistics", kind: "money", quantity: 40_000, description: "Half the year-two running costs, with three other employers.", status: "offered" },
      { by: "neil", org: "holroyd", kind: "money", quantity: 8_000, description: "Holroyd's share of year-two running costs.", status: "offered" },
    ],
    endorsements: [{ org: "holroyd", by: "claire", statement: "Our 6am shift would benefit most. Happy to put money in." }],
  },
  "i-dementia-cafe": {
    pledges: [
      { by: "ruth", kind: "volunteer_hours", quantity: 150, description: "Organising, and I'll bake.", status: "offered" },
      { by: "colin", kind: "volunteer_hours", quantity: 50, description: "Bowls club will do lifts for people who can't drive.", status: "offered" },
    ],
  },
  "i-library-jobs-hub": {
    pledges: [{ by: "femi", org: "college", kind: "skills", quantity: 40, description: "Thursday jobs club with a careers adviser, fortnightly.", status: "offered" }],
  },
  "i-mens-shed": {
    needs: [{ key: "tools", kind: "equipment", description: "Hand and power tools", status: "open" }],
    pledges: [
      { by: "george", kind: "volunteer_hours", quantity: 200, description: "Two days a week. I'm not going anywhere.", status: "offered" },
      { by: "mark", org: "sowerbys", kind: "equipment", quantity: 300, description: "Our old bakery workbenches, good solid beech.", status: "offered", need: "tools" },
      { by: "neil", org: "holroyd", kind: "equipment", quantity: 1_500, description: "Some retired workshop tools (pillar drill, bandsaw) in good working order.", status: "offered", need: "tools" },
    ],
    endorsements: [{ org: "sowerbys", by: "mark", statement: "My dad would have loved this." }],
  },
  "i-bakery-apprentices": {
    pledges: [
      { by: "mark", org: "sowerbys", kind: "jobs", quantity: 2, description: "Two apprenticeships a year, kept on if they finish.", status: "confirmed" },
      { by: "femi", org: "college", kind: "skills", quantity: 30, description: "Off-the-job training for the Level 2 Baker standard.", status: "offered" },
    ],
  },
  "i-market-startups": {
    needs: [{ key: "course", kind: "skills", description: "A short market-trading course", status: "met" }],
    pledges: [
      { by: "jas", org: "market-traders", kind: "skills", quantity: 240, description: "Mentoring by 20 established traders.", status: "confirmed" },
      { by: "lorraine", org: "college", kind: "skills", quantity: 24, description: "Market trading short course, twice a year.", status: "confirmed", need: "course" },
      { by: "mo", org: "market-traders", kind: "equipment", quantity: 600, description: "Spare gazebo, tables and a card reader for trial traders.", status: "offered" },
    ],
    endorsements: [{ org: "good-grub", by: "kwame", statement: "We started on a market stall. This is how it should work." }],
  },
  "i-muga-football": {
    pledges: [{ by: "abdi", kind: "volunteer_hours", quantity: 60, description: "I'll help out on the girls' night, I coach my daughter's team.", status: "offered" }],
  },
  "i-retrofit-bootcamp": {
    pledges: [
      { by: "lorraine", org: "college", kind: "money", quantity: 60_000, description: "Course delivery from our adult skills budget.", status: "confirmed" },
      { by: "rachel", org: "bracken-energy", kind: "jobs", quantity: 1, description: "One paid energy assessor post for a graduate.", status: "offered" },
      { by: "paul", org: "northbridge-homes", kind: "jobs", quantity: 2, description: "Two retrofit coordinator posts in our asset team.", status: "offered" },
    ],
    partners: [{ org: "northbridge-homes", by: "paul", role: "Employer; site visits on our stock", status: "proposed" }],
  },
  "i-green-gym": {
    pledges: [{ by: "jean", org: "friends-rec", kind: "volunteer_hours", quantity: 50, description: "We'll host and lead the conservation tasks.", status: "offered" }],
    partners: [{ org: "friends-rec", by: "jean", role: "Host on Millfield Rec", status: "agreed" }],
  },
  "i-starter-packs": {
    pledges: [{ by: "andy", org: "northbridge-homes", kind: "volunteer_hours", quantity: 40, description: "Tenancy team will deliver and fit the packs.", status: "offered" }],
  },
  "i-community-organisers": {
    pledges: [
      { by: "dawn", org: "eastgate-tra", kind: "premises", quantity: 100, description: "Desk space in the community room.", status: "offered" },
      { by: "bernie", org: "pantry", kind: "volunteer_hours", quantity: 20, description: "Introductions to our members.", status: "declined" },
    ],
  },
  "i-refugee-drivers": {
    pledges: [{ by: "sunita", org: "brackside-logistics", kind: "jobs", quantity: 3, description: "HGV training places for three people who pass.", status: "offered" }],
  },
  "i-pennine-play": {
    pledges: [{ by: "lucy", kind: "volunteer_hours", quantity: 40, description: "Running the design sessions with the kids.", status: "offered" }],
  },
  // The 2026 plan: pledges have moved on to confirmed and delivered.
  "p-pantry-cold-store": {
    pledges: [
      { by: "bernie", org: "pantry", kind: "volunteer_hours", quantity: 120, description: "Clearing and fitting out the store room.", status: "delivered" },
      { by: "paul", org: "northbridge-homes", kind: "money", quantity: 2_000, description: "Towards the electrics.", status: "delivered" },
    ],
  },
  "p-cinder-minibus": {
    needs: [{ key: "third-driver", kind: "volunteer_hours", description: "A third volunteer driver with a D1 licence", status: "open" }],
    pledges: [
      { by: "marcus", org: "cinder-youth", kind: "volunteer_hours", quantity: 400, description: "Volunteer drivers for a year.", status: "confirmed" },
      { by: "owen", org: "brackside-logistics", kind: "skills", quantity: 24, description: "Minibus servicing by our fleet team.", status: "delivered" },
    ],
  },
  "p-retrofit-academy": {
    pledges: [
      { by: "sharon", org: "eastgate-tra", kind: "volunteer_hours", quantity: 60, description: "Recruiting learners on the estate.", status: "delivered" },
      { by: "zoe", org: "council-housing", kind: "premises", quantity: 200, description: "Four void flats in Lister Tower for two years.", status: "confirmed" },
      { by: "paul", org: "northbridge-homes", kind: "jobs", quantity: 2, description: "Two apprenticeships in our repairs team for graduates.", status: "delivered" },
      { by: "owen", org: "brackside-logistics", kind: "procurement", quantity: 15_000, description: "Insulation materials bought through local merchants.", status: "delivered" },
    ],
    partners: [
      { org: "eastgate-tra", by: "sharon", role: "Recruitment and resident liaison", status: "agreed" },
      { org: "council-housing", by: "zoe", role: "Provides the flats and lets them afterwards", status: "agreed" },
    ],
    endorsements: [{ org: "holroyd", by: "claire", statement: "Exactly the kind of pathway the region needs." }],
  },
  "p-brackside-placements": {
    pledges: [
      { by: "owen", org: "brackside-logistics", kind: "jobs", quantity: 10, description: "Ten placements at Brackside Logistics.", status: "confirmed" },
      { by: "claire", org: "holroyd", kind: "jobs", quantity: 4, description: "Four placements at Holroyd.", status: "confirmed" },
      { by: "owen", org: "brackside-logistics", kind: "money", quantity: 75_000, description: "Our 50% of placement wages.", status: "confirmed" },
    ],
    partners: [{ org: "holroyd", by: "claire", role: "Placement employer", status: "agreed" }],
  },
  "p-bikes-for-jobseekers": {
    pledges: [
      { by: "danny", org: "bike-kitchen", kind: "skills", quantity: 150, description: "An hour with a mechanic for every bike.", status: "delivered" },
      { by: "liam", org: "bike-kitchen", kind: "volunteer_hours", quantity: 80, description: "Refurbishing bikes on Saturdays.", status: "delivered" },
    ],
  },
  "p-miners-welfare-roof": {
    pledges: [
      { by: "george", kind: "volunteer_hours", quantity: 60, description: "Clearing the hall before the builders came.", status: "delivered" },
      { by: "mark", org: "sowerbys", kind: "money", quantity: 1_000, description: "For the reopening supper.", status: "delivered" },
    ],
  },
  "p-holme-mill-workspace": {
    pledges: [
      { by: "jas", org: "market-traders", kind: "skills", quantity: 40, description: "Business mentoring for new tenants.", status: "offered" },
      { by: "devinder", kind: "volunteer_hours", quantity: 30, description: "Running tenant open days.", status: "offered" },
    ],
  },
  "p-solar-community-buildings": {
    needs: [{ key: "fifth-roof", kind: "premises", description: "Roof space on a fifth community building", status: "closed" }],
    pledges: [{ by: "rachel", org: "bracken-energy", kind: "money", quantity: 35_000, description: "Community share offer.", status: "withdrawn" }],
  },
  "p-market-trial-stalls": {
    pledges: [{ by: "jas", org: "market-traders", kind: "skills", quantity: 200, description: "Mentoring from established traders.", status: "withdrawn" }],
  },
};
