import type { TextRange } from '../engine/types';
import type { NetworkId } from '../networks';
import type { TextLayout } from './layout';

/**
 * How one editor family (Draft.js, Lexical, ProseMirror/TipTap, Quill, a plain textarea) holds its
 * text and takes edits. Shared by every site built on that editor; scoring never sees it. Offsets
 * are UTF-16 indices into `layout(el).text`, the text exactly as the editor holds it, "\n" between
 * lines. The content script knows an editor only through these methods.
 */
export interface EditorFamily {
  /** The editor's name, for documentation and test output: "Draft.js". */
  name: string;
  /** Selector of the elements this family edits; a site with several families picks one per element by it. */
  editable: string;
  /** The editor's text, and where each part of it is in the DOM (for underlines and cards). */
  layout(el: HTMLElement): TextLayout;
  /** The user's selection in `el` as text offsets, or null when it is elsewhere. */
  selection(el: HTMLElement): TextRange | null;
  /** Selects [start, end) of the text (a caret when they are equal); false when the text has no such place. */
  select(el: HTMLElement, range: TextRange): boolean;
  /** The text offset under a point of the window (client coordinates), or null. */
  offsetAt(el: HTMLElement, x: number, y: number): number | null;
  /** Calls `changed` whenever the text may have changed (typing, paste, the editor's own undo); returns how to stop. */
  watch(el: HTMLElement, changed: () => void): () => void;
  /** Replaces the current selection through the editor's own input path. */
  insertText(el: HTMLElement, text: string): void;
  /** Undoes the editor's last change through its own history (what Ctrl/Cmd+Z would do). */
  undo(el: HTMLElement): void;
  /**
   * Edits closer together than this many milliseconds become one step of the editor's undo history
   * (Quill: any within a second). A fix waits until the last edit is this old, so one undo takes back
   * the fix alone.
   */
  historyMergeMs?: number;
}

/**
 * One network's adapter: which elements on its pages are composers (from the network registry),
 * and the editor family of each (a site may use more than one: LinkedIn posts are Quill, its
 * comments TipTap).
 */
export interface SiteAdapter {
  id: NetworkId;
  /** The network's short name for the panel's words: "X". */
  label: string;
  /** The families this site's composers use, most specific first. */
  families: readonly EditorFamily[];
  /** The family that edits `el`: the first whose `editable` selector it matches. */
  editorOf(el: HTMLElement): EditorFamily;
  /**
   * Every composer the network's registry entry names, private-message composers included where an
   * editor family of this site can read them: the content script coaches those only when the user asks.
   */
  composerSelector: string;
  /** Whether a composer writes a private message (DMs, chat). */
  isPrivate(el: HTMLElement): boolean;
  /** The kind of composer `el` is ("post", "comment"), which decides its limits. */
  composerKind(el: HTMLElement): string;
  /** The network's send button (any composer kind's, from the registry) that `target` is in, if any. */
  sendButtonAt(target: EventTarget | null): Element | null;
  /** Whether `event`, a key pressed in composer `el`, is a shortcut that sends it. */
  isSendKey(el: HTMLElement, event: KeyboardEvent): boolean;
}
