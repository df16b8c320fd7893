import type { TextRange } from '../engine/types';
import type { EditorFamily } from '../sites';
import { readText } from '../sites/layout';

export type ApplyResult = { ok: true; text: string; caret: number } | { ok: false; error: string };

/** How long an editor may take to show an edit it accepted. Kept short: see settlesTo. */
const SETTLE_TIMEOUT_MS = 60;

/**
 * Replaces `range` with `replacement` through the editor's own input path, then checks the editor
 * holds exactly the expected text. Anything else is undone and reported: a draft is never left broken.
 */
export async function applyReplacement(
  editor: EditorFamily,
  el: HTMLElement,
  range: TextRange,
  original: string,
  replacement: string,
  /** When the user last changed the text (performance.now()). */
  lastEditAt = -Infinity,
): Promise<ApplyResult> {
  // Wait until the editor's history has closed the user's last step, so undo takes back the fix alone.
  const wait = lastEditAt + (editor.historyMergeMs ?? 0) - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const before = readText(editor, el);
  if (before.slice(range.start, range.end) !== original) {
    return { ok: false, error: 'The draft changed since this suggestion was made. Rapport is checking it again.' };
  }
  const expected = before.slice(0, range.start) + replacement + before.slice(range.end);
  // :focus, unlike activeElement, also holds for an editor inside a shadow root.
  if (!el.matches(':focus')) el.focus({ preventScroll: true });
  if (!editor.select(el, range)) return { ok: false, error: 'Rapport could not find that text in the editor; your draft is unchanged.' };
  // Draft.js only learns of a selection set by script from the next selectionchange event; an edit
  // issued before it lands at Draft's old caret. Let the editor see the selection first.
  await selectionSeen(el.ownerDocument);
  const selected = editor.selection(el);
  if (selected?.start !== range.start || selected.end !== range.end) {
    return { ok: false, error: 'The selection moved before the fix could be applied; your draft is unchanged.' };
  }

  editor.insertText(el, replacement);
  const after = await settlesTo(editor, el, expected);
  if (after === expected) return { ok: true, text: expected, caret: range.start + replacement.length };
  if (after === null) return { ok: false, error: 'The composer closed while the fix was being applied.' };
  if (after === before) return { ok: false, error: 'The editor ignored the fix; your draft is unchanged.' };

  // Undo at once, in the same task that saw the wrong text: nothing the user types can slip in
  // between, so the undo can only take back the editor's reaction to our edit.
  editor.undo(el);
  if ((await settlesTo(editor, el, before)) === before) {
    return { ok: false, error: 'The editor did not take the fix as expected, so Rapport undid it. Your draft is unchanged.' };
  }
  return { ok: false, error: 'The editor did not take the fix as expected and Rapport could not undo it. Press Ctrl+Z (⌘Z) to restore your draft.' };
}

/**
 * Yields one task. A MessageChannel message, unlike setTimeout, is neither clamped nor throttled in
 * background tabs, so checks stay within milliseconds of the edit.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function selectionSeen(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(fallback);
      // Then the editor's own selectionchange handling (and any render it schedules): Quill reads the
      // selection in a 1 ms timer, and records it as the range its undo history restores.
      setTimeout(() => void nextTask().then(nextTask).then(resolve), 2);
    };
    const fallback = setTimeout(done, 100);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Waits, a task at a time, for the editor to show `expected`; returns the text it shows at the end.
 * Both editors commit an edit within a microtask or a scheduler task, so this rarely takes more than
 * one task, and the short limit means a late decision can never mistake the user's typing for ours.
 */
async function settlesTo(editor: EditorFamily, el: HTMLElement, expected: string): Promise<string | null> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    await nextTask();
    if (!el.isConnected) return null;
    const text = readText(editor, el);
    if (text === expected || performance.now() > deadline) return text;
  }
}
