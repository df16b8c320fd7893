import type { SiteAdapter } from './types';
import { insertTextAsTyped, pressUndoShortcut } from './editing';

// X's composer is Draft.js: blocks are div[data-block], their text lives in span[data-text="true"].
// An empty block holds a <br data-text="true">, which is not a character of the text.
export const x: SiteAdapter = {
  id: 'x',
  matches: (url) => url.protocol === 'https:' && /^(?:x|twitter)\.com$/.test(url.hostname),
  composerSelector: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]',
  blocks: (el) => Array.from(el.querySelectorAll<HTMLElement>('[data-block="true"]')),
  isTextLeaf: (node) => node.parentElement?.closest('[data-text="true"]') != null,
  isLineBreak: () => false,
  insertText: insertTextAsTyped,
  undo: pressUndoShortcut,
};
