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
/** Facebook's send buttons are div[role=button] named by aria-label, as extensions that post for people find them. */
const FACEBOOK_SEND_BUTTON = '[role="button"]:is([aria-label="Post"],[aria-label="Publish"],[aria-label="Comment"])';
/** Threads' and Instagram's are div[role=button]s (once <button>s) named only by their words (README, "Sending": sources). */
const META_TEXT_BUTTON = ':is(button,[role="button"])';

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
      post: { label: 'Post', selector: LEXICAL_TEXTBOX, limits: { length: 63206 }, send: { button: FACEBOOK_SEND_BUTTON, keys: [] } },
      comment: {
        label: 'Comment',
        selector: `${LEXICAL_TEXTBOX}:is([aria-label^="Write a comment"], [aria-label^="Write a public comment"])`,
        limits: { length: 8000 },
        // Enter sends a comment (Shift+Enter starts a new line); the arrow beside the box is "Comment".
        send: { button: FACEBOOK_SEND_BUTTON, keys: ['Enter'] },
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
        // The Quill share box's Post is .share-actions__primary-action; the TipTap one's is the only
        // <button> of the ShareCompose screen with no icon (its words are translated).
        send: { button: '.share-actions__primary-action, [data-sdui-screen*="ShareCompose"] button:not(:has(svg))', keys: [] },
      },
      // Comments: Quill in the older comment box, TipTap (ui-core-tiptap-text-editor-wrapper) since 2026.
      comment: {
        label: 'Comment',
        selector:
          ':is(.comments-comment-box, .comments-comment-texteditor) .ql-editor[contenteditable="true"], :is([componentkey^="commentBox-"], .comments-comment-box) [data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[contenteditable="true"]',
        limits: { length: 1250, hashtags: 1 },
        // Quill boxes submit with .comments-comment-box__submit-button(--cr), TipTap ones with a
        // button whose componentkey names its commentButtonSection. Enter starts a new line.
        send: { button: '[class*="comments-comment-box__submit-button"], button[componentkey*="commentButtonSection"]', keys: [] },
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
      post: {
        label: 'Post',
        selector: 'div.ProseMirror[contenteditable="true"][role="textbox"]',
        limits: { length: 300 },
        // The composer's Post / Reply / Post All button (testID composerPublishBtn in Composer.tsx);
        // TextInput.web.tsx publishes on ⌘/Ctrl+Enter.
        send: { button: '[data-testid="composerPublishBtn"]', keys: ['mod+Enter'] },
      },
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
      post: {
        label: 'Post',
        selector: 'textarea.autosuggest-textarea__textarea',
        limits: { length: 500 },
        // The form's submit button: in .compose-form__submit since Mastodon 4.3, .compose-form__publish
        // before; compose_form.jsx submits on ⌘/Ctrl+Enter in the textarea.
        send: { button: ':is(.compose-form__submit, .compose-form__publish) button', keys: ['mod+Enter'] },
      },
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
      // "Post" in the New thread dialog and under a reply box.
      post: { label: 'Post', selector: LEXICAL_TEXTBOX, limits: { length: 500 }, send: { button: META_TEXT_BUTTON, text: ['Post'], keys: [] } },
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
      // "Share" at the top of the Create new post dialog.
      post: { label: 'Caption', selector: LEXICAL_TEXTBOX, limits: { length: 2200 }, send: { button: META_TEXT_BUTTON, text: ['Share'], keys: [] } },
    },
    // Direct messages are Lexical too (aria-label "Message").
    privateComposers: ['[aria-label="Message"]'],
    privatePaths: ['/direct'],
  },
] as const satisfies readonly NetworkSpec[];
