// The one list of rules. Adding a rule means writing its file and adding it here.

import { acknowledgement } from './acknowledgement';
import { bannedPhrase } from './banned-phrase';
import { boilerplate } from './boilerplate';
import { broadcast } from './broadcast';
import { candour } from './candour';
import { casualCase } from './casual-case';
import { companyCallToAction } from './company-cta';
import { contractions } from './contractions';
import { customReciprocity } from './custom-reciprocity';
import { customVoice } from './custom-voice';
import { emoji } from './emoji';
import { empathy } from './empathy';
import { engagementBait } from './engagement-bait';
import { everydayTalk } from './everyday-talk';
import { firstPerson } from './first-person';
import { greeting } from './greeting';
import { hardSell } from './hard-sell';
import { hardWords } from './hard-words';
import { hashtagPile } from './hashtag-pile';
import { headlineCase } from './headline-case';
import { interjection } from './interjection';
import { invitation } from './invitation';
import { jargon } from './jargon';
import { length } from './length';
import { linkPile } from './link-pile';
import { longSentence } from './long-sentence';
import { mentionPile } from './mention-pile';
import { newsKicker } from './news-kicker';
import { passiveVoice } from './passive-voice';
import { personalAddress } from './personal-address';
import { plainWords } from './plain-words';
import { question } from './question';
import { readerAddress } from './reader-address';
import { shouting } from './shouting';
import { signOff } from './sign-off';
import { spokenSpellingRule as spokenSpelling } from './spoken-spelling';
import { thanking } from './thanking';
import { thirdPerson } from './third-person';
import type { Rule } from './types';
import { usefulContent } from './useful-content';
import { weCentred } from './we-centred';

export const rules: readonly Rule[] = [
  // Reciprocity: raises
  question,
  invitation,
  readerAddress,
  greeting,
  usefulContent,
  acknowledgement,
  candour,
  // Reciprocity: lowers
  broadcast,
  weCentred,
  hardSell,
  engagementBait,
  companyCallToAction,
  hashtagPile,
  linkPile,
  mentionPile,
  length,
  customReciprocity,
  // Voice: raises
  firstPerson,
  signOff,
  personalAddress,
  contractions,
  everydayTalk,
  casualCase,
  interjection,
  spokenSpelling,
  emoji,
  empathy,
  thanking,
  // Voice: lowers
  thirdPerson,
  headlineCase,
  newsKicker,
  boilerplate,
  jargon,
  plainWords,
  passiveVoice,
  longSentence,
  hardWords,
  shouting,
  bannedPhrase,
  customVoice,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export type { Rule, Finding, RuleContext } from './types';
