import type { ContentSpec } from '../networks/types';
import type { EditorFamily, SiteAdapter } from './types';

/**
 * Builds a network's adapter from its registry entry. A network's adapter file exports one of these
 * (`export default siteAdapter(family)`); its generated content-script entry passes in what the
 * adapter reads of that network's entry alone (contentSpec), so no other network's data or editor
 * family loads in the page.
 */
export type AdapterFactory = (spec: ContentSpec) => SiteAdapter;

/**
 * The adapter for an editor family. Private-message composers (DMs, chats) are found too, where the
 * family can read them, and marked by `isPrivate`: the content script leaves them alone unless the
 * user turned coaching private messages on.
 */
export function siteAdapter(family: EditorFamily): AdapterFactory {
  return (spec) => {
    const kinds = Object.entries(spec.composers);
    const composers = kinds.map(([, composer]) => composer.selector).join(', ');
    const privateSelector = spec.privateComposers.join(', ');
    const composerSelector = privateSelector === '' ? composers : `${composers}, :is(${privateSelector}):is(${family.editable})`;
    // Broadest first: an element is of the last (narrowest) kind it matches.
    const narrowestFirst = kinds.slice(1).reverse();
    const defaultKind = kinds[0]![0];
    const composerKind = (el: HTMLElement): string => narrowestFirst.find(([, composer]) => el.matches(composer.selector))?.[0] ?? defaultKind;
    return {
      ...family,
      id: spec.id as SiteAdapter['id'],
      label: spec.shortLabel,
      composerSelector,
      // The composer itself or a conversation around it; a whole page of messages is private too.
      isPrivate: (el) => (privateSelector !== '' && el.closest(privateSelector) !== null) || spec.privatePaths.some((path) => isUnder(location.pathname, path)),
      composerKind,
      sendButton: spec.sendButton,
      // Enter alone, or with Ctrl or ⌘ ("mod"); Shift+Enter is a new line; never while an input
      // method is composing (Enter picks a candidate then).
      isSendKey: (el, event) =>
        event.key === 'Enter' && !event.isComposing && !event.shiftKey && spec.composers[composerKind(el)]!.sendKeys.includes(event.ctrlKey || event.metaKey ? 'mod+Enter' : 'Enter'),
    };
  };
}

function isUnder(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
