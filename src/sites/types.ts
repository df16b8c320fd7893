import type { NetworkId } from '../networks';

/**
 * How one editor family (Draft.js, Lexical, and later ProseMirror/TipTap, Quill) holds its text in
 * the DOM and takes edits. Shared by every site built on that editor; scoring never sees it.
 * Offsets are UTF-16 indices into `readText(el)` (layout.ts), which joins the blocks with "\n".
 */
export interface EditorFamily {
  /** The editor's name, for documentation and test output: "Draft.js". */
  name: string;
  /** Selector of the element this family edits ('[contenteditable="true"]'); private composers are found only where it matches. */
  editable: string;
  /** The editor's blocks (paragraphs) in document order. */
  blocks(el: HTMLElement): HTMLElement[];
  /** Whether a text node inside a block is part of the editor's text (not a placeholder or widget). */
  isTextLeaf(node: Text): boolean;
  /** Whether a <br> inside a block stands for a "\n" the editor holds (a soft line break). */
  isLineBreak(br: HTMLBRElement): boolean;
  /** Replaces the current selection through the editor's own input path. */
  insertText(el: HTMLElement, text: string): void;
  /** Undoes the editor's last change through its own history (what Ctrl/Cmd+Z would do). */
  undo(el: HTMLElement): void;
}

/**
 * One network's adapter: its editor family, and which elements on its pages are composers (from
 * the network registry). The only code that knows an editor; the content script goes through it.
 */
export interface SiteAdapter extends EditorFamily {
  id: NetworkId;
  /** The network's short name for the panel's words: "X". */
  label: string;
  /**
   * Every composer the network's registry entry names, private-message composers included where this
   * editor family can read them: the content script coaches those only when the user asks.
   */
  composerSelector: string;
  /** Whether a composer writes a private message (DMs, chat). */
  isPrivate(el: HTMLElement): boolean;
  /** The kind of composer `el` is ("post", "comment"), which decides its limits. */
  composerKind(el: HTMLElement): string;
  /** Selector of the network's send buttons (every composer kind's, from the registry). */
  sendButton: string;
  /** Whether `event`, a key pressed in composer `el`, is a shortcut that sends it. */
  isSendKey(el: HTMLElement, event: KeyboardEvent): boolean;
}
