import { network, type NetworkId } from '../networks';
import type { EditorFamily, SiteAdapter } from './types';

/**
 * A network's adapter from its registry entry and its editor family. Private-message composers
 * (DMs, chats) are found too, where the family can read them, and marked by `isPrivate`: the
 * content script leaves them alone unless the user turned coaching private messages on.
 */
export function siteAdapter(id: NetworkId, family: EditorFamily): SiteAdapter {
  const spec = network(id);
  const kinds = Object.entries(spec.composers);
  const composers = kinds.map(([, composer]) => composer.selector).join(', ');
  const privateSelector = spec.privateComposers.join(', ');
  const privatePaths: readonly string[] = spec.privatePaths;
  const composerSelector = privateSelector === '' ? composers : `${composers}, :is(${privateSelector}):is(${family.editable})`;
  // Broadest first: an element is of the last (narrowest) kind it matches.
  const narrowestFirst = kinds.slice(1).reverse();
  const defaultKind = kinds[0]![0];
  return {
    ...family,
    id,
    composerSelector,
    // The composer itself or a conversation around it; a whole page of messages is private too.
    isPrivate: (el) => (privateSelector !== '' && el.closest(privateSelector) !== null) || privatePaths.some((path) => isUnder(location.pathname, path)),
    composerKind: (el) => narrowestFirst.find(([, composer]) => el.matches(composer.selector))?.[0] ?? defaultKind,
  };
}

function isUnder(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
