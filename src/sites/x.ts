// X's composers are Draft.js; which elements are composers (and which are DMs) is in the registry.
import { siteAdapter } from './adapter';
import { draftJs } from './editors/draft-js';

export default siteAdapter(draftJs);
