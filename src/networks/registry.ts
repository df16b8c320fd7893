// The one list of networks Rapport coaches on. The manifest's content scripts, the policy schema,
// preset files, stored settings, messages, the options page and the CLI are all derived from it
// (tests/unit/networks/derived.test.ts proves each one with a made-up extra network). Adding a
// network is one entry here, one adapter in src/sites/<id>.ts and one fixture page in
// tests/fixtures/<id>/ (README, "Add a network").
//
// Selectors are strings for the content script to match; nothing here touches a page.

import type { NetworkSpec } from './types';

/** Facebook's composers are Lexical editors (PLATFORM.md, "The real sites"). */
const FACEBOOK_TEXTBOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
/** Its send buttons are div[role=button] named by aria-label, as extensions that post for people find them. */
const FACEBOOK_SEND_BUTTON = '[role="button"]:is([aria-label="Post"],[aria-label="Publish"],[aria-label="Comment"])';

export const NETWORKS = [
  {
    id: 'x',
    label: 'X (Twitter)',
    shortLabel: 'X',
    aliases: ['Twitter', 'Tweet'],
    // X Pro (formerly TweetDeck) columns use the same composer.
    hosts: ['x.com', 'twitter.com', 'pro.x.com'],
    // twitter-text is X's own counter.
    length: { unit: 'twitter-weighted' },
    limits: { hashtags: 2, links: 2, mentions: 5 },
    composers: {
      // Posts, replies, quotes and thread items share one composer (tweetTextarea_0, _1 …).
      post: {
        label: 'Post',
        selector: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]',
        limits: { length: 280 },
        // tweetButtonInline on the home timeline, tweetButton in the compose, reply and quote dialogs
        // ("Post", "Reply", "Post all" for a thread); ⌘/Ctrl+Enter sends from the editor.
        send: { button: '[data-testid^="tweetButton"]', keys: ['mod+Enter'] },
      },
    },
    // Direct messages: the older composer, X Chat's textarea, and the conversations that hold them.
    privateComposers: [
      '[data-testid="dmComposerTextInput"]',
      'textarea[data-testid="dm-composer-textarea"]',
      '[data-testid="DmActivityContainer"]',
      '[data-testid="DMDrawer"]',
    ],
    privatePaths: ['/messages', '/i/chat'],
  },
  {
    id: 'facebook',
    label: 'Facebook',
    shortLabel: 'Facebook',
    aliases: ['FB', 'Facebook Page', 'Facebook Group', 'Meta'],
    // Meta Business Suite's composer (business.facebook.com/latest/composer) is the same Lexical editor.
    hosts: ['www.facebook.com', 'web.facebook.com', 'business.facebook.com'],
    length: { unit: 'utf16' },
    limits: { hashtags: 3, links: 2, mentions: 10 },
    composers: {
      // The post dialog's "Post" button; Business Suite's composer publishes with "Publish".
      post: { label: 'Post', selector: FACEBOOK_TEXTBOX, limits: { length: 63206 }, send: { button: FACEBOOK_SEND_BUTTON, keys: [] } },
      comment: {
        label: 'Comment',
        selector: `${FACEBOOK_TEXTBOX}:is([aria-label^="Write a comment"], [aria-label^="Write a public comment"])`,
        limits: { length: 8000 },
        // Enter sends a comment (Shift+Enter starts a new line); the arrow beside the box is "Comment".
        send: { button: FACEBOOK_SEND_BUTTON, keys: ['Enter'] },
      },
    },
    // Messenger inside facebook.com is a Lexical textbox too.
    privateComposers: ['[aria-label="Message"]'],
    privatePaths: ['/messages', '/t'],
  },
] as const satisfies readonly NetworkSpec[];
