// Public surface of the engine. Everything outside src/engine imports from here.
export type * from './types';
export type * from './presets/types';
export { score, DEFAULT_SCORE_CONTEXT } from './score';
export { ruleCatalog } from './catalog';
export { ruleIds } from './rules';
export { entitiesIn } from './document';
export { NEUTRAL_PRESET } from './presets/neutral';
