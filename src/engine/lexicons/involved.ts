// Words of "involved" production: the features Biber (1988, "Variation across Speech and
// Writing", dimension 1) found together in conversation and apart from informational writing —
// private verbs, emphatics and amplifiers, hedges, discourse particles, causative subordination,
// possibility modals and analytic negation. Abridged to the single-word forms common in posts.
// The categories are Biber's; the selection is ours (MIT). Words also used in announcements
// ("can", "may", "now", "new") are left out, and so is texting shorthand ("kinda", "cuz", "tho"),
// which the interjection list already credits.

/** Verbs of thinking and feeling ("I think", "I hope", "I miss it"): the writer's own stance. */
const PRIVATE_VERBS = [
  'think', 'thought', 'know', 'knew', 'feel', 'felt', 'believe', 'guess', 'hope', 'hoped', 'suppose', 'wish', 'wished',
  'wonder', 'wondering', 'realize', 'realized', 'realise', 'realised', 'remember', 'forget', 'forgot', 'imagine',
  'mean', 'meant', 'doubt', 'reckon', 'bet', 'love', 'loved', 'hate', 'hated', 'miss', 'missed', 'want', 'wanted',
];
const EMPHATICS = ['really', 'actually', 'literally', 'totally', 'definitely', 'seriously', 'honestly', 'truly', 'even', 'ever', 'still', 'always', 'such'];
const HEDGES = ['maybe', 'perhaps', 'probably', 'basically', 'apparently', 'somehow'];
const DISCOURSE_PARTICLES = ['anyway', 'anyways', 'though', 'whatever'];
const CAUSATIVE = ['because', 'cause', 'bc'];
const POSSIBILITY_MODALS = ['could', 'might', 'would'];
const NEGATION = ['not', 'never', 'nothing', 'nobody'];

export type InvolvedKind = 'stance' | 'emphasis' | 'hedge' | 'particle' | 'reason' | 'possibility' | 'negation';

const KINDS: Array<[InvolvedKind, string[]]> = [
  ['stance', PRIVATE_VERBS],
  ['emphasis', EMPHATICS],
  ['hedge', HEDGES],
  ['particle', DISCOURSE_PARTICLES],
  ['reason', CAUSATIVE],
  ['possibility', POSSIBILITY_MODALS],
  ['negation', NEGATION],
];

/** Each word with the kind of involvement it marks. */
export const INVOLVED_WORDS: ReadonlyMap<string, InvolvedKind> = new Map(KINDS.flatMap(([kind, words]) => words.map((word) => [word, kind] as const)));
