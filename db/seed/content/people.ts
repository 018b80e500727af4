import type { PersonSeed, StaffRole } from "./types";

const person = (
  key: string,
  name: string,
  type: PersonSeed["type"],
  home: string | null,
  joined: string,
  extra: { verified?: boolean; staff?: StaffRole[]; email?: string } = {},
): PersonSeed => ({
  key,
  name,
  email: extra.email ?? `${name.toLowerCase().replace(/[^a-z ]/g, "").trim().replace(/ +/g, ".")}@example.org`,
  type,
  home,
  verified: extra.verified ?? false,
  staff: extra.staff,
  joined,
});

/** The named people of the demo: staff, organisation members and residents who write the content. */
export const peopleSeeds: PersonSeed[] = [
  // Staff. Participant type is separate from staff role: Priya and Gareth are also residents.
  person("priya", "Priya Raman", "resident", "westbrook", "2025-06-02", { verified: true, staff: ["admin"] }),
  person("gareth", "Gareth Lowe", "resident", "kirkby-edge", "2025-06-09", { verified: true, staff: ["moderator"] }),
  person("aisha", "Aisha Siddiqui", "public_body", "millfield", "2025-06-09", { verified: true, staff: ["moderator"] }),
  person("helen", "Helen Marsh", "public_body", "ashby-moor", "2025-06-16", { verified: true, staff: ["reviewer"] }),
  person("tom", "Tom Oduya", "public_body", "thornleigh", "2025-06-16", { verified: true, staff: ["reviewer"] }),

  // Residents.
  person("kayleigh", "Kayleigh Brennan", "resident", "st-aidans", "2025-10-03", { verified: true }),
  person("devinder", "Devinder Sandhu", "resident", "millfield", "2025-10-06"),
  person("mo", "Mohammed Iqbal", "resident", "millfield", "2025-10-02", { verified: true }),
  person("janet", "Janet Hollis", "resident", "cinder-hill", "2025-10-04", { verified: true }),
  person("kev", "Kevin Doyle", "resident", "eastgate", "2025-10-04"),
  person("ola", "Olamide Adeyemi", "resident", "wharfside", "2025-10-14"),
  person("ruth", "Ruth Ackroyd", "resident", "highfield-park", "2025-10-01", { verified: true }),
  person("liam", "Liam Fraser", "resident", "westbrook", "2025-10-20"),
  person("bogdan", "Bogdan Nowak", "resident", "brackenhurst", "2025-11-02"),
  person("fatima", "Fatima Begum", "resident", "st-aidans", "2025-10-08", { verified: true }),
  person("george", "George Pickersgill", "resident", "kirkby-edge", "2025-10-01", { verified: true }),
  person("chloe", "Chloe Atkinson", "resident", "thornleigh", "2025-10-07"),
  person("abdi", "Abdirahman Hassan", "resident", "eastgate", "2025-10-09", { verified: true }),
  person("megan", "Megan Lister", "resident", "pennine-view", "2025-10-22"),
  person("stuart", "Stuart Greenwood", "resident", "ashby-moor", "2025-10-22"),
  person("nadia", "Nadia Kowalczyk", "resident", "wharfside", "2026-09-29"),
  person("pete", "Pete Sutcliffe", "resident", "cinder-hill", "2025-10-07"),
  person("hannah", "Hannah Okoro", "resident", "westbrook", "2025-10-12"),
  person("ian", "Ian Barraclough", "resident", "brackenhurst", "2025-10-25"),
  person("shazia", "Shazia Akhtar", "resident", "millfield", "2025-10-03", { verified: true }),
  person("dean", "Dean Hartley", "resident", "st-aidans", "2025-10-14"),
  person("maureen", "Maureen Clegg", "resident", "eastgate", "2025-10-02", { verified: true }),
  person("josh", "Josh Whitworth", "resident", "thornleigh", "2026-10-02"),
  person("amira", "Amira Haddad", "resident", "wharfside", "2025-10-19"),
  person("colin", "Colin Marsden", "resident", "highfield-park", "2025-10-15"),
  person("tasha", "Natasha Greaves", "resident", "cinder-hill", "2025-10-06", { verified: true }),
  person("rob", "Rob Kenyon", "resident", "kirkby-edge", "2025-10-28"),
  person("lucy", "Lucy Fairbairn", "resident", "pennine-view", "2026-10-05"),
  person("yusuf", "Yusuf Mahmood", "resident", "eastgate", "2025-10-10"),
  person("sian", "Siân Roberts", "resident", "westbrook", "2025-10-18", { email: "sian.roberts@example.org" }),
  person("graham", "Graham Ingham", "resident", "ashby-moor", "2025-10-30"),
  person("brian", "Brian Moffat", "resident", "cinder-hill", "2026-10-08"),

  // Community and voluntary groups.
  person("sharon", "Sharon Whitaker", "community_voluntary", "eastgate", "2025-09-15", { verified: true }),
  person("dawn", "Dawn Metcalfe", "community_voluntary", "eastgate", "2025-09-20", { verified: true }),
  person("bernie", "Bernadette Kelly", "community_voluntary", "st-aidans", "2025-09-16", { verified: true }),
  person("farid", "Farid Ahmadi", "community_voluntary", "westbrook", "2025-09-22"),
  person("marcus", "Marcus Reid", "community_voluntary", "cinder-hill", "2025-09-18", { verified: true }),
  person("jean", "Jean Pollard", "community_voluntary", "millfield", "2025-09-25"),
  person("asif", "Asif Rehman", "community_voluntary", "millfield", "2025-09-26"),

  // Social enterprises.
  person("ellie", "Ellie Moss", "social_enterprise", "wharfside", "2025-09-17", { verified: true }),
  person("danny", "Danny Lam", "social_enterprise", "westbrook", "2025-09-30"),
  person("kwame", "Kwame Mensah", "social_enterprise", "eastgate", "2025-09-19"),
  person("rachel", "Rachel Sugden", "social_enterprise", "brackenhurst", "2025-09-24"),

  // Businesses.
  person("claire", "Claire Holroyd", "business", "ashby-moor", "2025-09-16"),
  person("neil", "Neil Thackray", "business", "thornleigh", "2025-09-23"),
  person("owen", "Owen Price", "business", "highfield-park", "2025-10-01"),
  person("sunita", "Sunita Chauhan", "business", "pennine-view", "2025-10-01"),
  person("mark", "Mark Sowerby", "business", "kirkby-edge", "2025-10-09"),
  person("jas", "Jaspreet Kaur", "business", "millfield", "2025-09-29"),

  // Public bodies.
  person("zoe", "Zoe Addison", "public_body", "pennine-view", "2025-06-20", { verified: true }),
  person("lorraine", "Lorraine Firth", "public_body", "thornleigh", "2025-09-15"),
  person("femi", "Femi Adebayo", "public_body", "wharfside", "2025-09-18"),
  person("samira", "Samira Khan", "public_body", "westbrook", "2025-09-22"),
  person("paul", "Paul Gill", "public_body", "brackenhurst", "2025-09-17"),
  person("andy", "Andy Whiteley", "public_body", "st-aidans", "2025-10-13"),
];

export interface DemoPersona {
  email: string;
  name: string;
  description: string;
  roles: StaffRole[];
}

function persona(key: string, description: string): DemoPersona {
  const found = peopleSeeds.find((seed) => seed.key === key);
  if (!found) throw new Error(`persona ${key} is not in peopleSeeds`);
  return { email: found.email, name: found.name, description, roles: found.staff ?? [] };
}

/** Who a visitor can "sign in as" on the demo, one per kind of participant. */
export const demoPersonas: DemoPersona[] = [
  persona(
    "kayleigh",
    "Resident of St Aidan's (IMD decile 1), verified. Two kids, works part-time at the big Tesco; proposed the homework club and supports a lot of local ideas.",
  ),
  persona(
    "sharon",
    "Chair and owner of the Eastgate Tenants & Residents Association. Proposes on the association's behalf, manages its members and pledges the community room.",
  ),
  persona(
    "neil",
    "Apprenticeships and HR at Holroyd & Daughters Engineering, an admin of the business on the platform. Pledges placements and mentoring for it and answers open needs.",
  ),
  persona(
    "femi",
    "Careers adviser at Northbridge College (a public body member). Pledges training places and partners on skills proposals.",
  ),
  persona(
    "gareth",
    "Community Engagement Officer at Northbridge City Council: moderator. Runs the plans, moderates, verifies residents and organisations.",
  ),
  persona(
    "helen",
    "Programme Manager at the Northbridge & Brackside LEP: reviewer. Assesses proposals against the strategic priorities and publishes responses.",
  ),
  persona("priya", "Digital Services lead at the council: admin. Can do everything, including assigning staff roles."),
];
