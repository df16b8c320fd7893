import type { SiteAdapter } from './types';
import { insertTextAsTyped, pressUndoShortcut } from './editing';

// Facebook's composers are Lexical: each paragraph is a direct child block of the editable root.
// Inside a paragraph, a <br> is a soft line break except the trailing one Lexical adds to keep an
// empty (or break-ended) line visible; decorators (contenteditable=false) are not part of the text.
// The same editor serves the feed, Pages, Groups and Meta Business Suite's composer; Messenger's
// boxes (aria-label "Message", and anything under /messages) are private.
export const facebook: SiteAdapter = {
  id: 'facebook',
  matches: (url) => url.protocol === 'https:' && /^(?:www|web|business)\.facebook\.com$/.test(url.hostname),
  composerSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  isPrivate: (el) => el.getAttribute('aria-label') === 'Message' || /^\/(?:messages|t)\//.test(location.pathname),
  blocks: (el) => Array.from(el.children).filter((child): child is HTMLElement => child instanceof HTMLElement),
  isTextLeaf: (node) => node.parentElement?.closest('[contenteditable="false"]') == null,
  isLineBreak: (br) => br.nextSibling !== null,
  insertText: insertTextAsTyped,
  undo: pressUndoShortcut,
};
