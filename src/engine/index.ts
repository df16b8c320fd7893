// Public surface of the engine. Everything outside src/engine imports from here.
export type * from './types';
export type * from './presets/types';
export { score } from './score';
export { ruleCatalog } from './catalog';
