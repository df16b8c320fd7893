import type { SiteAdapter } from './types';
import { x } from './x';
import { facebook } from './facebook';

/** Every supported site. Adding a site is one new file and one line here. */
export const sites: readonly SiteAdapter[] = [x, facebook];

export function siteFor(url: URL): SiteAdapter | undefined {
  return sites.find((site) => site.matches(url));
}

export type { SiteAdapter } from './types';
