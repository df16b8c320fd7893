// Phrase lists written for Rapport (MIT, like the project) where no published, licensed list
// exists. Each list names the RUBRIC.md signal it serves. Phrases are matched as whole word
// sequences, case-insensitively, with ’ and ' treated alike; longer phrases win over shorter ones.

import { combine, entries, type Lexicon } from './types';

const OURS = { source: 'Rapport (written for RUBRIC.md)', licence: 'MIT' };

const WE_ARE = ['we are', "we're", 'we are so', "we're so", 'we are very', "we're very", 'we are super', "we're super"];
const STRONG_FEELINGS = ['excited', 'proud', 'thrilled', 'pleased', 'delighted', 'honored', 'honoured'];
const ANNOUNCING = [
  'to announce', 'to share', 'to introduce', 'to launch', 'to unveil', 'to present', 'to reveal', 'to sponsor',
  'to partner', 'to support', 'to be', 'to have', 'to host', 'to welcome', 'to celebrate', 'to offer', 'to bring',
  'to work with', 'to join',
];

/** Reciprocity, lowers: "we're excited to announce", "our new" — the company talking about itself. */
export const broadcast: Lexicon = {
  id: 'broadcast',
  ...OURS,
  entries: entries([
    ...combine(WE_ARE, STRONG_FEELINGS),
    ...combine(WE_ARE, STRONG_FEELINGS, ANNOUNCING.slice(0, 7)),
    ...combine(STRONG_FEELINGS, ANNOUNCING.slice(0, 7)),
    // "Happy to share the drafts if they'd help" offers; "happy to announce" announces.
    ...combine(['happy', 'glad'], ANNOUNCING.slice(0, 7).filter((phrase) => phrase !== 'to share')),
    ...combine(STRONG_FEELINGS, ANNOUNCING.slice(7)),
    'introducing', 'announcing', 'our new', 'our latest', 'our newest', 'now available', 'just launched',
    "we've launched", 'we have launched', 'we launched', 'is now live', 'now live', 'big news', 'press release',
    'our award-winning', 'we are proud of', 'we are committed to', "we're committed to",
    // The brand announcing itself in the third person: also in the third-person list, for voice.
    ...combine(['is', 'are'], [...STRONG_FEELINGS, 'happy'], ANNOUNCING.slice(0, 9)),
    ...combine(['is', 'are', 'remains', 'remain'], ['committed', 'dedicated'], ['to']),
    'we have been recognised', 'we have been recognized', "we've been recognised", "we've been recognized", 'we have been named',
    "we've been named", 'we look forward to', 'our continued growth', 'proud to be named',
  ]),
};

/** Reciprocity, lowers: discount and urgency pressure. "N% off" is matched by the rule itself. */
export const hardSell: Lexicon = {
  id: 'hard-sell',
  ...OURS,
  entries: entries([
    'buy now', 'shop now', 'order now', 'order today', 'book now', 'buy today', 'shop today', 'act now', 'hurry',
    'limited time', 'limited-time', 'limited time only', 'for a limited time', 'limited offer', "don't miss out",
    'do not miss out', "don't miss", 'while supplies last', 'while stocks last', 'use code', 'use promo code',
    'promo code', 'discount code', 'coupon code', 'today only', 'last chance', 'ends tonight', 'ends today',
    'ends soon', 'ends midnight', 'sale ends', 'flash sale', 'special offer', 'exclusive offer', 'exclusive deal',
    'save big', 'huge savings', 'lowest price', 'lowest prices', 'best price', 'deal of the day', 'grab yours',
    'get yours', 'get yours now', 'buy one get one', 'bogo', 'free shipping', 'clearance', 'half price',
    'half-price', 'sign up now', 'sign up today', 'subscribe now', 'only a few left', 'selling fast',
    'before it’s gone', "before it's gone", 'before they are gone', "before they're gone", 'order yours',
  ]),
};

/** Reciprocity, lowers: asking for likes, shares and follows, and boasting about counts. */
export const engagementBait: Lexicon = {
  id: 'engagement-bait',
  ...OURS,
  entries: entries([
    'like and retweet', 'like and share', 'like & share', 'like & retweet', 'rt to win', 'retweet to win',
    'share to win', 'like to win', 'follow to win', 'follow and rt', 'follow and retweet', 'follow & rt',
    'tag a friend', 'tag 2 friends', 'tag 3 friends', 'tag two friends', 'tag three friends', 'tag your friends',
    'tag someone', 'like if', 'rt if', 'retweet if', 'share if', 'please rt', 'pls rt', 'plz rt', 'please retweet',
    'please share this', 'share this', 'smash that like', 'hit that like', 'help us reach', 'help us get to', 'follow us',
    'follow for more', 'like our page', 'like this post', 'retweet this', 'rt this', 'rt to', 'retweet to',
    'share this post',
  ]),
};

/** Reciprocity, lowers (anywhere in a sentence): pointers that send the reader off to do something for the company. */
export const companyCallToAction: Lexicon = {
  id: 'company-cta',
  ...OURS,
  entries: entries([
    'click here', 'click the link', 'click on the link', 'tap the link', 'link in bio', 'swipe up', 'learn more',
    'read more', 'find out more', 'see more', 'more info here', 'more information here', 'more details here', 'details here',
    'full details here', 'read the full', 'full story', 'watch our', 'see our', 'view our', 'read our', 'check out our',
    'download our', 'try our', 'listen to our', 'visit our', 'visit us', 'join us', 'register now', 'register here',
    'register today', 'sign up', 'vote for', 'vote now', 'download now', 'download the', 'watch now', 'watch the video',
    'watch the', 'catch our', 'stay tuned', 'tune in', 'more in our', 'find out how',
    'more here', 'read it here', 'watch it here', 'video here', 'blog here', 'start here', 'info here',
    'get it here', 'get yours here', 'get it now', 'get the guide', 'get the report', 'find them here', 'find it here',
    'available at', 'available here', 'link below', 'see link', 'full details at', 'find out more at',
  ]),
};

/** Reciprocity, lowers when a sentence opens with one: imperatives asking the reader to act. */
export const imperativeOpeners: Lexicon = {
  id: 'imperative-opener',
  ...OURS,
  entries: entries([
    'click', 'register', 'vote', 'download', 'subscribe', 'watch', 'check out', 'visit', 'follow', 'join', 'apply',
    'book', 'order', 'view', 'take a look', 'have a look', 'catch', 'discover', 'explore', 'enter', 'nominate',
    'rsvp', 'listen', 'read', 'learn', 'find out', 'grab', 'sign up', 'don’t forget to', "don't forget to",
    'remember to', 'be sure to', 'head over to', 'stop by', 'come see', 'come visit', 'shop', 'buy', 'donate',
    'retweet', 'see how', 'see what', 'see why', 'see who', 'find out how', 'learn how', 'discover how', 'read how',
    'watch how', 'start here', 'check it out', 'take our', 'come and see', 'show your support', 'support us', 'see us', 'meet us',
  ]),
};

/**
 * Reciprocity, raises when a clause opens with one: everyday advice verbs ("try a coarser grind",
 * "stuff them with newspaper", "send invoices on a Tuesday"). A tip gives the reader something;
 * the verbs that send the reader off for the company are in imperative-opener.
 */
export const adviceVerbs: Lexicon = {
  id: 'advice-verb',
  ...OURS,
  entries: entries([
    'try', 'use', 'keep', 'add', 'avoid', 'bring', 'put', 'let', 'leave', 'turn', 'switch', 'stuff', 'trim', 'wrap',
    'water', 'soak', 'store', 'save', 'write', 'send', 'pick', 'choose', 'start', 'stop', 'give', 'take', 'set',
    'hold', 'press', 'tap', 'open', 'update', 'restart', 'clear', 'plug', 'unplug', 'reset', 'pop', 'drop', 'show',
    'ask', 'wear', 'pack', 'boil', 'mix', 'rinse', 'dry', 'cut', 'go to', 'head to', 'make sure', 'double-check',
    'check', 'skip', 'swap', 'wait', 'plan', 'note', 'remember', 'stick to', 'aim for', 'look for',
  ]),
};

/** Reciprocity, raises: explicit invitations to answer. */
export const invitations: Lexicon = {
  id: 'invitation',
  ...OURS,
  entries: entries([
    'tell us', 'tell me', 'let us know', 'let me know', 'reply with', 'reply and', 'reply here', 'share your',
    'share with us', 'share them with us', 'what do you think', 'what would you', "what's your", 'what is your',
    'what are your', 'how would you', 'how do you', 'which do you', 'which would you', 'would you rather',
    "we'd love to hear", 'we would love to hear', "i'd love to hear", 'i would love to hear', 'love to hear from you',
    'drop us a line', 'drop us a note', 'drop a comment', 'leave a comment', 
    'feel free to', 
    'ask us', 'ask me', 'ask me anything', 'hit reply', 'join the conversation', 'your thoughts', 'we want to hear',
    'weigh in', 'chime in', 'sound off', 'your turn', 'who else', 'anyone else', 
    'we’re listening', "we're listening", 'we are listening', 'talk to us', 'chat with us', 'your story',
    'your stories', 'your ideas', 'your questions', 'your feedback', 'any questions', 
    'provide some details',
    'can you tell', 'could you tell', 'can you share', 'could you share', 'can you confirm', 'could you confirm',
    'please confirm', 'keep us posted', 'let us know how', 'hear from you', 
    'fill us in', 'get back to us', 
    'give us a shout', 'reply to this', 'chat with me', 'talk to me', 'ask away', 'message me here', 'message us here',
  ]),
};

/**
 * Reciprocity, raises a little: ways to take the conversation elsewhere ("DM us", "contact us").
 * A way to answer, but answering in the open beats deflecting (RUBRIC: a dialogic loop).
 */
export const redirects: Lexicon = {
  id: 'redirect',
  ...OURS,
  entries: entries([
    'dm us', 'dm me', 'send us a dm', 'send us a message', 'send me a dm', 'send me a message', 'message us', 'get in touch', 'reach out to us', 'reach out to me', 'join us in a dm', 'in a dm', 'via dm', 'by dm', 'over dm', 'send us your details', 'contact us', 'reach us', 'call us', 'email us', 'dm our team', 'meet us in dm', 'give us a call', 'write to us', 'provide us with', 'share your details',
    'send us a note', 'send me a note', 'send us a message here', 'follow up here', 'follow up with us', 'reach out', 'reach out here',
    'chat with us here', 'contact our', 'contact the', 'get in touch with', 'try contacting', 'try reaching out',
    'join us in dm', 'in dm', 'follow up', 'follow up there',
  ]),
};


/** Reciprocity, raises: thanking, crediting, congratulating, welcoming others. */
export const acknowledgement: Lexicon = {
  id: 'acknowledgement',
  ...OURS,
  entries: entries([
    'thank you', 'thanks', 'thx', 'ty', 'tysm', 'many thanks', 'thanks so much', 'thank you so much', 'thanks a lot',
    'thanks for sharing', 'thank you for sharing', 'congrats', 'congratulations', 'well done', 'kudos',
    'shout out', 'shout-out', 'shoutout', 'hats off', 'props to', 'h/t', 'hat tip', 'credit to', 'welcome aboard',
    'welcome to the', 'glad you', 'glad to hear', 'happy to hear', 'so glad', 'good luck', 'best of luck',
    'appreciate it', 'we appreciate', 'i appreciate', 'appreciate you', 'appreciate your', 'cheers', 'well said',
    'nicely done', 'great to see', 'love this', 'love that', 'love your', 'loved your', 'great to hear',
    "you're welcome", 'you are welcome', 'no problem', 'no worries', 'my pleasure', 'anytime', 'any time',
  ]),
};

/** Voice, raises: sympathy, apology in the writer's own words, willingness to help. */
export const empathy: Lexicon = {
  id: 'empathy',
  ...OURS,
  entries: entries([
    'sorry', 'so sorry', "i'm sorry", 'i am sorry', "we're sorry", 'we are sorry', 'really sorry', 'very sorry',
    'apologies', 'my apologies', 'our apologies', 'i apologize', 'i apologise', 'i understand', 'we understand',
    'i get it', 'we get it', 'i hear you', 'we hear you', "that's frustrating", 'that is frustrating',
    'how frustrating', 'sounds frustrating', 'i can imagine', 'i know how', "that's not what we want",
    'not the experience', 'happy to help', 'glad to help', 'here to help', "we're here for you", 'hope this helps',
    'hope that helps', 'hang in there', 'take care', "we're on it", "i'm on it", 'i feel you', 'that stinks',
    "that's not ok", "that's not okay", 'not good enough', "i'd be frustrated", 'we can help', 'i can help',
    "let's fix", "let's get this", "let's sort", "let's get you",
  ]),
};

/** Reciprocity, raises: answering criticism directly and humbly, admitting a mistake, apologising. */
export const candour: Lexicon = {
  id: 'candour',
  ...OURS,
  entries: entries([
    "you're right", 'you are right', "you're absolutely right", 'fair point', 'good point', 'fair enough',
    'good catch', 'our mistake', 'my mistake', 'our fault', 'my fault', 'my bad', 'we got it wrong',
    'we got this wrong', 'i got it wrong', 'we messed up', 'i messed up', 'we screwed up', "that's on us",
    "that's on me", 'we should have', 'i should have', 'we dropped the ball', 'we fell short', 'we were wrong',
    'i was wrong', 'we made a mistake', 'i made a mistake', 'thanks for pointing', 'thanks for flagging',
    'thank you for pointing', 'thanks for the heads up', 'not good enough', 'we owe you', 'you deserve better',
    "we'll do better", 'we will do better', "we'll fix", 'we will fix', "i'll fix", "we'll look into",
    'we will look into', "i'll look into", 'we hear you', 'point taken',
    // An apology answers a complaint directly; the same words count for voice in the empathy list.
    'sorry', 'so sorry', "i'm sorry", 'i am sorry', "we're sorry", 'we are sorry', 'really sorry', 'very sorry',
    'apologies', 'my apologies', 'our apologies', 'i apologize', 'i apologise', 'sorry to hear',
  ]),
};

/** Reciprocity, raises: something useful for the reader — a tip, a how-to, an answer. */
export const usefulContent: Lexicon = {
  id: 'useful-content',
  ...OURS,
  entries: entries([
    "here's how", 'here is how', 'top tip', 'pro tip', 'quick tip', 'step by step', 'the best way to', 'you can', 'you could', 'you can try',
    'try this', 'make sure you', 'in case you', 'if you need', "if you're", 'if you are', 'so you can',
    'to help you', 'helps you', 'for you', 'saves you', 'save you', 'the answer', 'the fix', 'a fix', 'workaround',
    // Offers of help are for the reader too (also in the empathy list, for voice).
    'happy to help', 'glad to help', 'here to help', 'hope this helps', 'hope that helps', 'we can help', 'i can help',
    // So are promises to follow up: the reader will hear back without asking again.
    'let you know', 'keep you posted', 'keep you updated', 'keep you in the loop',
  ]),
};

/** Voice, raises: informal speech — greetings and interjections. */
export const interjections: Lexicon = {
  id: 'interjection',
  ...OURS,
  entries: entries([
    'hi', 'hey', 'hello', 'hiya', 'howdy', 'oh', 'oh no', 'uh oh', 'wow', 'yay', 'woohoo', 'woo', 'haha', 'hahaha',
    'hah', 'lol', 'omg', 'ugh', 'oops', 'whoops', 'whoa', 'yikes', 'phew', 'hmm', 'ah', 'aw', 'aww', 'yep', 'yeah',
    'yup', 'nope', 'ok', 'okay', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', "y'all", 'folks', 'heh', 'meh',
    'damn', 'dang', 'jeez', 'geez', 'oh well', 'good morning', 'good evening', 'morning', 'cheers',
    // Texting shorthand: informal speech in its written form.
    'idk', 'imo', 'imho', 'tbh', 'smh', 'btw', 'ikr', 'rn', 'ppl', 'cuz', 'tho', 'lmao', 'rofl', 'ngl', 'omw', 'ily',
    'xoxo', 'xo', 'xx', 'xxx', 'bro', 'dude', 'fam', 'gotcha', 'ya know', 'u r', 'thnx', 'pls', 'plz', 'soooo', 'sooo',
    'thx', 'b4', 'tmrw', 'cos', 'coz', 'xd', 'wtf', 'fml', 'lmfao', 'omfg', 'gr8', 'luv',
    'nah', 'yo', 'bruh', 'mmm', 'oh my god', 'oh my gosh', 'the hell', 'what the hell', 'hell yeah', 'hell no', 'crap',
    'holy crap', 'holy cow', 'sheesh', 'welp', 'ew', 'eww', 'ooh', 'oooh', 'ahh', 'argh', 'yass',
    // Texting slang: unmistakably someone talking (no release or notice says them). Profanity is
    // left out on purpose: a coach for brand accounts does not reward swearing, whoever does it.
    'freaking', 'frickin', 'hella', 'yall', 'finna', 'tryna', 'ima', 'imma', 'dunno', 'gimme', 'lemme', 'prolly',
    'nvm', 'jk', 'lmk', 'hmu', 'srsly', 'idc', 'bae', 'hbd', 'cya', 'ttyl', 'homie', 'homies', 'lowkey',
  ]),
};

/** Voice, lowers: form-letter phrasing, with plain wording where the meaning survives the swap. */
export const boilerplate: Lexicon = {
  id: 'boilerplate',
  ...OURS,
  entries: [
    { phrase: 'we apologize for any inconvenience', replacement: 'sorry about this' },
    { phrase: 'we apologise for any inconvenience', replacement: 'sorry about this' },
    { phrase: 'we apologize for the inconvenience', replacement: 'sorry about this' },
    { phrase: 'we apologise for the inconvenience', replacement: 'sorry about this' },
    { phrase: 'apologies for any inconvenience', replacement: 'sorry about this' },
    { phrase: 'apologies for the inconvenience', replacement: 'sorry about this' },
    { phrase: 'sorry for any inconvenience', replacement: 'sorry about this' },
    { phrase: 'sorry for the inconvenience', replacement: 'sorry about this' },
    { phrase: 'we regret any inconvenience', replacement: 'sorry about this' },
    { phrase: 'any inconvenience caused' },
    { phrase: 'any inconvenience this may have caused' },
    { phrase: 'dear valued customer', replacement: 'hi' },
    { phrase: 'dear customer', replacement: 'hi' },
    { phrase: 'dear sir or madam', replacement: 'hi' },
    { phrase: 'valued customer', replacement: 'customer' },
    { phrase: 'valued customers', replacement: 'customers' },
    { phrase: 'your call is important to us' },
    { phrase: 'your business is important to us' },
    { phrase: 'your feedback is important to us' },
    { phrase: 'your satisfaction is our priority' },
    { phrase: 'we value your feedback' },
    { phrase: 'please be advised' },
    { phrase: 'please be advised that' },
    { phrase: 'be advised that' },
    { phrase: 'please note that' },
    { phrase: 'per our policy' },
    { phrase: 'as per our policy' },
    { phrase: 'in accordance with our policy' },
    { phrase: 'as per your request', replacement: 'as you asked' },
    { phrase: 'per your request', replacement: 'as you asked' },
    { phrase: 'at your earliest convenience', replacement: 'when you can' },
    { phrase: 'please do not hesitate to', replacement: 'please feel free to' },
    { phrase: 'do not hesitate to', replacement: 'feel free to' },
    { phrase: "don't hesitate to", replacement: 'feel free to' },
    { phrase: 'we regret to inform you' },
    { phrase: 'we take this matter seriously' },
    { phrase: 'we take your concerns seriously' },
    { phrase: 'the matter has been escalated' },
    { phrase: 'for further assistance', replacement: 'for more help' },
    { phrase: 'for any further queries' },
    { phrase: 'should you have any questions', replacement: 'if you have any questions' },
    { phrase: 'should you require any further assistance' },
    { phrase: 'thank you for bringing this to our attention', replacement: 'thanks for telling us' },
    { phrase: 'thank you for contacting us' },
    { phrase: 'thank you for your patience and understanding' },
    { phrase: 'thank you for your patience' },
    { phrase: 'thanks for your patience' },
    { phrase: 'thank you for your understanding' },
    { phrase: 'thank you for your enquiry' },
    { phrase: 'thank you for your inquiry' },
    { phrase: 'thank you for your continued support' },
    { phrase: 'thank you for choosing' },
    { phrase: 'we would like to take this opportunity to' },
    { phrase: 'take this opportunity to' },
    { phrase: 'valued stakeholders' },
    { phrase: 'for their continued support' },
    { phrase: 'your continued support' },
    { phrase: 'your call matters to us' },
    { phrase: 'your custom is important to us' },
    { phrase: 'for faster service' },
    { phrase: 'has been logged' },
    { phrase: 'under reference' },
    { phrase: 'a member of staff will' },
    { phrase: 'a member of our team will' },
    { phrase: 'within 10 working days' },
    { phrase: 'in due course' },
    { phrase: 'the relevant department' },
    { phrase: 'the relevant team' },
    { phrase: 'the appropriate team' },
    { phrase: 'the concerned team' },
    { phrase: 'it has come to our attention' },
    { phrase: 'have been implemented' },
    { phrase: 'has been implemented' },
    { phrase: 'rest assured' },
    { phrase: 'kindly', replacement: 'please' },
    { phrase: 'we strive to' },
    { phrase: 'at this point in time', replacement: 'now' },
    { phrase: 'we will revert' },
    { phrase: 'revert back' },
  ],
};

/** Voice, lowers when a capitalised name comes first: the brand speaking of itself in the third person. */
export const thirdPersonVerbs: Lexicon = {
  id: 'third-person-verb',
  ...OURS,
  entries: entries([
    'announces', 'launches', 'unveils', 'introduces', 'welcomes', 'celebrates', 'presents', 'partners with',
    'teams up with', 'is proud to', 'is pleased to', 'is excited to', 'is thrilled to', 'is delighted to',
    'is honored to', 'is honoured to', 'is committed to', 'is dedicated to', 'is happy to announce',
    'is proud of', 'is proud', 'is pleased', 'is excited', 'is thrilled', 'is delighted', 'is honored', 'is honoured',
    'has announced', 'has launched', 'is hiring', 'is now', 'is the leading', 'is a leading', 'wins', 'has won',
  ]),
};
