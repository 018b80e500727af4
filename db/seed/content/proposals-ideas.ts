import type { ProposalSeed } from "./types";

/** Ideas for the 2027 plan, which is in its ideas phase on the demo's fixed date (1 November 2026). */
export const ideasProposals: ProposalSeed[] = [
  {
    key: "i-homework-club",
    title: "After-school homework club with a free tea at St Aidan's library",
    summary: "Three afternoons a week of homework help, a hot meal and a quiet warm room for primary and secondary kids.",
    body: `Loads of kids on our estate don't have anywhere quiet to do homework. Mine share a bedroom and the telly is always on in the front room because that's the warm room. The library on Aidan's Walk is open but there's nobody there to help, and by half four everyone's starving.

What I'm proposing:

- Homework club Monday, Wednesday and Thursday, 3.30 to 5.30, in the library's back room
- A hot tea for every child (Good Grub have said they'd do it at cost)
- Two paid sessional workers plus volunteers, including sixth formers from St Aidan's High who can count it towards their Duke of Edinburgh
- Laptops that stay at the library, and printing for coursework

It would cost about £18,500 for a school year, mostly staff and food. The library says the room is free if we lock up properly.

I'm not a teacher, I work on the tills at Tesco, but I've talked to about twenty parents at the school gate and every single one said they'd use it.`,
    theme: "community-capacity",
    area: "st-aidans",
    author: "kayleigh",
    costPounds: 18_500,
    status: "published",
    published: "2026-10-03T20:41:00Z",
    supporters: 27,
    pinned: true,
  },
  {
    key: "i-towers-retrofit",
    title: "External wall insulation and new windows for Brack Tower",
    summary: "Wrap the worst of the three Eastgate Towers in insulation so the 96 flats stop losing heat and growing mould.",
    body: `Brack Tower is the oldest of the three Eastgate Towers (1966) and the coldest. Tenants on the north side pay over £150 a month on heating in winter and still have black mould behind the wardrobes. The council's own stock survey rates it EPC band E.

The association is proposing the people's plan pays for **phase one**: external wall insulation on the north and east elevations and replacement of the single-glazed stairwell windows. The council has told us it can match-fund phase two from its Housing Revenue Account if phase one goes ahead in 2027.

Why this is a people's plan thing and not just a repair:

1. Northbridge College has offered retrofit trainees to work on site alongside the contractor, so local people get the skills.
2. Tenants would choose the colour (we are sick of grey).
3. We'll run the resident liaison ourselves from the community room, so nobody gets surprised by scaffolding outside their window.

Cost estimate is from the council's asset team: £480,000 for phase one.`,
    theme: "housing",
    area: "eastgate",
    author: "sharon",
    organisation: "eastgate-tra",
    costPounds: 480_000,
    status: "published",
    published: "2026-10-02T10:15:00Z",
    supporters: 34,
    pinned: true,
  },
  {
    key: "i-eastgate-launderette",
    title: "Community launderette in the empty unit on Eastgate Parade",
    summary: "Affordable washers and dryers, a place to sit and have a brew, and help with bills while you wait.",
    body: `The launderette on Eastgate Parade shut in 2023 and now the nearest one is two buses away. Half the flats in the Towers have no room for a washer and nowhere to dry clothes, so people dry them on radiators, which is how you get mould.

Unit 4 on the Parade has been empty for three years. A community launderette there could charge what it costs to run (about £2.50 a wash), and while your wash is on you could get help with energy bills, Universal Credit or just sit somewhere warm. It would be run by a small social enterprise with two part-time jobs for local people.

Costs: fitting out the unit including plumbing and six commercial machines, roughly £42k. After the first year it should pay for itself.`,
    theme: "high-streets",
    area: "eastgate",
    author: "maureen",
    costPounds: 42_000,
    status: "published",
    published: "2026-10-05T14:02:00Z",
    supporters: 22,
  },
  {
    key: "i-good-grub-academy",
    title: "Good Grub kitchen academy: 12-week paid chef traineeships",
    summary: "Paid traineeships in our kitchen for people who've been out of work a long time, ending in a Level 2 qualification and a job interview.",
    body: `Since 2022 we've trained 41 people in the Good Grub kitchen, on a shoestring. 29 of them are now in work. The ones who dropped out mostly did so because they couldn't afford to train for free: bus fares, childcare, losing a shift somewhere else.

So this time we want to **pay trainees the Real Living Wage** for 12 weeks, 16 hours a week. Three cohorts of four over the year.

Each trainee gets:

- Level 2 Food Hygiene and Level 2 Professional Cookery
- A mentor from a local kitchen (the Station Hotel and two restaurants in Wharfside have said yes so far)
- A guaranteed interview at the end
- Help from our welfare adviser so wages don't mess up their Universal Credit

£96,000 covers wages, the adviser, ingredients and qualifications. We'd put in the kitchen, our chef's time and the catering contracts that trainees learn on.`,
    theme: "skills-employment",
    area: "eastgate",
    author: "kwame",
    organisation: "good-grub",
    costPounds: 96_000,
    status: "published",
    published: "2026-10-06T09:30:00Z",
    supporters: 19,
  },
  {
    key: "i-pantry-van",
    title: "Mobile pantry van for Cinder Hill",
    summary: "A refrigerated van that brings the St Aidan's pantry to Cinder Hill every Friday, because the bus there takes 50 minutes.",
    body: `About 40 of our pantry members live on Cinder Hill and it takes them two buses and most of an afternoon to get to us, carrying the shopping back is worse. We know others don't come at all.

A second-hand refrigerated van (we've priced a 2021 Transit with a chiller unit) would let us run a **Friday pop-up pantry** outside Cinder Hill Community Centre, which has said yes to the pitch and the use of their toilets.

Budget, roughly: van £32k, insurance, fuel and maintenance for a year £9k, a part-time driver-coordinator £13k. We'd find the volunteers. After year one we'd go to the NHS Place Partnership and the housing association for running costs.`,
    theme: "health-wellbeing",
    area: "cinder-hill",
    author: "bernie",
    organisation: "pantry",
    costPounds: 54_000,
    status: "published",
    published: "2026-10-04T11:20:00Z",
    supporters: 24,
  },
  {
    key: "i-cinder-evening-bus",
    title: "Evening buses from Cinder Hill: the last 27 leaves at 7pm",
    summary: "Fund a community bus service from Cinder Hill to the Interchange every hour until 11pm, so people can do late shifts and go out.",
    body: `The last number 27 off Cinder Hill leaves at 7.04pm. After that it's a £14 taxi or nothing. I've lived here 31 years and it has got steadily worse.

That means:
- no evening shifts at the hospital or the retail park unless you drive
- young people can't get to college evening classes
- you can't go into town for anything, so people don't

I'm asking for a community bus (a 16-seat accessible minibus, like the one the youth project got last year) running hourly from 7pm to 11pm, Monday to Saturday, from the Community Centre to the Interchange via St Aidan's. Fares the same as First.

I spoke to the council's transport officer who said it would be about £85,000 for a year including a driver and that they could then use the numbers to argue for a proper route.`,
    theme: "transport",
    area: "cinder-hill",
    author: "janet",
    costPounds: 85_000,
    status: "published",
    published: "2026-10-02T19:55:00Z",
    supporters: 31,
    pinned: true,
  },
  {
    key: "i-cinder-boxing",
    title: "A proper ring and new kit for Cinder Hill boxing",
    summary: "Replace the worn-out ring and gloves so the youth project's boxing nights can take 30 kids instead of 12.",
    body: `Boxing is the most popular thing we do. Thirty-odd young people want to come on a Tuesday and Thursday and we can only take twelve safely because the ring is falling apart and we've got eight pairs of gloves between them.

£14,000 buys a competition ring, bags, gloves, head guards, mats and coaching qualifications for two volunteers. England Boxing have said they'll affiliate us once the kit is up to standard, which opens up competitions.

It's not really about boxing. It's about somewhere to go, someone who notices if you've stopped turning up, and a bit of discipline. Three of our lads have gone on to college through this.`,
    theme: "health-wellbeing",
    area: "cinder-hill",
    author: "marcus",
    organisation: "cinder-youth",
    costPounds: 14_000,
    status: "published",
    published: "2026-10-09T16:10:00Z",
    supporters: 16,
  },
  {
    key: "i-millfield-warm-space",
    title: "Warm welcome space at Millfield Road community centre",
    summary: "Open the centre's big room four days a week over winter with hot drinks, wifi and somebody to talk to.",
    body: `Last winter a few of us ran a warm space in the Millfield Road centre two days a week with donated biscuits and a borrowed urn. We had 30-40 people most days, lots of older men who live alone and young mums with babies.

For 2027 we'd like to do it properly: four days a week from November to March, paid heating for the centre (it's the bill that stops them opening), a part-time coordinator who speaks Urdu and Punjabi, and a social prescriber from the GP surgery once a fortnight.

About £22,000 all in.`,
    theme: "health-wellbeing",
    area: "millfield",
    author: "shazia",
    costPounds: 22_000,
    status: "published",
    published: "2026-10-12T12:45:00Z",
    supporters: 12,
  },
  {
    key: "i-alley-gardens",
    title: "Turn the back alleys off Holme Lane into alley gardens",
    summary: "Gate, clean and green six ginnels behind the Holme Lane terraces with residents, planters and proper bin stores.",
    body: `The ginnels behind Holme Lane are a tip. Fly-tipping every week, needles now and then, and nobody lets their kids play out.

Other cities have done **alley gardens** (Liverpool, Manchester and Leeds all have good ones). Residents agree to look after them, the council gates them, and you get planters, benches, bin stores and somewhere for kids to play.

We've knocked on 140 doors on six ginnels and 112 households have signed up. Costs from the council's alley-gating team plus planters and bin stores: £31,000. Friends of Millfield Rec will organise the volunteer days and keep the tool store.`,
    theme: "environment",
    area: "millfield",
    author: "jean",
    organisation: "friends-rec",
    costPounds: 31_000,
    status: "published",
    published: "2026-10-07T18:30:00Z",
    supporters: 18,
    pinned: true,
  },
  {
    key: "i-sewing-coop",
    title: "Sewing and alterations co-op in Holme Mill",
    summary: "Industrial machines and a shared workroom so home machinists can take on alterations and small contracts together.",
    body: `There are a lot of very skilled women in Millfield who sew at home for cash, mostly alterations and wedding outfits, and get paid very little for it. Together we could take on proper work: school uniform alterations, curtains for the housing association, even small runs for local brands.

The idea is a co-op with a workroom in Holme Mill (the new maker units), six industrial machines, an overlocker and a steam press, and help to set up as a co-operative with the Co-operative Development Agency.

£38,000 for the machines, first year's rent and the set-up costs.`,
    theme: "high-streets",
    area: "millfield",
    author: "jas",
    costPounds: 38_000,
    status: "published",
    published: "2026-10-15T10:05:00Z",
    supporters: 9,
  },
  {
    key: "i-fly-tipping",
    title: "Stop the fly-tipping on Aidan's Walk: cameras plus a free skip day every month",
    summary: "Two redeployable cameras on the worst spots and a monthly free skip day, so people have somewhere to put stuff.",
    body: `The corner of Aidan's Walk and Ferry Lane gets a new mattress every week. Cameras on their own don't work, they just move it round the corner. But most fly-tipping round here isn't gangs, it's people with no car who can't get to the tip.

So: **two cameras** (the council has said it'll do the enforcement) AND **a free skip day** on the last Saturday of every month outside the shops, with volunteers helping older people bring stuff down.

£26k for the cameras, the skips and a year of collections.`,
    theme: "environment",
    area: "st-aidans",
    author: "dean",
    costPounds: 26_000,
    status: "published",
    published: "2026-10-08T21:14:00Z",
    supporters: 21,
  },
  {
    key: "i-damp-team",
    title: "Damp and mould rapid-response team for private renters",
    summary: "A small team that inspects damp in private rented homes within a week and chases landlords until it's fixed.",
    body: `Council and housing association tenants have Awaab's Law now. Private renters in St Aidan's have nothing that actually works: you report it to environmental health and wait months, and half the time the landlord gives you notice instead.

I'd like a two-person team (an environmental health officer and a tenant support worker) who:

1. Inspect within 7 days of a report
2. Give the tenant a written report they can use
3. Chase the landlord, and take enforcement where they won't fix it
4. Help the tenant if they get a revenge eviction

My daughter has asthma and our bedroom wall is black. I know I'm not the only one.`,
    theme: "housing",
    area: "st-aidans",
    author: "fatima",
    costPounds: 140_000,
    status: "published",
    published: "2026-10-10T07:48:00Z",
    supporters: 17,
  },
  {
    key: "i-job-coaches",
    title: "Job coaches who come to you",
    summary: "Two job coaches based in tenants' own homes and community venues, not the Jobcentre, for people furthest from work.",
    body: `Our tenancy sustainment team meets a lot of people who want to work but won't go near the Jobcentre because every visit feels like it might end in a sanction. Some have been out of work ten years, some have never worked, a lot have health conditions.

We're proposing two job coaches, employed by Northbridge Homes, who:

- meet people at home, in the pantry, in the library, wherever they're comfortable
- work with them for as long as it takes, not a 26-week programme
- have direct lines into employers who've signed up (Brackside Logistics and Holroyd so far)
- help with better-off calculations so people know work will pay

This is voluntary. Nobody is referred with a stick. Costs £165,000 over 18 months including a small personal budget per person for things like boots, a bus pass or a CSCS card.`,
    theme: "skills-employment",
    area: "st-aidans",
    author: "andy",
    organisation: "northbridge-homes",
    costPounds: 165_000,
    status: "published",
    published: "2026-10-13T13:00:00Z",
    supporters: 14,
  },
  {
    key: "i-interchange-showers",
    title: "Showers, lockers and a laundry for people sleeping rough near the Interchange",
    summary: "Fit out the unused toilet block at the Interchange so people on the streets can wash, store their things and get help.",
    body: `I walk through the Interchange every morning on my way to work and there are more people sleeping there than I've ever seen. The day centre on Commercial Street has one shower and a queue out the door.

The old toilet block on the east side of the Interchange has been locked since Covid. Fitted out, it could have four showers, 40 lockers and a washer-dryer, with the outreach team using it as a base two mornings a week.

I'm not an expert, I've been talking to the outreach workers and the people who'd use it. Estimated £58,000.`,
    theme: "housing",
    area: "wharfside",
    author: "ola",
    costPounds: 58_000,
    status: "published",
    published: "2026-10-04T08:12:00Z",
    supporters: 26,
  },
  {
    key: "i-cargo-bikes",
    title: "Cargo bike library for small traders and families",
    summary: "Ten cargo bikes to borrow by the day or the month, with training, based at the Bike Kitchen.",
    body: `Cargo bikes cost £4,000-£7,000 new, which is why you mostly see them in the nice bits of town. A library means a market trader, a childminder or a family can try one for a month for a few quid and see if it works.

What the £47,000 pays for:

- 10 cargo bikes (mix of two-wheel and trike, two electric-assist)
- Secure storage under the arches
- Training sessions and a part-time coordinator for a year
- Insurance

We'll do the maintenance in the Bike Kitchen workshop and train two local young people as mechanics along the way.`,
    theme: "transport",
    area: "wharfside",
    author: "ellie",
    organisation: "bike-kitchen",
    costPounds: 47_000,
    status: "published",
    published: "2026-10-11T15:25:00Z",
    supporters: 15,
  },
  {
    key: "i-towpath",
    title: "Light and resurface the canal towpath between Wharfside and Westbrook",
    summary: "1.4km of towpath with proper lighting and a sealed surface, so it's a real walking and cycling route to work all year.",
    body: `The towpath is the quickest way from Westbrook into town on foot or bike, 20 minutes flat. But it's mud from October to March and pitch black after 4pm, so from autumn most people, especially women, won't use it.

The Canal & River Trust has the designs already (they did the stretch east of Wharfside basin in 2024). They need match funding for the 1.4km to Westbrook Lock. Solar bollard lighting means no trenching.

£210,000 is our share. The Trust puts in the rest and the volunteers.`,
    theme: "transport",
    area: "wharfside",
    author: "amira",
    costPounds: 210_000,
    status: "published",
    published: "2026-10-16T17:40:00Z",
    supporters: 20,
    pinned: true,
  },
  {
    key: "i-safe-space-van",
    title: "Safe space van on Friday and Saturday nights",
    summary: "A staffed van near Canal Street where people on a night out can get help, charge a phone, or wait somewhere safe.",
    body: `Leeds and a few other cities have a safe space or "safe haven" on nights out. Somewhere you can go if you've lost your mates, your phone's died, you feel unwell or someone's bothering you. Staffed by trained volunteers and a paramedic.

It takes pressure off A&E and the police too. Cost for a year of weekends including a converted van: around £33k.`,
    theme: "environment",
    area: "wharfside",
    author: "nadia",
    costPounds: 33_000,
    status: "published",
    published: "2026-10-21T22:03:00Z",
    supporters: 8,
  },
  {
    key: "i-esol-creche",
    title: "English classes with a crèche, so mums can actually come",
    summary: "Daytime ESOL classes at Westbrook Methodist with a free crèche next door, run with the college.",
    body: `The college runs ESOL classes, but mostly in the evening or at the main campus, and with no childcare. So the women in the families we support, many with small children, never get to them. Their husbands learn English at work and they stay isolated, sometimes for years.

We want to run **three mornings a week** of ESOL at Westbrook Methodist (where our Saturday drop-in is) with:

- a college tutor for Entry 1-3
- an Ofsted-registered crèche in the room next door
- conversation volunteers for the second half of each session
- a trip out once a month (library, GP surgery, the market), so the English is for real life

£44,000 for one year. The college is putting in the tutor, which is about a third of the real cost.`,
    theme: "skills-employment",
    area: "westbrook",
    author: "farid",
    organisation: "refugee-welcome",
    costPounds: 44_000,
    status: "published",
    published: "2026-10-05T09:50:00Z",
    supporters: 23,
  },
  {
    key: "i-repair-cafe",
    title: "Monthly repair café at Westbrook Methodist",
    summary: "Bring your broken toaster, torn coat or wobbly chair; volunteers fix it with you over a cup of tea.",
    body: `Simple one. A repair café on the first Saturday of each month. There are lots of retired people round here who can fix things and lots of people who can't afford to replace them.

£6,500 covers tools, PAT testing, insurance and refreshments for a year. The church has said we can use the hall for free.`,
    theme: "community-capacity",
    area: "westbrook",
    author: "sian",
    costPounds: 6_500,
    status: "published",
    published: "2026-10-18T11:11:00Z",
    supporters: 11,
  },
  {
    key: "i-terrace-retrofit",
    title: "Street-by-street retrofit pilot for the Westbrook terraces",
    summary: "Insulate and ventilate 40 back-to-back and through terraces on two streets at once, owner-occupiers and landlords together.",
    body: `Westbrook's Victorian terraces are some of the hardest homes in the country to heat, and the schemes that exist are all one house at a time, which means scaffolding, disruption and cost every time.

A **street-by-street** pilot on Clarendon Street and Lune Street (40 houses, mixed owners and private landlords) would:

- survey every house properly first, including damp and ventilation
- do internal wall insulation, loft, floors and windows as one job
- use a local contractor who commits to taking on retrofit trainees from the college
- measure bills before and after so we know whether it's worth scaling up

£320,000 from the plan, plus landlords' contributions (they pay a third) and the government's Warm Homes grant where households qualify.`,
    theme: "housing",
    area: "westbrook",
    author: "hannah",
    costPounds: 320_000,
    status: "published",
    published: "2026-10-20T19:30:00Z",
    supporters: 19,
  },
  {
    key: "i-school-solar",
    title: "Solar panels for Brackenhurst Primary, with the savings going into a fuel fund",
    summary: "A 50kW community-owned solar array on the school roof; the school pays less for power and the surplus helps families with energy bills.",
    body: `We did this at the community centre in 2024 and it works: the centre's bills went down by a third and our society has put £6,000 into the fuel poverty fund since.

Brackenhurst Primary has a big south-facing roof. We'd install and own a 50kW array, sell the electricity to the school at 20% under the market price for 20 years, and put the surplus into a fuel fund for Brackenhurst families.

We also run solar sessions for Year 5 and 6 every spring.

£88,000 capital. We'll raise another £20k from a community share offer.`,
    theme: "environment",
    area: "brackenhurst",
    author: "rachel",
    organisation: "bracken-energy",
    costPounds: 88_000,
    status: "published",
    published: "2026-10-14T12:30:00Z",
    supporters: 17,
  },
  {
    key: "i-pre-apprenticeship",
    title: "Pre-apprenticeship engineering course for 16–24s from Eastgate and Cinder Hill",
    summary: "A 10-week paid taster in our workshop that leads straight into a Level 3 apprenticeship for those who want one.",
    body: `Every year we struggle to fill our apprenticeships, and most of the applicants come from the north of the city. Meanwhile there are young people two miles away in Eastgate and on Cinder Hill who've never been inside an engineering firm.

With the college, we'd run two cohorts a year of a **10-week pre-apprenticeship**: three days a week in the workshop on real jobs, two days at college on maths and technical drawing. A training allowance, free travel on the works shuttle, and a mentor from the shop floor.

Everyone who finishes gets an interview for our apprenticeships or one of four other Brackside firms. Cost £72,000 a year. We put in the workshop, supervision and mentoring.`,
    theme: "skills-employment",
    area: "brackenhurst",
    author: "neil",
    organisation: "holroyd",
    costPounds: 72_000,
    status: "published",
    published: "2026-10-06T14:20:00Z",
    supporters: 21,
  },
  {
    key: "i-shift-shuttle",
    title: "Shift-time shuttle from St Aidan's and Eastgate to the Brackside estate",
    summary: "Minibuses timed to the 6am, 2pm and 10pm shift changes, so people without a car can take jobs on the estate.",
    body: `We have 30 to 40 vacancies at any time and so do the other big employers on Brackside. When we ask why people turn down offers, the answer is nearly always getting here: there's no bus before 7am or after 7pm and our shifts change at 6, 2 and 10.

Our proposal: **three shuttle minibuses** at each shift change, looping St Aidan's, Eastgate and Cinder Hill. Free for anyone working on the estate. Brackside Logistics and three other employers will cover half the running cost from year two if the numbers hold up.

£120,000 for vehicles and the first year's operation.`,
    theme: "transport",
    area: "brackenhurst",
    author: "sunita",
    organisation: "brackside-logistics",
    costPounds: 120_000,
    status: "published",
    published: "2026-10-07T08:05:00Z",
    supporters: 25,
  },
  {
    key: "i-retail-park-crossing",
    title: "A safe crossing over Brackside Way to the retail park",
    summary: "A signal crossing where everyone already runs across four lanes to get to the shops and the warehouses.",
    body: `There is a gap in the railings on Brackside Way opposite the retail park and every day hundreds of people run across four lanes of traffic there, including me on my way to the night shift. The official crossing is 600m away.

Somebody will be killed. A toucan crossing there, please. The council estimated £65k when we asked last year.`,
    theme: "transport",
    area: "brackenhurst",
    author: "bogdan",
    costPounds: 65_000,
    status: "published",
    published: "2026-10-19T23:37:00Z",
    supporters: 10,
  },
  {
    key: "i-dementia-cafe",
    title: "Dementia café at the Highfield Park pavilion",
    summary: "A fortnightly café for people living with dementia and the people who care for them.",
    body: `My husband was diagnosed with Alzheimer's three years ago. The thing that has helped us most is the memory café in Thornleigh, but it's a bus ride away and only once a month, and now the church is closing the hall.

The pavilion in Highfield Park has a lovely room looking over the bowling green, step-free, with a kitchen. I'd like to run a dementia café there every other Wednesday: music, reminiscence, a bit of chair exercise, and a chance for carers to talk to each other and to someone from the memory service.

£12,000 would cover two years of room hire, a part-time organiser, transport for people who can't get there and the refreshments. I have eight volunteers lined up already, mostly from the bowls club.`,
    theme: "health-wellbeing",
    area: "highfield-park",
    author: "ruth",
    costPounds: 12_000,
    status: "published",
    published: "2026-10-09T10:30:00Z",
    supporters: 14,
  },
  {
    key: "i-street-trees",
    title: "Street trees along Highfield Road",
    summary: "Replace the 23 trees lost from Highfield Road verges over the last 15 years.",
    body: `Highfield Road used to be lined with limes. They've come down one by one (disease, a few hit by cars) and never been replaced. It's now a very hot, very grey road in summer.

The council's tree team will plant and maintain if we cover the cost of the trees and tree pits: about £28,000 for 23 semi-mature trees with watering bags. Residents will water them for the first two summers, we've got a rota.`,
    theme: "environment",
    area: "highfield-park",
    author: "colin",
    costPounds: 28_000,
    status: "published",
    published: "2026-10-22T09:02:00Z",
    supporters: 7,
  },
  {
    key: "i-sunday-bus",
    title: "Bring back the Sunday bus to Ashby Moor",
    summary: "Four return trips on a Sunday between Ashby Moor and the Interchange, for people who don't drive.",
    body: `Since the Sunday 41 was cut in 2024 there is no public transport at all in or out of Ashby Moor on a Sunday. People assume everyone up here has two cars. We don't. Some of us are in our eighties, and the young people who work weekend shifts in town are stuck.

Four return journeys would do it: 9am, 12, 3pm and 6pm. The operator has quoted around £40,000 for a year.`,
    theme: "transport",
    area: "ashby-moor",
    author: "graham",
    costPounds: 40_000,
    status: "published",
    published: "2026-10-17T13:15:00Z",
    supporters: 9,
  },
  {
    key: "i-moor-rangers",
    title: "Moorland rangers: paid trainee posts for young people from the estates",
    summary: "Six 12-month paid ranger traineeships on Ashby Moor, recruited from the city's most deprived wards.",
    body: `Ashby Moor needs work: drystone walls, footpaths, blocked drains, the peat restoration on Stanage Edge. The people who do that kind of work are getting older and there's nobody coming through.

At the same time there are young people in Eastgate and St Aidan's who'd love outdoor work and have never set foot on the moor, despite it being 20 minutes away.

So: **six trainee rangers a year**, paid, recruited through the youth project and the job coaches, doing a Level 2 in countryside management with the national park's ranger service. Transport up from town included.

Roughly £90,000 for wages, training, kit and a minibus share.`,
    theme: "skills-employment",
    area: "ashby-moor",
    author: "stuart",
    costPounds: 90_000,
    status: "published",
    published: "2026-10-23T16:45:00Z",
    supporters: 13,
  },
  {
    key: "i-library-jobs-hub",
    title: "Thornleigh Library as a digital skills and jobs hub",
    summary: "Staffed drop-in help with CVs, job applications, Universal Credit journals and online forms, four days a week.",
    body: `Everything is online now: job applications, UC journal, booking a GP appointment, school admissions. The library has computers but nobody has time to help you use them, and the queue for the two volunteers on a Tuesday is ridiculous.

A paid digital champion four days a week, plus a jobs club on Thursday mornings with someone from the college's careers team. Include a laptop loan scheme.

£52,000 for the year.`,
    theme: "skills-employment",
    area: "thornleigh",
    author: "chloe",
    costPounds: 52_000,
    status: "published",
    published: "2026-10-12T20:20:00Z",
    supporters: 16,
  },
  {
    key: "i-skate-spot",
    title: "Skate spot on Thornleigh rec",
    summary: "A small concrete skate area so we stop getting moved on from the precinct.",
    body: `There's about 30 of us who skate and scoot in Thornleigh and every time we use the precinct steps security moves us on, which fair enough. There is literally nowhere else.

A small concrete skate spot on the rec (by the tennis courts where nobody goes) would be class. A few ledges, a manual pad, a quarter. Skate parks like this cost about £35k from what I've looked up. We'd help design it and we'd look after it.`,
    theme: "health-wellbeing",
    area: "thornleigh",
    author: "josh",
    costPounds: 35_000,
    status: "published",
    published: "2026-10-24T18:58:00Z",
    supporters: 12,
  },
  {
    key: "i-mens-shed",
    title: "Reopen the Miners' Welfare snooker room as a men's shed",
    summary: "A workshop and meeting place for older men in Kirkby Edge, many of them on their own since the pit and the wives went.",
    body: `The snooker room at the Miners' Welfare has stood empty since the roof was fixed this summer (which last year's people's plan paid for, thank you). The tables have gone. It's a big room doing nothing.

A men's shed: woodwork benches, tools, a kettle. Somewhere for blokes to go who won't go to a "group". A lot of the old lads round here haven't spoken to anyone properly in weeks. I know because I was one of them after my wife died.

£24,000 covers the benches, tools, dust extraction, insurance and a part-time organiser for the first year. We'd make bird boxes and benches for the village and fix things for people.`,
    theme: "health-wellbeing",
    area: "kirkby-edge",
    author: "george",
    costPounds: 24_000,
    status: "published",
    published: "2026-10-08T11:40:00Z",
    supporters: 22,
  },
  {
    key: "i-bakery-apprentices",
    title: "Two baking apprenticeships a year at Sowerby's, with a travel bursary",
    summary: "Level 2 baking apprenticeships with night-shift travel paid, for young people who can't drive to Colliery Road at 3am.",
    body: `We'd love to take on apprentices but the job starts at 3am and there are no buses to Colliery Road at that time, so the only people who can do it are lads with cars. We've lost two good apprentices in three years because of taxis.

With a bursary covering taxis for the first year and a contribution to wages, we'd take **two apprentices a year** for the next two years. Level 2 Baker with the college. We'd commit to keeping them on if they finish.

£28,000 over two years.`,
    theme: "skills-employment",
    area: "kirkby-edge",
    author: "mark",
    organisation: "sowerbys",
    costPounds: 28_000,
    status: "published",
    published: "2026-10-15T05:50:00Z",
    supporters: 11,
  },
  {
    key: "i-shutter-murals",
    title: "Shutter murals and shopfront grants on Colliery Road",
    summary: "Local artists paint the shutters; small grants fix the signs and frontages of independent shops.",
    body: `Colliery Road looks half dead after 5pm because every shutter is grey and covered in tags. By day, a lot of the shopfronts are tired.

Two things:
1. Local artists and the youth club paint the shutters, each one designed with the shop owner
2. Matched grants up to £2,000 for independents to fix signs, paint and lighting

£30,000 in total. A few of us on the street would put in the other half of the grants.`,
    theme: "high-streets",
    area: "kirkby-edge",
    author: "rob",
    costPounds: 30_000,
    status: "published",
    published: "2026-10-26T10:10:00Z",
    supporters: 8,
  },
  {
    key: "i-pennine-play",
    title: "A play area for Pennine View (there isn't one)",
    summary: "The estate was built in 2012 with 600 homes and no playground. Put one on the green by the balancing pond.",
    body: `When Pennine View was built, the developer was supposed to put in a play area. It never happened and the company has since gone bust. There are now hundreds of kids on the estate and the nearest playground is over the ring road.

There's a big green next to the balancing pond that the council adopted in 2019. A proper play area for under-12s, with some accessible equipment, would cost about £75k. We've got a residents' WhatsApp group of 190 people ready to help with the design.`,
    theme: "environment",
    area: "pennine-view",
    author: "lucy",
    costPounds: 75_000,
    status: "published",
    published: "2026-10-25T14:35:00Z",
    supporters: 18,
  },
  {
    key: "i-gp-transport",
    title: "Community transport to GP and hospital appointments",
    summary: "A volunteer car scheme for Pennine View and Kirkby Edge residents who can't get to appointments.",
    body: `I'm a practice nurse. Every week we have patients miss appointments because they can't get there: the surgery moved to the health centre at Thornleigh and there's no direct bus from Pennine View. For older patients a missed diabetic review or a missed scan can mean a hospital admission later.

A volunteer car scheme, like the ones in lots of villages: volunteer drivers paid 45p a mile, a coordinator to take bookings, and a small fare for those who can pay. About £36,000 for two years.`,
    theme: "transport",
    area: "pennine-view",
    author: "megan",
    costPounds: 36_000,
    status: "published",
    published: "2026-10-19T07:25:00Z",
    supporters: 10,
  },
  {
    key: "i-market-startups",
    title: "Start-up stalls in Eastgate Market Hall: first three months rent-free",
    summary: "Twelve trial stalls a year with free rent, a mentor from an established trader and help with the paperwork.",
    body: `We put this into last year's plan and missed out on the ballot by a whisker, so here it is again, hopefully better.

Eastgate Market Hall has 17 empty stalls. Meanwhile people who want to start something, selling food, crafts, phone repairs, alterations, can't afford to risk a lease. A **trial stall** lowers the risk:

- three months rent-free, then 50% for three months
- a mentor from the Traders' Association (we have 20 volunteers)
- a morning with the council's business team on food hygiene, trading standards, tax and insurance
- shared card reader and display kit

What changed from last year: the council has agreed to waive the service charge on trial stalls, and the college will run a short market-trading course. £48,000 for 12 starters over the year.`,
    theme: "high-streets",
    area: "eastgate",
    author: "jas",
    organisation: "market-traders",
    costPounds: 48_000,
    status: "published",
    published: "2026-10-03T09:05:00Z",
    supporters: 15,
  },
  {
    key: "i-muga-football",
    title: "Free football coaching on the Eastgate MUGA",
    summary: "Qualified coaches on the estate's games area three evenings a week, with a girls' session.",
    body: `The MUGA behind Lister Tower is full every night with kids playing football, which is great, but there's also fights and older lads taking over. Coaching sessions would give it some structure.

Northbridge Town's community trust would run the sessions if someone pays the coaches: £16,000 for a year, three evenings a week, one of them girls only. Kit and balls included.`,
    theme: "health-wellbeing",
    area: "eastgate",
    author: "abdi",
    costPounds: 16_000,
    status: "published",
    published: "2026-10-11T19:44:00Z",
    supporters: 20,
  },
  {
    key: "i-retrofit-bootcamp",
    title: "Retrofit coordinator bootcamp with guaranteed interviews",
    summary: "A 14-week course that takes adults into retrofit assessor and coordinator jobs, with employers signed up from day one.",
    body: `Demand for retrofit assessors and coordinators in the region outstrips supply, and the work is well paid (£30-40k). But the qualifications are expensive and the routes in aren't obvious.

Northbridge College proposes a **14-week bootcamp**, run twice in 2027, for 15 adults each time. It covers the Level 3 Domestic Energy Assessment and Level 5 Retrofit Coordination, with site visits to the Eastgate and Westbrook schemes. At least half the places go to residents of IMD decile 1-2 neighbourhoods.

Six employers have committed to interview every graduate. We'll fund the course itself from the adult skills budget; the £130,000 covers learner bursaries, childcare, equipment and a job-brokerage role.`,
    theme: "skills-employment",
    area: "wharfside",
    author: "femi",
    organisation: "college",
    costPounds: 130_000,
    status: "published",
    published: "2026-10-14T09:00:00Z",
    supporters: 16,
  },
  {
    key: "i-green-gym",
    title: "Walking groups and a green gym on Millfield Rec for social prescribing",
    summary: "Led walks and outdoor conservation sessions that GPs can prescribe, with a welcome in Urdu, Punjabi and English.",
    body: `GPs and link workers in Millfield refer a lot of people to "get more active", and then there's nowhere obvious to send them. We'd like two led walks a week and a weekly green gym session on Millfield Rec (doing real work on the paths and the wildflower bank), led by a trained walk leader who speaks community languages.

£19,000 for a year. The Friends of Millfield Rec are keen to host.`,
    theme: "health-wellbeing",
    area: "millfield",
    author: "samira",
    organisation: "nhs-place",
    costPounds: 19_000,
    status: "published",
    published: "2026-10-16T12:00:00Z",
    supporters: 13,
  },
  {
    key: "i-starter-packs",
    title: "Starter packs for people moving into empty homes",
    summary: "Carpets, curtains, a cooker and the basics for new tenants who arrive with nothing, so tenancies don't fail in the first year.",
    body: `Most tenancies that fail, fail in the first year. A lot of our new tenants come from temporary accommodation or a refuge with a bin bag of stuff. They move into a flat with bare floorboards and no cooker, borrow to furnish it, and the debt starts from day one.

A **starter pack**: flooring, curtains, a cooker, a bed, a kettle and a pan set, from a local reuse charity where we can. About £850 per household, for 40 households: £34,000.`,
    theme: "housing",
    area: "st-aidans",
    author: "paul",
    organisation: "northbridge-homes",
    costPounds: 34_000,
    status: "published",
    published: "2026-10-20T10:40:00Z",
    supporters: 12,
  },
  {
    key: "i-community-organisers",
    title: "Two community organisers for the east of the city",
    summary: "Paid organisers who help residents in Eastgate, St Aidan's and Cinder Hill get organised and get heard.",
    body: `We've run the tenants' association on goodwill for nearly 40 years. It works, but it's the same ten people doing everything and we're all getting older.

Two community organisers for two years, hosted by the association, whose whole job is knocking on doors, finding the people who care about something and helping them do something about it. Not running services. Building people up so they can take on things like this plan themselves.

£78,000 over two years.`,
    theme: "community-capacity",
    area: "eastgate",
    author: "sharon",
    costPounds: 78_000,
    status: "published",
    published: "2026-10-21T11:30:00Z",
    supporters: 19,
  },
  {
    key: "i-refugee-drivers",
    title: "Driving lessons for refugees who were drivers back home",
    summary: "Theory in their own language, lessons and a test, for people with years of driving experience who can't use their licence here.",
    body: `I know men who drove buses in Kabul and lorries in Syria for twenty years and now can't get work because their licence isn't recognised. Lessons are expensive, the theory test is hard in a second language and you can't drive to a job you can't get.

A bundle: theory coaching with an interpreter, 20 hours of lessons with a local instructor, and the test fees. £650 per person, 40 people: £26,000. Brackside Logistics says they'd consider them for their HGV training afterwards.`,
    theme: "skills-employment",
    area: "westbrook",
    author: "amira",
    costPounds: 26_000,
    status: "published",
    published: "2026-10-27T15:05:00Z",
    supporters: 14,
  },
  {
    key: "i-draft-community-fridge",
    title: "Community fridge at Kirkby Edge",
    summary: "A fridge at the Welfare where shops and gardeners can leave surplus food for anyone to take.",
    body: `Still working this one out. Sowerby's might give day-old bread. Need to check food hygiene rules.`,
    theme: "health-wellbeing",
    area: "kirkby-edge",
    author: "rob",
    costPounds: 4_000,
    status: "draft",
    published: null,
    supporters: 0,
  },
  {
    key: "i-draft-shelter-seats",
    title: "Seats in the bus shelters on Westbrook Road",
    summary: "Most shelters on Westbrook Road have no seat at all.",
    body: ``,
    theme: "transport",
    area: "westbrook",
    author: "liam",
    costPounds: 9_000,
    status: "draft",
    published: null,
    supporters: 0,
  },
  {
    key: "i-dog-bins",
    title: "Dog waste bins on Cinder Hill",
    summary: "Four more dog bins along the old railway path.",
    body: `The old railway path is covered in it. Four bins along the path and one at the top of Sidings Lane.

**Update:** withdrawn. The council has agreed to put them in from its own budget after the ward councillor got involved, so there's no need to use plan money on this. Thanks to everyone who supported it.`,
    theme: "environment",
    area: "cinder-hill",
    author: "pete",
    costPounds: 3_200,
    status: "withdrawn",
    published: "2026-10-02T12:00:00Z",
    supporters: 5,
  },
  {
    key: "i-hidden-roofing",
    title: "Cheap roof repairs for Cinder Hill",
    summary: "Roofs, gutters, chimneys. Fully insured. Cheapest prices in Northbridge.",
    body: `Cinder Hill residents, 20% off all roofing work this month. Call or message for a free quote, no job too small.`,
    theme: "housing",
    area: "cinder-hill",
    author: "brian",
    costPounds: 2_500,
    status: "hidden",
    published: "2026-10-28T08:15:00Z",
    supporters: 0,
    hiddenReason:
      "Hidden because it advertises a private business, which the plan's rules don't allow. If you'd like to propose a project for Cinder Hill, you're very welcome to; reply to the message we've sent you.",
  },
];
