// Edits through the browser's own input pipeline, which both Draft.js and Lexical listen to.

/** Replaces the current selection with `text` as if typed: the editor gets beforeinput/input and updates its state. */
export function insertTextAsTyped(el: HTMLElement, text: string): void {
  el.ownerDocument.execCommand('insertText', false, text);
}

const isMac = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

/** Sends the platform's undo shortcut to the editor, whose key bindings turn it into its own undo command. */
export function pressUndoShortcut(el: HTMLElement): void {
  const init = { key: 'z', code: 'KeyZ', keyCode: 90, which: 90, ctrlKey: !isMac, metaKey: isMac, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init as KeyboardEventInit));
  el.dispatchEvent(new KeyboardEvent('keyup', init as KeyboardEventInit));
}
