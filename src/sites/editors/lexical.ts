import { blockFamily, outsideWidgets } from './blocks';

// Lexical: each paragraph is a direct child block of the editable root. Inside a paragraph, a <br>
// is a soft line break except the trailing one Lexical adds to keep an empty (or break-ended)
// line visible; decorators (contenteditable=false) are not part of the text.
export const lexical = blockFamily({
  name: 'Lexical',
  editable: '[contenteditable="true"]',
  blocks: (el) => Array.from(el.children).filter((child): child is HTMLElement => child instanceof HTMLElement),
  isTextLeaf: outsideWidgets,
  isLineBreak: (br) => br.nextSibling !== null,
});
