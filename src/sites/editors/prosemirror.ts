import { blockFamily, childLines } from './blocks';

/** Containers whose children are the lines (lists, quotes); ProseMirror renders every other top-level child as one line. */
const CONTAINERS = 'ul, ol, li, blockquote';

// ProseMirror (and TipTap on top of it): textblocks (<p>) under the editable root, lists and quotes
// holding more of them. A hard break is a <br>; the <br class="ProseMirror-trailingBreak"> it adds to
// keep an empty or break-ended line visible is not text, nor are widgets (contenteditable=false)
// except inline atoms that stand for text, such as a mention ("@handle").
export const proseMirror = blockFamily({
  name: 'ProseMirror',
  editable: '.ProseMirror[contenteditable="true"]',
  blocks: (el) => childLines(el, CONTAINERS),
  isTextLeaf: (node) => {
    const widget = node.parentElement?.closest('[contenteditable="false"]');
    return widget == null || widget.matches('[data-type="mention"]');
  },
  isLineBreak: (br) => !br.classList.contains('ProseMirror-trailingBreak'),
  // prosemirror-history puts neighbouring edits less than 500 ms apart into one undo step.
  historyMergeMs: 500,
});
