import { blockFamily, childLines, outsideWidgets } from './blocks';

/** Quill 2 renders list items as <ol><li data-list=…> and code lines inside a container. */
const CONTAINERS = 'ol, ul, .ql-code-block-container';

// Quill: every line is a block (<p>, <li>, <h1>…) under .ql-editor; an empty line holds a <br> that
// is not text (Quill has no soft breaks). Its UI bits (list markers, span.ql-ui) are contenteditable=false.
export const quill = blockFamily({
  name: 'Quill',
  editable: '.ql-editor[contenteditable="true"]',
  blocks: (el) => childLines(el, CONTAINERS),
  isTextLeaf: outsideWidgets,
  // Quill's history folds every change within a second of the last into one undo step (its default delay).
  historyMergeMs: 1000,
});
