// Corporate jargon and buzzwords.
// Source: the `buzzwords` package (https://github.com/words/buzzwords), MIT licence, plus a short
// supplement of corporate clichés it lacks (ours, MIT, marked below).
// Entries that are ordinary words or names of technologies in everyday posts ("home", "mobile",
// "privacy", "javascript") are left out: naming a thing is not jargon.

import buzzwordList from 'buzzwords/index.json';
import type { Lexicon } from './types';

/** Everyday words, product categories and school or technical terms from the list that are not corporate speak. */
const NOT_CORPORATE_SPEAK = new Set([
  '4g', '5g', 'accountable talk', 'agile', 'ajax', 'algorithm', 'analytics', 'artisan', 'back-end', 'beta',
  'big society', 'bio-', 'blockchain', "bloom's taxonomy", 'buzzword', 'buzzword compliant', 'cadence',
  'clear goal', 'cloud-computing', 'collaboration', 'common core', 'content management', 'content management system',
  'coward', 'creative', 'css3', 'cyber-physical systems', 'data mining', 'data science', 'datafication',
  'deep learning', 'deep web', 'design pattern', 'devops', 'differentiated instruction', 'digital divide',
  'digital literacy', 'digital remastering', 'early-stage', 'digital rights management', 'digital signage', 'diversity',
  'document management', 'dot-bomb', 'downsizing', 'e-learning', 'eco-', 'emotional intelligence', 'enable',
  'engine', 'enterprise content management', 'enterprise service bus', 'entitlement', 'ephemeral rogue entity',
  'establishment', 'event horizon', 'flipped classroom', 'folksonomy', 'front-end', 'fuzzy logic',
  'generation x', 'generation y', 'globalization', 'grow', 'guided reading', 'headlights', 'higher-order thinking',
  'home', 'html5', 'iaas', 'immersion', 'impact', 'information society', 'information superhighway',
  'instructional scaffolding', 'internet of things', 'javascript', 'lambda', 'lateral violence', 'logistics',
  'machine learning', 'mashup', 'microservices', 'millennial', 'mobile', 'mouthfeel', 'multiple intelligences',
  'nanotechnology', 'national security', 'netiquette', 'open source', 'opportunities', 'paas', 'patriarchy',
  'podcasting', 'privacy', 'productivity', 'project-based learning', 'quantum supremacy', 'real-time',
  'responsive web design', 'rustic', 'saas', 'serum', 'sisterhood', 'skeuomorphic', 'social bookmarking',
  'social software', 'software defined networking', 'solidarity', 'sox', 'spa', 'spam', 'startup',
  'storytelling', 'student engagement', 'sustainability', 'tagging', 'technological masturbation',
  'time-blindness', 'transmedia', 'unconscious bias', 'user generated content', 'virtualization', 'vortal',
  'warfighter', 'web 2.0', 'web services', 'webinar', 'wellness', 'wikiality', 'workflow', 'big data',
  'privacy', 'home', 'optics', 'visibility', 'viral', 'invested in', 'passionate', 'innovation', 'creative',
  // A field's name, like "data science"; and "a solution" to a problem is plain English (the
  // corporate "solutions" stays, in the supplement below).
  'content marketing', 'solution',
  // "the next generation" is the young; the buzzword is the adjective, "next-generation" (supplement).
  'next generation',
]);

/** Ours (MIT): corporate clichés named in RUBRIC.md that the package does not list. */
const SUPPLEMENT = [
  'best-in-class', 'world-class', 'circle back', 'cutting-edge', 'game-changer', 'game changing', 'next-level',
  'thought leader', 'thought leadership', 'move the needle', 'solutions', 'best practice', 'value proposition',
  'key learnings', 'learnings', 'actionable insights', 'mission-critical', 'industry-leading', 'market-leading',
  'bandwidth', 'ecosystem', 'empower', 'empowering', 'leveraging', 'leveraged', 'synergies', 'touch base',
  'industry leader', 'market leader', 'next-generation', 'best-of-breed', 'value propositions', 'customer-centric', 'omnichannel',
];

const fromPackage = (buzzwordList as string[]).filter((phrase) => !NOT_CORPORATE_SPEAK.has(phrase));

export const buzzwords: Lexicon = {
  id: 'buzzwords',
  source: 'buzzwords package (github.com/words/buzzwords) with a small supplement of corporate clichés',
  licence: 'MIT',
  entries: [...new Set([...fromPackage, ...SUPPLEMENT])].map((phrase) => ({ phrase })),
};
