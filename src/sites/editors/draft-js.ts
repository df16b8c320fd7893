import { blockFamily } from './blocks';

// Draft.js: blocks are div[data-block], their text lives in span[data-text="true"].
// An empty block holds a <br data-text="true">, which is not a character of the text.
export const draftJs = blockFamily({
  name: 'Draft.js',
  editable: '[contenteditable="true"]',
  blocks: (el) => Array.from(el.querySelectorAll<HTMLElement>('[data-block="true"]')),
  isTextLeaf: (node) => node.parentElement?.closest('[data-text="true"]') != null,
});
