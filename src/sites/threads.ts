// Threads' composer is Meta's Lexical, as on Facebook; which elements are composers is in the registry.
import { siteAdapter } from './adapter';
import { lexical } from './editors/lexical';

export default siteAdapter(lexical);
