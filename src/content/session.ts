import type { Hint, Report } from '../engine/types';
import type { PresetSummary } from '../messages';
import type { SiteAdapter } from '../sites';
import { readLayout, readText, toDomRange, type TextLayout } from '../sites/layout';
import { applyReplacement } from './apply';
import type { Underline, Underlines } from './highlights';
import { rangesOf } from './ranges';
import { diffTexts, remapRange } from './remap';
import { reportSent, requestScore } from './scoring-client';

/** Idle time after the last keystroke before a draft is scored. */
export const DEBOUNCE_MS = 150;
/** How long after a press of Send the composer may take to empty (the site posts over the network first). */
const SEND_WINDOW_MS = 30_000;

export type SessionStatus = 'idle' | 'scoring' | 'ready' | 'error';

/** A hint whose range has been carried through the edits made since it was computed. */
export interface LiveHint extends Hint {
  key: string;
  /** The text the range covered when the hint was made; an apply only goes ahead if it still does. */
  original: string;
}

export interface SessionSnapshot {
  status: SessionStatus;
  text: string;
  report: Report | null;
  preset: PresetSummary | null;
  hints: LiveHint[];
  error: string | null;
  applyError: string | null;
  focusedHint: string | null;
}

export interface SessionOptions {
  adapter: SiteAdapter;
  el: HTMLElement;
  underlines: Underlines;
  /** Called whenever what the panel shows for this composer changed. */
  onChange: (session: Session) => void;
}

/** One composer: watches its text, scores it, keeps its underlines in place, applies fixes. */
export function createSession({ adapter, el, underlines, onChange }: SessionOptions) {
  /** The editor family this composer is written in: everything read or changed in it goes through it. */
  const editor = adapter.editorOf(el);
  let version = 0;
  let scoredText: string | null = null;
  /** The text the current report describes, and its hints with ranges into that text. */
  let reportText = '';
  let reportHints: LiveHint[] = [];
  /** The editor's text when underlines were last placed. */
  let seenText: string | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  /** When the text last changed (performance.now()), for the editor's undo grouping. */
  let lastEditAt = -Infinity;
  /** Names this composer to the worker, whose note of its scores a send records. */
  const draft = String(Math.random());
  /** Until when an emptied (or removed) composer counts as sent: set by a press of Send on `sendText`. */
  let sendBy = 0;
  let sendText = '';
  function sentNow(): void {
    if (Date.now() < sendBy) reportSent(draft);
    sendBy = 0;
  }
  const dismissed = new Set<string>();
  const snapshot: SessionSnapshot = {
    status: 'idle',
    text: '',
    report: null,
    preset: null,
    hints: [],
    error: null,
    applyError: null,
    focusedHint: null,
  };

  // Typing, paste, the editor's own undo: the editor family says when the text may have changed.
  const stopWatching = editor.watch(el, () => textMayHaveChanged());

  function textMayHaveChanged(): void {
    if (disposed) return;
    // Right away, in the mutation callback: the moved underlines are then part of the very next frame.
    followEdit();
    clearTimeout(debounce);
    debounce = setTimeout(scoreNow, DEBOUNCE_MS);
  }

  /**
   * Keeps underlines on their words while the user types, until the next result arrives. Ranges are
   * always carried from the report's own text in one step, so when an edit is undone the hints it
   * hid come back exactly.
   */
  function followEdit(): void {
    if (disposed) return;
    // One walk of the editor's DOM gives both the text and the positions to underline.
    const layout = readLayout(editor, el);
    const { text } = layout;
    if (text === seenText) return;
    seenText = text;
    if (text !== snapshot.text) lastEditAt = performance.now();
    snapshot.text = text;
    // An emptied composer (posted, or cleared) starts a new draft: its dismissals no longer apply.
    // Emptied after a press of Send, it was sent; changed any other way, the draft stayed.
    if (text === '') {
      dismissed.clear();
      sentNow();
    } else if (text !== sendText) sendBy = 0;
    const edit = diffTexts(reportText, text);
    snapshot.hints = edit
      ? reportHints.flatMap((hint) => {
          const range = remapRange(hint.range, edit);
          if (!range) return [];
          // One hint per idea can underline several places; each follows the edit on its own.
          const moreRanges = hint.moreRanges?.flatMap((more) => remapRange(more, edit) ?? []);
          return [{ ...hint, range, ...(moreRanges ? { moreRanges } : {}) }];
        })
      : reportHints;
    paint(layout);
    onChange(session);
  }

  async function scoreNow(): Promise<void> {
    if (disposed) return;
    const text = readText(editor, el);
    // A change the editor never told of (a page empties its textarea after sending, with no event) is
    // followed first: an emptied composer must count as sent before its empty text is scored.
    if (text !== seenText) followEdit();
    if (text === scoredText) return;
    scoredText = text;
    const requestVersion = ++version;
    snapshot.status = 'scoring';
    onChange(session);
    const reply = await requestScore({ type: 'rapport/score', version: requestVersion, text, network: adapter.id, composer: adapter.composerKind(el), draft });
    // A newer request was sent, or the composer went away: this reply is stale.
    if (disposed || reply.version !== version) return;
    if (!reply.ok) {
      scoredText = null;
      snapshot.status = 'error';
      snapshot.error = reply.error;
      onChange(session);
      return;
    }
    snapshot.status = 'ready';
    snapshot.error = null;
    snapshot.report = reply.report;
    snapshot.preset = reply.preset;
    reportText = text;
    reportHints = reply.report.hints.map((hint) => {
      const original = text.slice(hint.range.start, hint.range.end);
      return { ...hint, original, key: `${hint.rule}:${hint.range.start}:${original}` };
    });
    // The user may have typed while the worker was busy: carry the fresh ranges through that too.
    seenText = null;
    followEdit();
  }

  function visibleHints(): LiveHint[] {
    return snapshot.hints.filter((hint) => !dismissed.has(dismissKey(hint)));
  }

  function paint(layout: TextLayout = readLayout(editor, el)): void {
    if (disposed) return;
    const drawn: Underline[] = [];
    const lastEnd: Record<string, number> = {};
    const lastAlt: Record<string, boolean> = {};
    const pieces = visibleHints()
      .filter((hint) => hint.kind === 'issue')
      .flatMap((hint) => rangesOf(hint).map((range) => ({ hint, range })))
      .filter(({ range }) => range.end > range.start)
      .sort((a, b) => a.range.start - b.range.start);
    for (const { hint, range } of pieces) {
      const domRange = toDomRange(layout, range.start, range.end);
      if (!domRange) continue;
      // Touching (or one character apart) on the same axis: switch style so the two stay apart.
      const alt = range.start - (lastEnd[hint.axis] ?? -9) <= 1 && !lastAlt[hint.axis];
      lastEnd[hint.axis] = range.end;
      lastAlt[hint.axis] = alt;
      drawn.push({ axis: hint.axis, alt, range: domRange, key: hint.key });
    }
    const focused = visibleHints().find((hint) => hint.key === snapshot.focusedHint);
    const focusRanges = focused ? rangesOf(focused).flatMap((range) => toDomRange(layout, range.start, range.end) ?? []) : [];
    underlines.set(session, drawn, focusRanges);
  }

  const session = {
    editor,
    el,
    get snapshot(): Readonly<SessionSnapshot> {
      return { ...snapshot, hints: visibleHints() };
    },
    /** Scores right away (first attach, settings changed) instead of waiting for a keystroke. */
    refresh(): void {
      scoredText = null;
      clearTimeout(debounce);
      void scoreNow();
    },
    focusHint(key: string | null): void {
      snapshot.focusedHint = key;
      paint();
      onChange(session);
    },
    dismiss(key: string): void {
      const hint = snapshot.hints.find((candidate) => candidate.key === key);
      if (!hint) return;
      dismissed.add(dismissKey(hint));
      paint();
      onChange(session);
    },
    async apply(key: string): Promise<boolean> {
      const hint = visibleHints().find((candidate) => candidate.key === key);
      if (!hint || hint.replacement === undefined) {
        // A new score replaced the list as the user clicked: say so, rather than seem to ignore them.
        snapshot.applyError = 'That suggestion was just updated; your draft is unchanged.';
        onChange(session);
        return false;
      }
      const result = await applyReplacement(editor, el, hint.range, hint.original, hint.replacement, lastEditAt);
      snapshot.applyError = result.ok ? null : result.error;
      if (result.ok) textMayHaveChanged();
      else session.refresh();
      onChange(session);
      return result.ok;
    },
    clearApplyError(): void {
      snapshot.applyError = null;
      onChange(session);
    },
    /**
     * The user pressed the site's Send for this draft: if the composer now empties (or goes away, as
     * a dialog does) soon, with no other change first, the draft was sent. Its latest text is scored
     * at once, so the worker records what went out.
     */
    expectSend(): void {
      sendBy = Date.now() + SEND_WINDOW_MS;
      sendText = snapshot.text;
      session.refresh();
    },
    dispose(): void {
      sentNow();
      disposed = true;
      stopWatching();
      clearTimeout(debounce);
      underlines.clear(session);
    },
  };
  return session;
}

/** Dismissal is per draft and survives the hint moving: it keys on the rule and the words, not the offset. */
function dismissKey(hint: LiveHint): string {
  return `${hint.rule}\u0000${hint.original.toLowerCase()}`;
}

export type Session = ReturnType<typeof createSession>;
