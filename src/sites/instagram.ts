// Instagram's caption box is Meta's Lexical, as on Facebook; direct messages are marked private by the registry.
import { siteAdapter } from './adapter';
import { lexical } from './editors/lexical';

export default siteAdapter(lexical);
