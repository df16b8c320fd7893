import type { TextRange } from '../../engine/types';
import { insertTextAsTyped, pressUndoShortcut } from '../editing';
import { fromDomPoint, readBlockLayout, toDomRange, type BlockStructure } from '../layout';
import type { EditorFamily } from '../types';

/** The element's children as lines, looking into `containers` (lists, quotes), whose children are lines too. */
export function childLines(parent: Element, containers: string): HTMLElement[] {
  return Array.from(parent.children).flatMap((child) => (child.matches(containers) ? childLines(child, containers) : child instanceof HTMLElement ? [child] : []));
}

/** Whether a text node is the editor's text rather than a widget's (list markers, decorators: contenteditable=false). */
export function outsideWidgets(node: Text): boolean {
  return node.parentElement?.closest('[contenteditable="false"]') == null;
}

/**
 * A family whose text lives in the editable element's own DOM, block by block (Draft.js, Lexical,
 * ProseMirror, Quill): the layout, selection and hit-testing come from the blocks; only the
 * structure differs between them. Each takes edits as typed text and undoes with the undo shortcut
 * (its own key bindings turn both into its own transactions).
 */
export function blockFamily(spec: BlockStructure & Pick<EditorFamily, 'name' | 'editable' | 'historyMergeMs'>): EditorFamily {
  const layout = (el: HTMLElement) => readBlockLayout(spec, el);
  return {
    ...spec,
    insertText: insertTextAsTyped,
    undo: pressUndoShortcut,
    layout,
    selection(el) {
      const selection = el.ownerDocument.getSelection();
      if (!selection?.rangeCount || !el.contains(selection.anchorNode)) return null;
      const range = selection.getRangeAt(0);
      const current = layout(el);
      const start = fromDomPoint(current, range.startContainer, range.startOffset);
      const end = fromDomPoint(current, range.endContainer, range.endOffset);
      return start === null || end === null ? null : { start, end };
    },
    select(el, { start, end }: TextRange) {
      const range = toDomRange(layout(el), start, end);
      const selection = el.ownerDocument.getSelection();
      if (!range || !selection) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    offsetAt(el, x, y) {
      const position = el.ownerDocument.caretPositionFromPoint?.(x, y);
      return position && el.contains(position.offsetNode) ? fromDomPoint(layout(el), position.offsetNode, position.offset) : null;
    },
    // Every change to the editor's DOM (typing, paste, the editor's own undo) shows up here, including
    // changes that fire no input event (Draft's undo re-renders without one).
    watch(el, changed) {
      const observer = new MutationObserver(changed);
      observer.observe(el, { childList: true, characterData: true, subtree: true });
      return () => observer.disconnect();
    },
  };
}
