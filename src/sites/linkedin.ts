// LinkedIn's share box is Quill (newer builds: TipTap), its comment boxes TipTap (older: Quill): each
// composer is edited through the family its element belongs to. Which elements are composers is in the registry.
import { siteAdapter } from './adapter';
import { proseMirror } from './editors/prosemirror';
import { quill } from './editors/quill';

export default siteAdapter(quill, proseMirror);
