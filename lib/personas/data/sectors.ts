import type { PhotoStyle } from "@/lib/avatars/persona-schemas";

/**
 * Occupational worlds a brief can name. The offline generator takes roles, work details, clothing and a
 * photo style from the sectors a brief mentions, so "tech professionals" reads differently from "nurses".
 */
export interface PersonaSector {
  id: string;
  match: RegExp;
  /** work: "with N years of experience"; study and retired bios are phrased differently. */
  kind: "work" | "study" | "retired";
  roles: readonly string[];
  /** Present-participle phrases: "currently building payment APIs". */
  details: readonly string[];
  clothing: readonly string[];
  styles: readonly (readonly [PhotoStyle, number])[];
  /** Used only when neither constraints nor the brief give ages. */
  ages?: readonly [number, number];
}

export const PERSONA_SECTORS: readonly PersonaSector[] = [
  {
    id: "tech",
    match: /\b(tech|technology|software|developers?|engineers?|engineering|saas|startups?|programmers?|coders?|data|ai|machine learning|devops|cyber ?security|it professionals?)\b/i,
    kind: "work",
    roles: [
      "software engineer", "product manager", "data scientist", "UX designer", "DevOps engineer", "engineering manager",
      "frontend developer", "backend developer", "security analyst", "QA engineer", "machine learning engineer",
      "startup founder", "technical writer", "cloud architect", "mobile developer", "site reliability engineer",
    ],
    details: [
      "working on a payments platform", "building tools for logistics companies", "leading a small cross-functional team",
      "mentoring junior colleagues", "working for a remote-first start-up", "helping a scale-up through rapid growth",
      "working on healthcare software", "building products for small businesses", "working on accessibility",
    ],
    clothing: ["a merino crew-neck sweater", "a casual overshirt", "a plain dark T-shirt under an open flannel shirt", "a smart-casual blazer over a tee", "a minimalist hoodie"],
    styles: [["corporate headshot", 3], ["lifestyle", 3], ["casual", 2], ["editorial", 1]],
  },
  {
    id: "healthcare",
    match: /\b(health ?care|health|medical|doctors?|nurses?|clinical|clinics?|hospitals?|physicians?|pharmac\w*|therapists?|dentists?|midwives|paramedics?)\b/i,
    kind: "work",
    roles: [
      "nurse", "general practitioner", "physiotherapist", "pharmacist", "paediatrician", "dentist", "midwife",
      "radiographer", "occupational therapist", "surgeon", "paramedic", "clinical researcher",
    ],
    details: [
      "working at a busy city hospital", "serving a rural community", "training new staff",
      "supporting patients through long recoveries", "working night shifts", "taking part in a research study",
    ],
    clothing: ["navy scrubs", "a white coat over a light blue shirt", "teal scrubs with a lanyard", "a neat cardigan over a collared shirt"],
    styles: [["photorealistic", 3], ["corporate headshot", 2], ["lifestyle", 2]],
  },
  {
    id: "creative",
    match: /\b(creatives?|artists?|designers?|design|musicians?|photographers?|writers?|filmmakers?|illustrators?|actors?|art)\b/i,
    kind: "work",
    roles: [
      "graphic designer", "illustrator", "photographer", "musician", "filmmaker", "copywriter", "art director",
      "ceramicist", "novelist", "animator", "interior designer", "theatre actor",
    ],
    details: [
      "preparing a first solo show", "running a small studio", "working with independent brands",
      "freelancing for agencies across the country", "working on a passion project",
    ],
    clothing: ["a paint-flecked denim jacket", "an oversized linen shirt", "a black turtleneck", "a vintage band tee", "a colourful knit cardigan"],
    styles: [["editorial", 3], ["lifestyle", 2], ["cinematic", 2], ["casual", 1]],
  },
  {
    id: "business",
    match: /\b(finance|financial|bank(s|ing|ers?)?|accountants?|consultants?|business(es|people|women|men)?|executives?|corporate|investors?|lawyers?|legal|managers?|entrepreneurs?)\b/i,
    kind: "work",
    roles: [
      "financial analyst", "accountant", "management consultant", "investment banker", "corporate lawyer", "operations manager",
      "HR manager", "sales director", "project manager", "auditor", "entrepreneur", "chief financial officer",
    ],
    details: [
      "working with mid-sized manufacturers", "advising family-owned businesses", "helping a start-up prepare for funding",
      "managing a team of twelve", "working for a sustainable-investment firm",
    ],
    clothing: ["a tailored charcoal suit", "a navy blazer over a crisp white shirt", "a camel coat over a fine-knit sweater", "a sharp grey suit jacket"],
    styles: [["corporate headshot", 5], ["editorial", 1], ["photorealistic", 1]],
  },
  {
    id: "education",
    match: /\b(teachers?|education|educators?|professors?|academics?|researchers?|lecturers?|teaching|schools?|scientists?)\b/i,
    kind: "work",
    roles: [
      "primary school teacher", "secondary school teacher", "university lecturer", "researcher", "school counsellor",
      "librarian", "language teacher", "special education teacher", "headteacher", "lab scientist",
    ],
    details: [
      "mentoring younger colleagues", "writing a grant proposal", "leading a literacy programme", "teaching evening classes for adults",
    ],
    clothing: ["a tweed blazer", "a soft knit sweater over a collared shirt", "a cardigan and reading glasses on a cord", "a smart button-down shirt"],
    styles: [["photorealistic", 3], ["lifestyle", 2], ["corporate headshot", 1]],
  },
  {
    id: "students",
    match: /\b(students?|undergrad(uate)?s?|grad(uate)?s|university|college)\b/i,
    kind: "study",
    roles: [
      "computer science student", "medical student", "law student", "design student", "engineering student",
      "economics student", "biology student", "architecture student", "music student", "psychology student",
    ],
    details: [
      "finishing a thesis on urban heat", "interning at a local start-up", "volunteering at a student radio station",
      "spending a semester abroad", "tutoring first-years",
    ],
    clothing: ["a hoodie and a canvas tote", "a denim jacket over a tee", "an oversized sweatshirt", "a flannel shirt and headphones around the neck"],
    styles: [["casual", 4], ["lifestyle", 3]],
    ages: [18, 26],
  },
  {
    id: "fitness",
    match: /\b(fitness|athletes?|athletic|sports?|gyms?|trainers?|yoga|runners?|cyclists?|coaches?|wellness)\b/i,
    kind: "work",
    roles: [
      "personal trainer", "yoga instructor", "sports physiotherapist", "marathon runner", "cycling coach", "climbing instructor",
      "nutritionist", "football coach", "competitive swimmer", "pilates instructor",
    ],
    details: [
      "preparing for an ultramarathon", "coaching a youth team", "running outdoor bootcamps", "building a strength programme for seniors",
    ],
    clothing: ["a fitted athletic top", "a lightweight running jacket", "a zip-up track jacket", "a breathable training tee"],
    styles: [["fitness", 6], ["lifestyle", 2]],
  },
  {
    id: "food",
    match: /\b(chefs?|food|cooks?|culinary|restaurants?|bakers?|baristas?|hospitality|cafes?|cafés?)\b/i,
    kind: "work",
    roles: ["chef", "pastry chef", "baker", "barista", "sommelier", "restaurant owner", "food writer", "line cook", "café manager", "hotel manager"],
    details: ["opening a second restaurant", "perfecting a sourdough recipe", "sourcing from local farms", "running a supper club"],
    clothing: ["a white chef's jacket", "a canvas apron over a rolled-sleeve shirt", "a striped apron and a linen shirt"],
    styles: [["lifestyle", 4], ["photorealistic", 2], ["editorial", 1]],
  },
  {
    id: "media",
    match: /\b(marketing|marketers?|sales|media|journalists?|influencers?|social media|brand|branding|content creators?|advertising)\b/i,
    kind: "work",
    roles: [
      "marketing manager", "content creator", "journalist", "brand strategist", "social media manager", "PR consultant",
      "SEO specialist", "podcast host", "video producer", "copy editor",
    ],
    details: ["working with local businesses", "growing a newsletter", "working for a non-profit", "producing a weekly podcast"],
    clothing: ["a relaxed blazer over a graphic tee", "a silk blouse", "a bold knit sweater", "an oversized shirt"],
    styles: [["lifestyle", 3], ["editorial", 3], ["fashion", 1]],
  },
  {
    id: "trades",
    match: /\b(trades?(people|persons|men|women)?|construction|electricians?|plumbers?|carpenters?|mechanics?|farmers?|factory|craftspeople|blue[- ]collar|builders?)\b/i,
    kind: "work",
    roles: ["electrician", "carpenter", "plumber", "mechanic", "farmer", "welder", "site manager", "furniture maker", "landscape gardener", "truck driver"],
    details: ["restoring old farmhouses", "running a two-person workshop", "training an apprentice", "converting vans into campers"],
    clothing: ["a work shirt with rolled sleeves", "a hi-vis vest over a hoodie", "canvas overalls", "a flannel shirt and work boots"],
    styles: [["photorealistic", 3], ["lifestyle", 3], ["cinematic", 1]],
  },
  {
    id: "fashion",
    match: /\b(fashion|models?|stylists?|beauty|makeup)\b/i,
    kind: "work",
    roles: ["fashion model", "stylist", "makeup artist", "fashion buyer", "boutique owner", "hairdresser", "beauty editor", "textile designer"],
    details: ["preparing for fashion week", "curating a vintage collection", "styling an album cover shoot"],
    clothing: ["a tailored trench coat", "a statement silk shirt", "a structured blazer dress", "a monochrome designer outfit"],
    styles: [["fashion", 5], ["editorial", 3]],
  },
  {
    id: "retired",
    match: /\b(retirees?|retired|seniors|elderly|pensioners?|grandparents?|older adults)\b/i,
    kind: "retired",
    roles: [
      "retired teacher", "retired engineer", "retired nurse", "retired carpenter", "retired accountant", "retired postal worker",
      "retired librarian", "retired shop owner",
    ],
    details: ["volunteering at the local library", "tending an allotment", "learning to paint in watercolour", "babysitting grandchildren twice a week"],
    clothing: ["a cosy cable-knit cardigan", "a quilted gilet over a checked shirt", "a soft wool sweater", "a linen shirt and a sun hat"],
    styles: [["photorealistic", 3], ["lifestyle", 3], ["casual", 1]],
    ages: [62, 85],
  },
];

/** For briefs that name no sector: a broad spread of ordinary jobs. */
export const GENERAL_SECTOR: PersonaSector = {
  id: "general",
  match: /$^/,
  kind: "work",
  roles: [
    "teacher", "nurse", "software developer", "accountant", "graphic designer", "electrician", "marketing manager", "chef",
    "architect", "pharmacist", "civil engineer", "social worker", "journalist", "sales representative", "small-business owner",
    "photographer", "logistics coordinator", "lab technician", "firefighter", "librarian", "real-estate agent",
    "physiotherapist", "veterinarian", "translator", "HR specialist", "barista", "dentist", "airline pilot", "carpenter",
    "urban planner",
  ],
  details: [],
  clothing: ["a casual button-down shirt", "a soft crew-neck sweater", "a denim jacket over a plain tee", "a light trench coat", "a knit cardigan"],
  styles: [["photorealistic", 3], ["casual", 2], ["lifestyle", 2], ["corporate headshot", 1.5], ["editorial", 1], ["cinematic", 0.5]],
};
