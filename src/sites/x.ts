// X's composers are Draft.js; X Chat's direct-message box is a textarea (private: coached only when
// the user asks). Which elements are composers, and which are DMs, is in the registry.
import { siteAdapter } from './adapter';
import { draftJs } from './editors/draft-js';
import { textarea } from './editors/textarea';

export default siteAdapter(draftJs, textarea);
