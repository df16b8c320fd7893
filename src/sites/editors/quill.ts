import { insertTextAsTyped, pressUndoShortcut } from '../editing';
import { blockFamily } from './blocks';

function lines(root: Element): HTMLElement[] {
  return Array.from(root.children).flatMap((child) =>
    // Quill 2 renders list items as <ol><li data-list=…> and code lines inside a container.
    child.matches('ol, ul, .ql-code-block-container') ? Array.from(child.children).filter((line): line is HTMLElement => line instanceof HTMLElement) : child instanceof HTMLElement ? [child] : [],
  );
}

// Quill: every line is a block (<p>, <li>, <h1>…) under .ql-editor; an empty line holds a <br> that
// is not text (Quill has no soft breaks). Its UI bits (list markers, span.ql-ui) are contenteditable=false.
export const quill = blockFamily({
  name: 'Quill',
  editable: '.ql-editor[contenteditable="true"]',
  blocks: lines,
  isTextLeaf: (node) => node.parentElement?.closest('[contenteditable="false"]') == null,
  isLineBreak: () => false,
  insertText: insertTextAsTyped,
  undo: pressUndoShortcut,
  // Quill's history folds every change within a second of the last into one undo step (its default delay).
  historyMergeMs: 1000,
});
