// @vitest-environment happy-dom
// Which elements each network's adapter coaches, and as which kind of composer: the registry's
// selectors, with private-message composers left out. (What an adapter reads and edits is tested
// against the real editors in Chromium: tests/e2e.)

import { describe, expect, it } from 'vitest';
import { composerKinds, networks, type NetworkId } from '../../../src/networks';
import { contentSpec } from '../../../src/networks/manifest';
import type { AdapterFactory, SiteAdapter } from '../../../src/sites';

const adapters = Object.fromEntries(
  await Promise.all(networks.map(async (spec) => [spec.id, ((await import(`../../../src/sites/${spec.id}.ts`)) as { default: AdapterFactory }).default(contentSpec(spec))] as const)),
) as Record<NetworkId, SiteAdapter>;

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host.firstElementChild as HTMLElement;
}

describe('every network has an adapter in src/sites/<id>.ts', () => {
  it.each(networks.map((spec) => [spec.id] as const))('%s: its default export is that network’s adapter', (id) => {
    const adapter = adapters[id as NetworkId];
    expect(adapter.id).toBe(id);
    for (const method of ['blocks', 'isTextLeaf', 'isLineBreak', 'insertText', 'undo', 'composerKind'] as const) expect(typeof adapter[method]).toBe('function');
    // The selector is valid CSS (querySelectorAll throws otherwise).
    expect(() => document.querySelectorAll(adapter.composerSelector)).not.toThrow();
  });
});

describe('X', () => {
  it('coaches the post composer, in every place it appears', () => {
    for (const testId of ['tweetTextarea_0', 'tweetTextarea_1']) {
      const el = element(`<div data-testid="${testId}" role="textbox" contenteditable="true" aria-label="Post text"></div>`);
      expect(el.matches(adapters.x.composerSelector)).toBe(true);
      expect(adapters.x.composerKind(el)).toBe('post');
    }
  });

  it('finds direct-message composers only to mark them private, and leaves X Chat’s textarea to no one', () => {
    const dm = element('<div data-testid="dmComposerTextInput" role="textbox" contenteditable="true"></div>');
    expect(dm.matches(adapters.x.composerSelector)).toBe(true);
    expect(adapters.x.isPrivate(dm)).toBe(true);
    const inDrawer = element('<div data-testid="DMDrawer"><div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div></div>').firstElementChild as HTMLElement;
    expect(adapters.x.isPrivate(inDrawer)).toBe(true);
    expect(element('<textarea data-testid="dm-composer-textarea"></textarea>').matches(adapters.x.composerSelector)).toBe(false);
    expect(adapters.x.isPrivate(element('<div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div>'))).toBe(false);
  });
});

describe('Facebook', () => {
  const lexical = (label: string) => `<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`;

  it('tells posts from comments, which have limits of their own', () => {
    expect(composerKinds('facebook')).toEqual(['post', 'comment']);
    for (const [label, kind] of [
      ["What's on your mind, Ada?", 'post'],
      ['Create a public post…', 'post'],
      ['Write a comment…', 'comment'],
      ['Write a public comment…', 'comment'],
    ] as const) {
      const el = element(lexical(label));
      expect(el.matches(adapters.facebook.composerSelector), label).toBe(true);
      expect(adapters.facebook.composerKind(el), label).toBe(kind);
    }
  });

  it('marks Messenger private', () => {
    const messenger = element(lexical('Message'));
    expect(messenger.matches(adapters.facebook.composerSelector)).toBe(true);
    expect(adapters.facebook.isPrivate(messenger)).toBe(true);
    expect(adapters.facebook.isPrivate(element(lexical('Write a comment…')))).toBe(false);
  });

  it('ignores things that are not editable', () => {
    expect(element('<div role="button" aria-label="Write a comment…">Comment</div>').matches(adapters.facebook.composerSelector)).toBe(false);
  });
});
