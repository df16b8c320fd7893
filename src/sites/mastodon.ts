// Mastodon's compose box is a plain textarea, on whichever server the user adds in the options.
import { siteAdapter } from './adapter';
import { textarea } from './editors/textarea';

export default siteAdapter(textarea);
