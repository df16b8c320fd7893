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
    for (const method of ['isPrivate', 'composerKind', 'editorOf'] as const) expect(typeof adapter[method]).toBe('function');
    for (const family of adapter.families) {
      for (const method of ['layout', 'selection', 'select', 'offsetAt', 'watch', 'insertText', 'undo'] as const) expect(typeof family[method], `${family.name}.${method}`).toBe('function');
    }
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

  it('finds direct-message composers only to mark them private; X Chat’s textarea is not read at all', () => {
    const dm = element('<div data-testid="dmComposerTextInput" role="textbox" contenteditable="true"></div>');
    expect(dm.matches(adapters.x.composerSelector)).toBe(true);
    expect(adapters.x.isPrivate(dm)).toBe(true);
    const inDrawer = element('<div data-testid="DMDrawer"><div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div></div>').firstElementChild as HTMLElement;
    expect(adapters.x.isPrivate(inDrawer)).toBe(true);
    // X's content script carries Draft.js only: the textarea family would not fit its size budget.
    const chat = element('<textarea data-testid="dm-composer-textarea"></textarea>');
    expect(chat.matches(adapters.x.composerSelector)).toBe(false);
    expect(adapters.x.isPrivate(chat)).toBe(true);
    // Other textareas on X (search, profile bio) are no composers.
    expect(element('<textarea aria-label="Bio"></textarea>').matches(adapters.x.composerSelector)).toBe(false);
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

/** The editor family an adapter edits `el` through, by name. */
function familyOf(adapter: SiteAdapter, el: HTMLElement): string {
  return adapter.editorOf(el).name;
}

describe('LinkedIn', () => {
  it('edits the Quill share box and the TipTap comment box, each with its own limits', () => {
    const post = element('<div data-test-modal-id="sharebox"><div class="share-creation-state__text-editor"><div class="ql-container"><div class="ql-editor" contenteditable="true" data-test-ql-editor-contenteditable="true" role="textbox"><p><br></p></div></div></div></div>').querySelector<HTMLElement>('.ql-editor')!;
    expect(post.matches(adapters.linkedin.composerSelector)).toBe(true);
    expect(adapters.linkedin.composerKind(post)).toBe('post');
    expect(familyOf(adapters.linkedin, post)).toBe('Quill');
    const comment = element('<div componentkey="commentBox-urn:li:activity:1"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p></p></div></div></div>').querySelector<HTMLElement>('.ProseMirror')!;
    expect(comment.matches(adapters.linkedin.composerSelector)).toBe(true);
    expect(adapters.linkedin.composerKind(comment)).toBe('comment');
    expect(familyOf(adapters.linkedin, comment)).toBe('ProseMirror');
    const newShareBox = element('<div class="tiptap ProseMirror" componentkey="ShareBox_textEditor" contenteditable="true" role="textbox"></div>');
    expect(adapters.linkedin.composerKind(newShareBox)).toBe('post');
    expect(familyOf(adapters.linkedin, newShareBox)).toBe('ProseMirror');
  });

  it('leaves the profile editors (the same TipTap wrapper) and messaging alone', () => {
    const headline = element('<div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"></div></div>').firstElementChild as HTMLElement;
    expect(headline.matches(adapters.linkedin.composerSelector)).toBe(false);
    const message = element('<div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p></p></div></div>').firstElementChild as HTMLElement;
    expect(message.matches(adapters.linkedin.composerSelector)).toBe(false);
  });
});

describe('Bluesky, Mastodon, Threads and Instagram', () => {
  it('find their composers', () => {
    expect(element('<div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p></p></div>').matches(adapters.bluesky.composerSelector)).toBe(true);
    expect(element('<textarea class="autosuggest-textarea__textarea" dir="auto"></textarea>').matches(adapters.mastodon.composerSelector)).toBe(true);
    expect(element('<textarea class="search__input"></textarea>').matches(adapters.mastodon.composerSelector)).toBe(false);
    const lexical = '<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a caption..."><p><br></p></div>';
    expect(element(lexical).matches(adapters.threads.composerSelector)).toBe(true);
    expect(element(lexical).matches(adapters.instagram.composerSelector)).toBe(true);
    expect(adapters.instagram.isPrivate(element(lexical))).toBe(false);
  });

  it('mark Instagram’s and Threads’ direct messages private', () => {
    const dm = element('<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"><p><br></p></div>');
    expect(adapters.instagram.isPrivate(dm)).toBe(true);
    expect(adapters.threads.isPrivate(dm)).toBe(true);
  });
});

describe('sending: each network’s send buttons and shortcuts, as public evidence shows them (PLATFORM.md, "Send buttons")', () => {
  /** The send button a press on the element marked `data-press` is in, as the adapter finds it. */
  function pressed(adapter: SiteAdapter, html: string): string | null {
    const target = element(html).querySelector('[data-press]') ?? document.body.querySelector('[data-press]');
    return adapter.sendButtonAt(target)?.getAttribute('data-send') ?? null;
  }
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

  it.each([
    ['x', '<div data-testid="tweetButtonInline" role="button" data-send="home"><span data-press>Post</span></div>'],
    ['x', '<button data-testid="tweetButton" data-send="dialog"><span><span data-press>Reply</span></span></button>'],
    ['facebook', '<div role="button" aria-label="Post" data-send="post"><span data-press>Post</span></div>'],
    ['facebook', '<div role="button" aria-label="Comment" data-send="comment"><i data-press></i></div>'],
    ['linkedin', '<div class="share-box_actions"><button class="share-actions__primary-action artdeco-button" data-send="quill"><span data-press>Post</span></button></div>'],
    ['linkedin', '<dialog open><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"><button aria-label="Media"><svg></svg>Media</button><button data-send="sdui"><span data-press>Post</span></button></div></dialog>'],
    ['linkedin', '<form class="comments-comment-box__form"><button class="comments-comment-box__submit-button--cr artdeco-button" data-send="quill-comment"><span data-press>Comment</span></button></form>'],
    ['linkedin', '<div componentkey="commentBox-urn:li:activity:1"><button componentkey="commentButtonSection-urn:li:activity:1" data-send="tiptap-comment"><span data-press>Comment</span></button></div>'],
    ['bluesky', '<button data-testid="composerPublishBtn" aria-label="Publish post" data-send="post"><div><span data-press>Post</span></div></button>'],
    ['mastodon', '<form class="compose-form"><div class="compose-form__submit"><button type="submit" class="button" data-send="4.3"><span data-press>Post</span></button></div></form>'],
    ['mastodon', '<div class="compose-form"><div class="compose-form__publish"><div class="compose-form__publish-button-wrapper"><button class="button button--block" data-send="older" data-press>Toot!</button></div></div></div>'],
    ['threads', '<div role="dialog"><div role="button" tabindex="0" data-send="post"><div data-press>Post</div></div></div>'],
    ['instagram', '<div role="dialog"><div role="button" tabindex="0" data-send="share"><span data-press>Share</span></div></div>'],
    ['instagram', '<div role="dialog"><button type="button" data-send="share-button" data-press> Share </button></div>'],
  ] as const)('%s: a press inside %s is a press of Send', (id, html) => {
    expect(pressed(adapters[id as NetworkId], html)).not.toBeNull();
  });

  it.each([
    // Other buttons of the same kinds, which only their words or their icons tell apart.
    ['threads', '<div role="dialog"><div role="button" data-send="cancel"><span data-press>Cancel</span></div></div>'],
    ['threads', '<div role="dialog"><div role="button" data-send="add"><span data-press>Add to thread</span></div></div>'],
    ['instagram', '<div role="dialog"><div role="button" data-send="next"><span data-press>Next</span></div></div>'],
    ['linkedin', '<dialog open><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"><button aria-label="Media" data-send="media"><svg data-press></svg>Media</button></div></dialog>'],
    ['linkedin', '<button class="comments-comment-box__open-artdeco-button" data-send="open-comments"><span data-press>Comment</span></button>'],
    ['bluesky', '<button data-testid="openMediaBtn" data-send="media"><span data-press>Media</span></button>'],
    ['mastodon', '<form class="compose-form"><div class="compose-form__buttons"><button class="icon-button" data-send="poll"><span data-press>Poll</span></button></div></form>'],
    ['facebook', '<div role="button" aria-label="Like" data-send="like"><span data-press>Like</span></div>'],
  ] as const)('%s: a press inside %s is not', (id, html) => {
    expect(pressed(adapters[id as NetworkId], html)).toBeNull();
  });

  it('nothing is a send button for a press on the document itself', () => {
    for (const adapter of Object.values(adapters)) expect(adapter.sendButtonAt(document)).toBeNull();
  });

  it('sends on the shortcuts each site has, never on Shift+Enter or while an input method composes', () => {
    const box = (html: string) => element(html);
    const bluesky = box('<div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p></p></div>');
    expect(adapters.bluesky.isSendKey(bluesky, key({ ctrlKey: true }))).toBe(true);
    expect(adapters.bluesky.isSendKey(bluesky, key({ metaKey: true }))).toBe(true);
    expect(adapters.bluesky.isSendKey(bluesky, key({}))).toBe(false);
    expect(adapters.bluesky.isSendKey(bluesky, key({ ctrlKey: true, isComposing: true }))).toBe(false);
    const mastodon = box('<textarea class="autosuggest-textarea__textarea"></textarea>');
    expect(adapters.mastodon.isSendKey(mastodon, key({ ctrlKey: true }))).toBe(true);
    expect(adapters.mastodon.isSendKey(mastodon, key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(adapters.mastodon.isSendKey(mastodon, key({}))).toBe(false);
    // LinkedIn, Threads and Instagram send with their buttons only: Enter is a new line there.
    const lexical = box('<div role="textbox" contenteditable="true" data-lexical-editor="true"><p><br></p></div>');
    for (const id of ['threads', 'instagram'] as const) for (const init of [{}, { ctrlKey: true }]) expect(adapters[id].isSendKey(lexical, key(init)), id).toBe(false);
    const comment = element('<div componentkey="commentBox-urn:li:activity:1"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p></p></div></div></div>').querySelector<HTMLElement>('.ProseMirror')!;
    for (const init of [{}, { ctrlKey: true }]) expect(adapters.linkedin.isSendKey(comment, key(init))).toBe(false);
  });
});
