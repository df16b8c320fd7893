// Adapters are per network (src/sites/<id>.ts, default export) over shared editor families
// (editors/). Nothing imports them all: each network's generated content-script entry imports its
// own, so a page loads only the adapter for its network.
export type { EditorFamily, SiteAdapter } from './types';
export type { AdapterFactory } from './adapter';
