// Facebook's composers (posts, comments) are Lexical; Messenger's is left out by the registry.
import { siteAdapter } from './adapter';
import { lexical } from './editors/lexical';

export default siteAdapter(lexical);
