/** Word lists the offline generator combines into bios and looks; large enough that 100 personas rarely repeat. */

export const PERSONALITY_TRAITS = [
  "curious", "patient", "witty", "meticulous", "warm", "ambitious", "calm under pressure", "outspoken", "empathetic",
  "pragmatic", "playful", "reserved", "optimistic", "analytical", "generous", "stubborn", "adventurous", "thoughtful",
  "competitive", "easygoing", "disciplined", "imaginative", "loyal", "dry-humoured", "energetic", "diplomatic",
  "independent", "perfectionist", "sociable", "introspective", "resourceful", "spontaneous", "principled", "gentle",
  "bold", "methodical", "charismatic", "frank", "quietly confident", "nurturing", "restless", "observant", "sarcastic",
  "dependable", "idealistic", "sceptical", "cheerful", "driven", "laid-back", "inventive", "protective", "modest",
  "talkative", "organised", "romantic", "tenacious", "open-minded", "self-deprecating", "steady", "enthusiastic",
] as const;

/** Gerund phrases that read after "spends free time", "unwinds by" and "Weekends are for". */
export const HOBBIES = [
  "hiking coastal trails", "restoring vintage bicycles", "playing five-a-side football", "baking sourdough", "tending a balcony garden",
  "climbing at the local bouldering gym", "collecting vinyl records", "learning Japanese", "playing jazz piano", "running half-marathons",
  "painting watercolour landscapes", "brewing craft beer", "volunteering at an animal shelter", "playing chess online",
  "wild swimming", "photographing street life", "cooking elaborate family dinners", "practising yoga at sunrise",
  "building mechanical keyboards", "reading crime novels", "sailing on weekends", "birdwatching", "playing in a community orchestra",
  "writing short fiction", "camping with friends", "dancing salsa", "fixing up an old camper van", "knitting chunky scarves",
  "cycling long distances", "hosting board-game nights", "foraging for mushrooms", "skiing whenever possible",
  "going to indie film festivals", "coaching a kids' basketball team", "making pottery", "trail running", "growing chillies",
  "travelling by train across the continent", "doing crossword puzzles", "surfing at dawn", "learning the guitar", "kayaking",
] as const;

export const VALUES = [
  "doing things properly", "clear communication", "work that helps people", "fairness", "a good work-life balance",
  "craftsmanship", "honest feedback", "lifelong learning", "community", "sustainability", "family", "keeping promises",
  "small everyday kindnesses", "curiosity over certainty",
] as const;

export const EARLIER_PATHS = [
  "a few years abroad", "an apprenticeship", "studying in another city", "a false start in law", "a year of backpacking",
  "a stint in retail", "a career change", "a gap year spent volunteering", "working in the family business", "a short spell in the military",
] as const;

/** Distinctive details for the appearance description; `who` limits a detail to some people. */
export const DISTINCTIVE_FEATURES: readonly { text: string; who?: "female" | "male"; minAge?: number; maxAge?: number }[] = [
  { text: "a warm, easy smile" },
  { text: "light freckles across the nose" },
  { text: "dimples when smiling" },
  { text: "a small scar through one eyebrow" },
  { text: "round tortoiseshell glasses" },
  { text: "thin wire-rimmed glasses" },
  { text: "strong, expressive eyebrows" },
  { text: "high cheekbones" },
  { text: "a slightly crooked nose" },
  { text: "a small nose stud" },
  { text: "simple silver earrings" },
  { text: "a gap between the front teeth" },
  { text: "a beauty mark near the lip" },
  { text: "a neatly trimmed beard", who: "male", minAge: 20 },
  { text: "light stubble", who: "male" },
  { text: "a full moustache", who: "male", minAge: 30 },
  { text: "subtle everyday makeup", who: "female" },
  { text: "gold hoop earrings", who: "female" },
  { text: "laugh lines around the eyes", minAge: 35 },
  { text: "crow's feet and a weathered tan", minAge: 50 },
  { text: "a youthful, open face", maxAge: 30 },
  { text: "reading glasses pushed up on the head", minAge: 45 },
];
