// Closed word classes the rules count one word at a time (pronouns, auxiliaries, participles).
// Ours (MIT): these are grammar, not a published list.

export const FIRST_PERSON_SINGULAR = new Set(['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself', 'im', 'ive']);
export const FIRST_PERSON_PLURAL = new Set(['we', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'us', 'ourselves']);
export const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself', 'yourselves', 'ya', 'u', 'ur', "y'all"]);
/** Pronouns and "are" typed as they sound, in lower case: texting spellings ("see u there", "r u coming?"). */
export const SPOKEN_SPELLINGS = new Set(['u', 'ur', 'r', 'ya']);

/** Contracted forms of "is" worth counting; other "'s" endings are possessives. */
export const IS_CONTRACTIONS = new Set(["it's", "that's", "what's", "here's", "there's", "let's", "he's", "she's", "who's", "how's", "where's", "when's", "why's"]);
export const CONTRACTION_ENDINGS = ["n't", "'re", "'ve", "'ll", "'d", "'m"];

export const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got', 'gotten', 'getting']);

export const IRREGULAR_PARTICIPLES = new Set([
  'made', 'done', 'given', 'taken', 'seen', 'known', 'shown', 'sent', 'told', 'found', 'held', 'kept', 'left', 'lost',
  'paid', 'said', 'sold', 'built', 'bought', 'brought', 'caught', 'chosen', 'written', 'spoken', 'broken', 'forgotten',
  'hidden', 'stolen', 'drawn', 'driven', 'eaten', 'fallen', 'shaken', 'thrown', 'worn', 'won', 'spent', 'understood',
  'begun', 'bitten', 'blown', 'dealt', 'fed', 'felt', 'forgiven', 'frozen', 'grown', 'heard', 'laid', 'led', 'lent',
  'meant', 'met', 'overlooked', 'ridden', 'rung', 'sought', 'shot', 'shut', 'sold', 'struck', 'sworn', 'taught',
  'thought', 'torn', 'undone', 'withdrawn', 'woken', 'misled', 'mistaken', 'overtaken', 'rewritten', 'upheld',
]);

/** Participles that almost always work as adjectives after "be" ("we're excited", "it's based in"). */
export const ADJECTIVAL_PARTICIPLES = new Set([
  'excited', 'pleased', 'thrilled', 'delighted', 'interested', 'tired', 'bored', 'based', 'located', 'married',
  'supposed', 'used', 'concerned', 'involved', 'qualified', 'committed', 'dedicated', 'honored', 'honoured',
  'amazed', 'surprised', 'worried', 'scared', 'confused', 'disappointed', 'satisfied', 'impressed', 'inspired',
  'annoyed', 'frustrated', 'relieved', 'stressed', 'exhausted', 'engaged', 'prepared', 'limited', 'talented',
  'blessed', 'obsessed', 'stoked', 'pumped', 'done', 'gone', 'finished', 'closed', 'open', 'detailed', 'advanced',
  'experienced', 'skilled', 'focused', 'connected', 'excited', 'touched', 'humbled', 'tied', 'allowed', 'expected',
  'broken', 'booked', 'chuffed', 'hooked', 'soaked', 'sorted', 'delighted', 'sold', 'packed', 'crowded', 'fixed',
  'welcomed', 'loved', 'missed', 'spoiled', 'spoilt', 'amazed', 'thrilled', 'gutted', 'shocked', 'lost',
  // States of a thing or an account rather than actions ("is linked to your account", "is already
  // associated with an email"): naming an actor would make them worse.
  'associated', 'linked', 'related', 'attached', 'enabled', 'disabled', 'included', 'listed', 'subscribed', 'enrolled',
  'entitled', 'poised', 'expired', 'automated', 'outdated', 'dated', 'assured', 'complicated', 'sophisticated',
]);

/** Participles that with "up" or "out" name a state of mind or body ("fed up", "stressed out"), not an action done to someone. */
export const PHRASAL_STATES = new Set([
  'fed', 'stressed', 'freaked', 'burned', 'burnt', 'worn', 'creeped', 'grossed', 'bummed', 'pissed', 'psyched', 'hyped',
  'fucked', 'chilled', 'fired', 'wiped', 'tired', 'zonked',
]);

/** Capitalised words that are not names, so "It announces" is not third-person self-reference. */
export const NOT_NAMES = new Set([
  'i', 'we', 'he', 'she', 'it', 'they', 'this', 'that', 'who', 'what', 'which', 'there', 'here', 'everyone',
  'nobody', 'someone', 'everybody', 'one', 'today', 'now', 'also', 'and', 'but', 'so', 'the', 'a', 'an',
  'hi', 'hello', 'hey', 'dear', 'thanks', 'good', 'great', 'happy', 'congrats', 'congratulations', 'yes', 'no', 'ok',
  'okay', 'well', 'oh', 'wow', 'sorry', 'please',
]);

/** Upper-case words that are ordinary abbreviations, not shouting. */
export const COMMON_ACRONYMS = new Set([
  'ASAP', 'FAQS', 'HTTPS', 'GIF', 'GIFS', 'NASA', 'NASDAQ', 'UNICEF', 'LGBTQ', 'COVID', 'FIFA', 'NATO', 'OPEC', 'AMAZON',
  'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'GMT', 'BST', 'CET', 'UTC', 'USA', 'NYC', 'CEO', 'CFO', 'CTO', 'FAQ', 'ATM', 'TV',
]);
