import { network, type NetworkId } from '../networks';
import type { EditorFamily, SiteAdapter } from './types';

/**
 * A network's adapter from its registry entry and its editor family. The composer selector takes
 * every kind's selector and leaves out private-message composers (`:not()`), so DMs and chats are
 * never attached to, whatever else they match.
 */
export function siteAdapter(id: NetworkId, family: EditorFamily): SiteAdapter {
  const spec = network(id);
  const kinds = Object.entries(spec.composers);
  const composers = kinds.map(([, composer]) => composer.selector).join(', ');
  const composerSelector = spec.privateComposers.length === 0 ? composers : `:is(${composers}):not(${spec.privateComposers.join(', ')})`;
  // Broadest first: an element is of the last (narrowest) kind it matches.
  const narrowestFirst = kinds.slice(1).reverse();
  const defaultKind = kinds[0]![0];
  return {
    ...family,
    id,
    composerSelector,
    composerKind: (el) => narrowestFirst.find(([, composer]) => el.matches(composer.selector))?.[0] ?? defaultKind,
  };
}
