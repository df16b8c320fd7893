// The one list of networks Rapport coaches on. The manifest's content scripts, the policy schema,
// preset files, stored settings, messages, the options page and the CLI are all derived from it
// (tests/unit/networks/derived.test.ts proves each one with a made-up extra network). Adding a
// network is one entry here, one adapter in src/sites/<id>.ts and one fixture page in
// tests/fixtures/<id>/ (README, "Add a network").
//
// Selectors are strings for the content script to match; nothing here touches a page.

import type { NetworkSpec } from './types';

/** Meta's composers (Facebook, Threads, Instagram) are Lexical editors (PLATFORM.md, "The real sites"). */
const LEXICAL_TEXTBOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

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
      post: { label: 'Post', selector: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]', limits: { length: 280 } },
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
      post: { label: 'Post', selector: LEXICAL_TEXTBOX, limits: { length: 63206 } },
      comment: {
        label: 'Comment',
        selector: `${LEXICAL_TEXTBOX}:is([aria-label^="Write a comment"], [aria-label^="Write a public comment"])`,
        limits: { length: 8000 },
      },
    },
    // Messenger inside facebook.com is a Lexical textbox too.
    privateComposers: ['[aria-label="Message"]'],
    privatePaths: ['/messages', '/t'],
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    shortLabel: 'LinkedIn',
    aliases: ['LinkedIn Page', 'LI'],
    hosts: ['www.linkedin.com'],
    length: { unit: 'utf16' },
    limits: { hashtags: 3, links: 2, mentions: 5 },
    composers: {
      // The share box: Quill (its .ql-editor carries data-test-ql-editor-contenteditable), and in newer
      // builds a TipTap editor keyed ShareBox_textEditor.
      post: {
        label: 'Post',
        selector:
          ':is(.share-creation-state__text-editor, [data-test-modal-id="sharebox"]) .ql-editor[contenteditable="true"], [componentkey="ShareBox_textEditor"].ProseMirror[contenteditable="true"]',
        limits: { length: 3000 },
      },
      // Comments: Quill in the older comment box, TipTap (ui-core-tiptap-text-editor-wrapper) since 2026.
      comment: {
        label: 'Comment',
        selector:
          ':is(.comments-comment-box, .comments-comment-texteditor) .ql-editor[contenteditable="true"], :is([componentkey^="commentBox-"], .comments-comment-box) [data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[contenteditable="true"]',
        limits: { length: 1250, hashtags: 1 },
      },
    },
    // Messaging's box (.msg-form__contenteditable, on /messaging and in the chat overlay) is a plain
    // contenteditable that neither family reads and no composer selector matches, so it is never
    // coached; listing it here would only cost the content script bytes it does not have.
    privateComposers: [],
    privatePaths: ['/messaging'],
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    shortLabel: 'Bluesky',
    aliases: ['bsky', 'Bluesky Social', 'Skeet'],
    hosts: ['bsky.app'],
    // Bluesky's own limit is 300 graphemes (what its composer counts with unicode-segmenter).
    length: { unit: 'graphemes' },
    limits: { hashtags: 2, links: 2, mentions: 5 },
    composers: {
      // The web composer is TipTap (social-app, src/view/com/composer/text-input/TextInput.web.tsx):
      // div.tiptap.ProseMirror[role=textbox]. Each post of a thread draft has one.
      post: { label: 'Post', selector: 'div.ProseMirror[contenteditable="true"][role="textbox"]', limits: { length: 300 } },
    },
    privateComposers: [],
    // Chats are a textarea this adapter does not read; their pages are private anyway.
    privatePaths: ['/messages'],
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    shortLabel: 'Mastodon',
    aliases: ['Toot', 'Fediverse'],
    hosts: [],
    userHosts: { label: 'your Mastodon server', example: 'mastodon.social' },
    // Mastodon counts characters (code points) with every link as 23.
    length: { unit: 'code-points', linkLength: 23 },
    limits: { hashtags: 4, links: 2, mentions: 5 },
    composers: {
      // The compose form's textarea, in the compose column, the /publish page and reply boxes alike.
      post: { label: 'Post', selector: 'textarea.autosuggest-textarea__textarea', limits: { length: 500 } },
    },
    privateComposers: [],
    privatePaths: [],
  },
  {
    id: 'threads',
    label: 'Threads',
    shortLabel: 'Threads',
    aliases: ['Threads post'],
    hosts: ['www.threads.com', 'www.threads.net'],
    length: { unit: 'utf16' },
    // Threads takes one topic tag per post.
    limits: { hashtags: 1, links: 2, mentions: 5 },
    composers: {
      post: { label: 'Post', selector: LEXICAL_TEXTBOX, limits: { length: 500 } },
    },
    privateComposers: ['[aria-label="Message"]'],
    privatePaths: ['/messages'],
  },
  {
    id: 'instagram',
    label: 'Instagram',
    shortLabel: 'Instagram',
    aliases: ['IG', 'Insta'],
    hosts: ['www.instagram.com'],
    length: { unit: 'utf16' },
    // Instagram allows 30 hashtags and 20 mentions in a caption; links in captions are not clickable.
    limits: { hashtags: 30, links: 1, mentions: 20 },
    composers: {
      // The caption box of "Create new post" (Lexical, aria-label "Write a caption…").
      post: { label: 'Caption', selector: LEXICAL_TEXTBOX, limits: { length: 2200 } },
    },
    // Direct messages are Lexical too (aria-label "Message").
    privateComposers: ['[aria-label="Message"]'],
    privatePaths: ['/direct'],
  },
] as const satisfies readonly NetworkSpec[];
