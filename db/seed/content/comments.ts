import type { CommentSeed } from "./types";

/** Discussion on each proposal, oldest first; replies are one level deep. */
export const commentSeeds: Record<string, CommentSeed[]> = {
  "i-homework-club": [
    {
      by: "fatima",
      stance: "support",
      body: "Yes!! My two would go every day if they could. The library is lovely but at the minute theres nobody to ask.",
    },
    {
      by: "dean",
      stance: "question",
      body: "Would it be open to kids from St Aidan's High as well or just primary?",
      replies: [{ by: "kayleigh", stance: "idea", body: "Both! Primary in the main room and secondary in the quiet room upstairs. The high school sixth formers would help the little ones." }],
    },
    {
      by: "ruth",
      stance: "idea",
      body: "I taught maths at Thornleigh High for 30 years and I'd be happy to come down on Wednesdays. I've pledged some hours. Do make sure you have a safeguarding lead sorted before you start, the library will insist.",
      replies: [{ by: "kayleigh", stance: "support", body: "Thank you Ruth that's amazing. Bernie at the pantry has said she'll help us with the safeguarding policy." }],
    },
    {
      by: "colin",
      stance: "concern",
      body: "Good idea but £18,500 for one year and then what? These things always stop when the money runs out.",
      replies: [
        { by: "kayleigh", stance: "idea", body: "Fair point. We're going to ask the school to fund it from year 2 out of their pupil premium if the results are good. They've not said no." },
        { by: "andy", org: "northbridge-homes", stance: "support", date: "2026-10-30T12:15:00Z", body: "We'd look at contributing to year 2 from our community investment fund if there's evidence it's working. Keep a record of attendance from the start." },
      ],
    },
  ],
  "i-towers-retrofit": [
    {
      by: "maureen",
      stance: "support",
      body: "I've lived in Brack Tower since 1979. I have to keep the bedroom door shut all winter and the wallpaper still comes off with the damp. Please vote for this.",
    },
    {
      by: "kev",
      stance: "concern",
      body: "What happens to us while the works are on? Last time they did the windows in Lister it took 8 months and people had scaffolding outside for half a year with no explanation",
      replies: [
        { by: "sharon", org: "eastgate-tra", stance: "idea", body: "That's exactly why we want to run the resident liaison ourselves, Kev. Every flat gets a visit before anything starts and there'll be a drop-in in the community room twice a week." },
      ],
    },
    {
      by: "liam",
      stance: "question",
      body: "Is £480k for one tower actually good value? Honest question, not having a go. How many flats is it?",
      replies: [
        { by: "sharon", stance: "idea", body: "96 flats, so about £5,000 a flat for phase one. The council's asset team did the estimate. Phase two is the other two elevations and the roof." },
      ],
    },
    { by: "abdi", stance: "support", body: "My son has asthma. The GP said the mould is making it worse. This should be number one." },
    {
      by: "zoe",
      org: "council-housing",
      stance: "idea",
      date: "2026-10-26T16:45:00Z",
      body: "To confirm for residents: if phase one is funded through the plan, officers will recommend to cabinet that phase two is funded from the Housing Revenue Account in 2028. We can't promise what cabinet will decide but it is in the draft capital programme.",
    },
  ],
  "i-eastgate-launderette": [
    { by: "yusuf", stance: "support", body: "The old one was a proper community place. Everybody knew everybody. Bring it back" },
    {
      by: "ian",
      stance: "concern",
      body: "Would it compete with the dry cleaners on the Parade? They're only just hanging on as it is.",
      replies: [{ by: "maureen", stance: "idea", body: "They don't do service washes any more Ian, I asked them. They're happy for us to send them the dry cleaning." }],
    },
  ],
  "i-good-grub-academy": [
    {
      by: "kev",
      stance: "support",
      body: "My nephew did the Good Grub course in 2023 and he's a sous chef now at the Station Hotel. Best thing that happened to him.",
    },
    { by: "graham", stance: "question", body: "Why does it need to be paid? Lots of people do training for free." },
    {
      by: "kwame",
      org: "good-grub",
      stance: "idea",
      body: "@Graham the people who need this most can't afford to work 16 hours a week for nothing. Paying them is the difference between 12 people finishing and 6.",
    },
  ],
  "i-pantry-van": [
    { by: "janet", stance: "support", body: "Cinder Hill needs this so much. Since the Co-op went the nearest food is a mile down the hill and it's a long walk back up with shopping." },
    {
      by: "brian",
      stance: "question",
      body: "Could it stop at the top end by the bungalows as well? A lot of the older ones can't get as far as the centre.",
      replies: [{ by: "bernie", org: "pantry", stance: "idea", body: "Good idea Brian, we could do a second stop at Sidings Lane for half an hour. I'll talk to the drivers." }],
    },
    { by: "tasha", stance: "support", body: "The youth club kids could help unload. They'd love it." },
  ],
  "i-cinder-evening-bus": [
    { by: "pete", stance: "support", body: "31 years is right Janet. I remember when the 27 ran till midnight." },
    { by: "tasha", stance: "support", body: "I can't do late shifts at the hospital because of this. Would change everything for me." },
    {
      by: "stuart",
      stance: "concern",
      body: "Not against it but wouldn't it be better to lobby First to run the 27 later rather than the council paying for a separate service forever?",
      replies: [
        { by: "janet", stance: "idea", body: "We've lobbied for 10 years Stuart. First say there's no demand. A year of the community bus will show them the demand." },
        { by: "gareth", stance: "idea", body: "For info, the council's transport team have said they would use passenger numbers from a pilot to support an application to the bus service improvement fund. So it's not necessarily forever." },
      ],
    },
    { by: "kayleigh", stance: "support", body: "Please include St Aidan's on the route!!" },
  ],
  "i-cinder-boxing": [
    { by: "pete", stance: "support", body: "Marcus and the team do amazing work. That ring was old when I was a lad." },
    { by: "megan", stance: "concern", body: "As a nurse I'll just say - please make sure head guards are worn for all sparring and there's a proper concussion protocol." },
    {
      by: "marcus",
      org: "cinder-youth",
      stance: "idea",
      body: "Absolutely Megan. England Boxing affiliation requires it, which is one reason we want to affiliate. No sparring without a qualified coach in the room.",
    },
  ],
  "i-millfield-warm-space": [
    { by: "asif", stance: "support", body: "Came to the warm space last year with my dad most weeks. He looked forward to it all week" },
    { by: "mo", stance: "question", body: "Will there be anything for younger people as well? Some of the lads on the estate have nowhere to go either." },
  ],
  "i-alley-gardens": [
    { by: "shazia", stance: "support", body: "We're on ginnel 3. My kids have never been allowed to play out back. Can't wait." },
    {
      by: "devinder",
      stance: "concern",
      body: "What about access for the bin lorries? And people who park their bikes out back?",
      replies: [{ by: "jean", org: "friends-rec", stance: "idea", body: "The council's design keeps the bins accessible with a key code for the crews, and every house gets a key. We'd include bike stands too." }],
    },
    { by: "aisha", stance: "idea", body: "Officer note: the alley-gating team has confirmed consent from all households on each ginnel is needed before gates go in. 112 of 140 is a great start." },
  ],
  "i-sewing-coop": [
    { by: "shazia", stance: "support", body: "My mum has sewn for 40 years for pennies. This could make it properly paid work." },
    { by: "lucy", stance: "question", body: "Would you take commissions from people? I'd pay good money for someone to take up curtains lol" },
  ],
  "i-fly-tipping": [
    { by: "kayleigh", stance: "support", body: "The corner by Ferry Lane is a disgrace. The skip day is the key bit, people just have no way of getting rid of stuff." },
    {
      by: "colin",
      stance: "concern",
      body: "Cameras just move the problem. Prosecutions are what's needed.",
      replies: [{ by: "dean", stance: "idea", body: "That's why it's both Colin. The council does the prosecutions, we give people another option." }],
    },
  ],
  "i-damp-team": [
    { by: "hannah", stance: "support", body: "Same in Westbrook. Could this cover Westbrook too? Private rented is even bigger there." },
    {
      by: "fatima",
      stance: "idea",
      body: "Yes I'd like it to cover everywhere but I thought start in St Aidan's and then it can grow. I'm not sure how the money works.",
      replies: [{ by: "gareth", stance: "idea", body: "You can change the area or make it citywide before the ideas phase ends, Fatima; just edit the proposal. Happy to help if you want to chat it through." }],
    },
    { by: "sian", stance: "support", body: "Revenge evictions are real. My landlord gave me notice two weeks after I reported the boiler." },
  ],
  "i-job-coaches": [
    { by: "dean", stance: "question", body: "Is this only for Northbridge Homes tenants?" },
    {
      by: "andy",
      org: "northbridge-homes",
      stance: "idea",
      body: "No, anyone living in St Aidan's, Eastgate or Cinder Hill. We'd just be the employer.",
    },
    { by: "kayleigh", stance: "support", body: "The Jobcentre is horrible. If someone came to the pantry I'd have gone years ago." },
  ],
  "i-interchange-showers": [
    { by: "nadia", stance: "support", body: "It's got so much worse round the Interchange in the last year. This is basic dignity." },
    {
      by: "ruth",
      stance: "concern",
      body: "Is the day centre supportive? It would be a shame to duplicate or undermine them.",
      replies: [{ by: "ola", stance: "idea", body: "I've spoken to the manager and they're supportive, they want to run the outreach from there two mornings a week. I'll ask them to comment." }],
    },
  ],
  "i-cargo-bikes": [
    { by: "liam", stance: "support", body: "Tried one in Leeds, brilliant. The hills round here will need the e-assist ones though" },
    { by: "chloe", stance: "question", body: "Could you fit two kids in one? The school run from Thornleigh is a nightmare" },
  ],
  "i-towpath": [
    { by: "hannah", stance: "support", body: "I'd cycle to work every day if the towpath was lit. At the moment I only do it from April to September." },
    { by: "george", stance: "concern", body: "Don't forget the anglers. Bikes going too fast on the towpath is a real problem." },
    { by: "amira", stance: "idea", body: "The Trust's design includes 'share the space, drop your pace' signs and passing places. It's wide enough on this stretch." },
  ],
  "i-safe-space-van": [{ by: "ola", stance: "support", body: "As a woman who works in town on weekends, please yes." }],
  "i-esol-creche": [
    { by: "amira", stance: "support", body: "When I came in 2016 I couldn't go to classes for two years because of my daughter. This is exactly right." },
    { by: "graham", stance: "question", body: "Why doesn't the college just do this itself?" },
    {
      by: "femi",
      org: "college",
      stance: "idea",
      body: "Honest answer Graham: our adult ESOL funding doesn't cover crèche costs, and we can't run crèches on outreach sites ourselves. That's why the partnership with Refugee Welcome matters.",
    },
  ],
  "i-repair-cafe": [{ by: "colin", stance: "support", body: "Count me in. Retired electrician, can do PAT testing." }],
  "i-terrace-retrofit": [
    { by: "liam", stance: "concern", body: "Landlords will just put the rent up after it's done. What stops that?" },
    {
      by: "hannah",
      stance: "idea",
      body: "Good question. Landlords who take part would sign up to a rent freeze for 3 years. It's in the Leeds version of this scheme.",
    },
  ],
  "i-school-solar": [{ by: "bogdan", stance: "support", body: "My daughter goes there. Good for the school and teaches the kids." }],
  "i-pre-apprenticeship": [
    { by: "tasha", stance: "support", body: "Some of our older youth club members would jump at this. They've never been shown a way in." },
    { by: "kev", stance: "question", body: "Is there an age limit? My lad is 26" },
    {
      by: "neil",
      org: "holroyd",
      stance: "idea",
      body: "The funded version is 16-24, Kev, but we take adult apprentices too. Get him to email me at the works.",
    },
  ],
  "i-shift-shuttle": [
    { by: "bogdan", stance: "support", body: "I walk 40 minutes to the 6am shift. In winter this is hard." },
    { by: "kayleigh", stance: "support", body: "This is the reason I don't apply for the warehouse jobs. Do it!" },
    { by: "graham", stance: "concern", body: "The employers are making the profits, shouldn't they be paying for this?" },
    {
      by: "sunita",
      org: "brackside-logistics",
      stance: "idea",
      body: "Fair challenge. We're committing to half of the running costs from year two and hopefully more. We need the first year to show it works.",
    },
  ],
  "i-retail-park-crossing": [
    { by: "ian", stance: "support", body: "I nearly hit someone there last winter. It's dark and they just appear." },
    { by: "sunita", stance: "support", body: "Half our night shift cross there." },
  ],
  "i-dementia-cafe": [
    { by: "colin", stance: "support", body: "The bowls club is right behind this. Ruth will make it work." },
    { by: "megan", stance: "idea", body: "You could ask the memory service to send a nurse once a month, they did that in Thornleigh." },
  ],
  "i-street-trees": [{ by: "ruth", stance: "support", body: "I remember the limes. Lovely in June." }],
  "i-sunday-bus": [{ by: "stuart", stance: "support", body: "My son works Sundays at the retail park and has to get a taxi both ways. That's half his wages." }],
  "i-moor-rangers": [{ by: "marcus", stance: "support", body: "Would be brilliant for some of our young people. Some have never been on the moor." }],
  "i-library-jobs-hub": [
    { by: "chloe", stance: "idea", body: "This is a better version of what I put in last year (library Saturdays) which didn't make it. Learned a lot from the comments then." },
    { by: "josh", stance: "support", body: "needed this when I was applying for jobs tbh" },
  ],
  "i-skate-spot": [
    { by: "colin", stance: "concern", body: "Noise for the houses on Rec Road?" },
    {
      by: "josh",
      stance: "idea",
      body: "It's by the tennis courts which is the far end from the houses. And we'd be there instead of on the precinct which is right under people's flats",
    },
    { by: "chloe", stance: "support", body: "Better than them being moved on every night. Supported." },
  ],
  "i-mens-shed": [
    { by: "rob", stance: "support", body: "George has been talking about this for a year. Proper idea this." },
    { by: "mark", org: "sowerbys", stance: "support", body: "We've got some old benches from the bakehouse you can have." },
  ],
  "i-bakery-apprentices": [{ by: "rob", stance: "support", body: "The 3am start with no bus is real, I used to walk it." }],
  "i-pennine-play": [
    { by: "megan", stance: "support", body: "There are so many kids on this estate. The green is just empty." },
    { by: "sunita", stance: "question", body: "Is the balancing pond fenced? Worried about little ones near the water" },
    { by: "lucy", stance: "idea", body: "It is fenced already, and the play area would be on the far side from the pond." },
  ],
  "i-gp-transport": [{ by: "george", stance: "support", body: "Would help Kirkby too. My hospital appointments cost me £30 in taxis." }],
  "i-market-startups": [
    { by: "kwame", stance: "support", body: "Good Grub started on a market stall. This is how you start a business without losing your house." },
    { by: "mo", org: "market-traders", stance: "idea", body: "Every trader who takes a trial stall gets one of us as a mentor. I've put my name down." },
  ],
  "i-muga-football": [
    { by: "yusuf", stance: "support", body: "The girls' session especially. My daughter plays but there's no team near us." },
    { by: "dawn", stance: "concern", body: "The lights on the MUGA go off at 8. Would need that sorting for winter." },
  ],
  "i-retrofit-bootcamp": [
    { by: "ian", stance: "question", body: "Do you need any building experience to apply?" },
    { by: "femi", org: "college", stance: "idea", body: "No. We look for maths at Level 1 or willingness to do it alongside, and good people skills. The assessor part is a lot of talking to householders." },
  ],
  "i-green-gym": [{ by: "jean", stance: "support", body: "The wildflower bank needs the help! Very welcome." }],
  "i-starter-packs": [{ by: "bernie", stance: "support", body: "We see people moving in with nothing all the time. This would stop a lot of debt." }],
  "i-community-organisers": [
    { by: "maureen", stance: "support", body: "Sharon has done this for free for decades. About time." },
    { by: "stuart", stance: "question", body: "What would they actually do day to day? Bit vague." },
    {
      by: "sharon",
      stance: "idea",
      body: "Door knocking, 1-to-1 conversations, helping people run a meeting, write a proposal like this, talk to the council. Citizens UK trains organisers, we'd use their model.",
    },
  ],
  "i-refugee-drivers": [{ by: "farid", org: "refugee-welcome", stance: "support", body: "We have 15 people on our list already who drove professionally." }],
  // The 2026 plan: mostly from the ideas phase, a few after the result.
  "p-pantry-cold-store": [
    { by: "fatima", stance: "support", body: "We turned away 30 chickens last week. Heartbreaking." },
    { by: "kayleigh", stance: "support", date: "2026-07-04T19:12:00Z", body: "Been to the pantry since the cold store went in. So much more fresh stuff. Thank you to everyone who voted" },
  ],
  "p-cinder-minibus": [
    { by: "janet", stance: "idea", body: "Please get one with a wheelchair lift. My neighbour can't use the 27 at all." },
    { by: "marcus", org: "cinder-youth", stance: "idea", body: "We've costed the lift. It adds about £4k; we'll ask for it at shortlisting." },
  ],
  "p-defibrillator": [
    { by: "pete", stance: "support", body: "RIP Frank Haigh. Do this for him." },
  ],
  "p-retrofit-academy": [
    { by: "abdi", stance: "question", body: "Do you have to have GCSEs to do the course?" },
    { by: "lorraine", org: "college", stance: "idea", body: "No. The taster is open to anyone over 19 and we'll do English and maths alongside if needed." },
    { by: "maureen", stance: "support", date: "2026-10-06T16:40:00Z", body: "Saw the first flats finished. Beautiful job, the family who moved in are ever so pleased." },
  ],
  "p-holme-mill-workspace": [
    { by: "jas", stance: "support", body: "Our traders would move into these in a heartbeat." },
    {
      by: "devinder",
      stance: "question",
      date: "2026-10-05T08:55:00Z",
      body: "Any update on the lease? It's been 7 months since the vote.",
      replies: [{ by: "aisha", stance: "idea", date: "2026-10-06T11:20:00Z", body: "Legal are nearly there with the owner, Devinder. We expect to bring it into version 2 of the plan in December. I'll post here as soon as it's signed." }],
    },
  ],
  "p-brackside-placements": [{ by: "bogdan", stance: "support", body: "Good. Warehouse work is hard but the pay is fair at Brackside." }],
  "p-bikes-for-jobseekers": [{ by: "liam", stance: "support", body: "Volunteering on this every Saturday. 150 bikes is a lot of bikes!" }],
  "p-miners-welfare-roof": [{ by: "rob", stance: "support", body: "The Welfare is the heart of the village. Can't let it close." }],
  "p-library-saturdays": [
    { by: "ruth", stance: "support", body: "Libraries should be open when working people can use them." },
    { by: "graham", stance: "concern", body: "Thornleigh is one of the better-off areas. Should this be a priority?" },
  ],
  "p-market-trial-stalls": [{ by: "kwame", stance: "support", date: "2026-03-04T12:30:00Z", body: "Shame this missed out. Please try again next year." }],
  "p-esol-cafes": [{ by: "amira", stance: "support", body: "Volunteered at one of these in Leeds. They work." }],
  "p-alley-gating": [{ by: "kayleigh", stance: "support", body: "The lights on Aidan's Walk have been out since summer." }],
  "p-st-aidans-nursery": [{ by: "fatima", stance: "support", body: "I'd go back to work full time if I could get childcare." }],
  "p-crisis-cafe": [{ by: "megan", stance: "support", date: "2026-01-21T20:05:00Z", body: "We see this in A&E every weekend. Really good to hear the NHS will fund it." }],
  "p-towers-cctv": [{ by: "sharon", stance: "concern", body: "Cameras are the council's job as landlord, Kev, not the plan's. We'll keep on at them." }],
  "p-westbrook-20mph": [{ by: "hannah", stance: "support", body: "The rat-running on Clarendon Street is terrifying." }],
};
