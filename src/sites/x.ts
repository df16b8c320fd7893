// X's composers are Draft.js; which elements are composers (and which are DMs) is in the registry.
// X Chat's box is a textarea: the textarea family does not fit X's content-script budget, so X Chat
// is not read (README, "Not covered yet").
import { siteAdapter } from './adapter';
import { draftJs } from './editors/draft-js';

export default siteAdapter(draftJs);
