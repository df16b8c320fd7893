import type { Network } from '../engine/types';

/**
 * The only code that knows an editor. Reading, mapping and editing go through it; scoring never does.
 * Offsets are UTF-16 indices into `readText(el)`, which joins the editor's blocks with "\n".
 */
export interface SiteAdapter {
  id: Network;
  matches(url: URL): boolean;
  /** Selector for the editable element of every composer kind on this site, private ones included. */
  composerSelector: string;
  /** Whether a composer writes a private message (DMs, chat): coached only when the user asks for it. */
  isPrivate(el: HTMLElement): boolean;
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
