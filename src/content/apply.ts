import type { TextRange } from '../engine/types';
import type { SiteAdapter } from '../sites';
import { fromDomPoint, readLayout, readText, toDomRange } from '../sites/layout';

export type ApplyResult = { ok: true; text: string; caret: number } | { ok: false; error: string };

const SETTLE_TIMEOUT_MS = 400;

/**
 * Replaces `range` with `replacement` through the editor's own input path, then checks the editor
 * holds exactly the expected text. Anything else is undone and reported: a draft is never left broken.
 */
export async function applyReplacement(
  adapter: SiteAdapter,
  el: HTMLElement,
  range: TextRange,
  original: string,
  replacement: string,
): Promise<ApplyResult> {
  const before = readText(adapter, el);
  if (before.slice(range.start, range.end) !== original) {
    return { ok: false, error: 'The draft changed since this suggestion was made. Rapport is checking it again.' };
  }
  const expected = before.slice(0, range.start) + replacement + before.slice(range.end);
  const domRange = toDomRange(readLayout(adapter, el), range.start, range.end);
  if (!domRange) return { ok: false, error: 'Rapport could not find that text in the editor; your draft is unchanged.' };

  el.focus({ preventScroll: true });
  const selection = el.ownerDocument.getSelection();
  if (!selection) return { ok: false, error: 'The editor has no selection to work with; your draft is unchanged.' };
  selection.removeAllRanges();
  selection.addRange(domRange);
  // Draft.js only learns of a selection set by script from the next selectionchange event; an edit
  // issued before it lands at Draft's old caret. Let the editor see the selection first.
  await selectionSeen(el.ownerDocument);
  if (!selectionCovers(adapter, el, selection, range)) {
    return { ok: false, error: 'The selection moved before the fix could be applied; your draft is unchanged.' };
  }

  adapter.insertText(el, replacement);
  if (await settlesTo(adapter, el, expected)) return { ok: true, text: expected, caret: range.start + replacement.length };

  const after = readText(adapter, el);
  if (after !== before) {
    adapter.undo(el);
    if (await settlesTo(adapter, el, before)) {
      return { ok: false, error: 'The editor did not take the fix as expected, so Rapport undid it. Your draft is unchanged.' };
    }
    return { ok: false, error: 'The editor did not take the fix as expected and Rapport could not undo it. Press Ctrl+Z (⌘Z) to restore your draft.' };
  }
  return { ok: false, error: 'The editor ignored the fix; your draft is unchanged.' };
}

function selectionSeen(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task so the editor's own selectionchange handler has run before we edit.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    doc.addEventListener('selectionchange', done);
  });
}

/** Compared as text offsets: the editor may have re-rendered the nodes the DOM range pointed into. */
function selectionCovers(adapter: SiteAdapter, el: HTMLElement, selection: Selection, range: TextRange): boolean {
  if (selection.rangeCount === 0) return false;
  const current = selection.getRangeAt(0);
  const layout = readLayout(adapter, el);
  return (
    fromDomPoint(layout, current.startContainer, current.startOffset) === range.start &&
    fromDomPoint(layout, current.endContainer, current.endOffset) === range.end
  );
}

async function settlesTo(adapter: SiteAdapter, el: HTMLElement, expected: string): Promise<boolean> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (el.isConnected && readText(adapter, el) === expected) return true;
    if (performance.now() > deadline || !el.isConnected) return false;
  }
}
