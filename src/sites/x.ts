import type { SiteAdapter } from './types';
import { insertTextAsTyped, pressUndoShortcut } from './editing';

// X's composers are Draft.js: blocks are div[data-block], their text lives in span[data-text="true"].
// An empty block holds a <br data-text="true">, which is not a character of the text. Posts, replies,
// quotes and threads use tweetTextarea_N, on x.com and in X Pro's columns (pro.x.com) alike; the
// direct-message composer (dmComposerTextInput) is the same editor and is private. X Chat's
// composer is a plain textarea, an editor family Rapport does not read (README, "Composers").
export const x: SiteAdapter = {
  id: 'x',
  matches: (url) => url.protocol === 'https:' && /^(?:x|twitter|pro\.x)\.com$/.test(url.hostname),
  composerSelector: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"],[data-testid="dmComposerTextInput"][contenteditable="true"]',
  isPrivate: (el) => el.closest('[data-testid="dmComposerTextInput"],[data-testid="DmActivityContainer"],[data-testid="DMDrawer"]') !== null,
  blocks: (el) => Array.from(el.querySelectorAll<HTMLElement>('[data-block="true"]')),
  isTextLeaf: (node) => node.parentElement?.closest('[data-text="true"]') != null,
  isLineBreak: () => false,
  insertText: insertTextAsTyped,
  undo: pressUndoShortcut,
};
