// Bluesky's web composer is TipTap on ProseMirror; which elements are composers is in the registry.
import { siteAdapter } from './adapter';
import { proseMirror } from './editors/prosemirror';

export default siteAdapter(proseMirror);
