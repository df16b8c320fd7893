import type { SentReply, ScoreReply, ScoreRequest } from '../messages';
import { historyEntry } from '../history';
import {
  appendHistoryEntries,
  countScoredPostForOffer,
  draftsKey,
  HISTORY_SETTINGS_KEY,
  LAST_DRAFT_KEY,
  LAST_SENT_KEY,
  loadHistorySettings,
  MAX_DRAFTS_PER_TAB,
  readCachedManagedPolicy,
  readDraftNotes,
  resolveHistory,
  type DraftNote,
  type SentNote,
  type StorageAreaLike,
} from '../storage';
import type { Serial } from './serial';

// The worker's side of private history (issue 14). It notes what it scored for each draft; when a
// content script reports that a draft was sent (its composer emptied after a trusted press of the
// send button or shortcut), it records that note, never anything a page could have chosen. A page
// cannot send messages to the worker at all, and what it can make a content script do is bounded:
// one report per scored draft, and at most a thread's worth of entries in a burst.

/** Entries recorded in a burst (a thread on X has up to 25 posts)… */
export const SENT_BURST = 30;
/** …then one per this interval. */
export const SENT_INTERVAL_MS = 10_000;

export interface HistoryKeeperOptions {
  local: StorageAreaLike;
  session: StorageAreaLike;
  serialised: Serial;
  now?: () => number;
}

export function createHistoryKeeper({ local, session, serialised, now = Date.now }: HistoryKeeperOptions) {
  /** Scoring still under way per draft, so a report of its sending waits for the note. */
  const scoring = new Map<string, Promise<unknown>>();
  let tokens = SENT_BURST;
  let refilledAt = now();

  function takeToken(): boolean {
    const earned = Math.floor((now() - refilledAt) / SENT_INTERVAL_MS);
    if (earned > 0) {
      tokens = Math.min(SENT_BURST, tokens + earned);
      refilledAt += earned * SENT_INTERVAL_MS;
    }
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }

  async function forget(tabId: number, draft: string): Promise<void> {
    const notes = await readDraftNotes(session, tabId);
    if (!(draft in notes)) return;
    delete notes[draft];
    await session.set({ [draftsKey(tabId)]: notes });
  }

  async function writeNote(tabId: number, draft: string, note: DraftNote): Promise<void> {
    const notes = await readDraftNotes(session, tabId);
    delete notes[draft];
    notes[draft] = note;
    // Oldest first (insertion order): a page that makes composer after composer cannot grow this.
    const kept = Object.entries(notes).slice(-MAX_DRAFTS_PER_TAB);
    await session.set({ [draftsKey(tabId)]: Object.fromEntries(kept), ...(note.entry ? { [LAST_DRAFT_KEY]: note.entry } : {}) });
  }

  return {
    /**
     * Notes the scores the worker is about to send a content script for one of its drafts. A draft
     * emptied by hand leaves no note, so pressing Send on the empty composer records nothing; when a
     * send empties it, the content script reports the send before the empty text is scored.
     */
    noteScored(tabId: number, request: ScoreRequest, reply: Promise<ScoreReply>): void {
      if (request.draft === undefined) return;
      const { draft } = request;
      const key = `${tabId}:${draft}`;
      const noted = reply.then((answer) =>
        serialised(async () => {
          if (request.text.trim() === '') return forget(tabId, draft);
          if (!answer.ok) return;
          const { report, preset } = answer;
          const entry = report.status === 'scored' ? historyEntry(report, { at: now(), network: request.network, composer: request.composer, preset: preset.id }) : null;
          return writeNote(tabId, draft, { entry });
        }),
      );
      scoring.set(key, noted);
      void noted.catch(() => undefined).finally(() => {
        if (scoring.get(key) === noted) scoring.delete(key);
      });
    },

    /** A content script saw this draft sent: record what the worker scored for it, if history is on. */
    async sent(tabId: number, draft: string): Promise<SentReply> {
      await scoring.get(`${tabId}:${draft}`)?.catch(() => undefined);
      return serialised(async () => {
        const note = (await readDraftNotes(session, tabId))[draft];
        if (!note) return { ok: false, error: 'Rapport scored no draft there' };
        await forget(tabId, draft);
        if (!note.entry) return { ok: true, recorded: false };
        if (!takeToken()) return { ok: false, error: 'too many posts at once; this one was not recorded' };
        const entry = { ...note.entry, at: now() };
        const [stored, { policy }] = await Promise.all([loadHistorySettings(local), readCachedManagedPolicy(local)]);
        const history = resolveHistory(stored, policy);
        if (history.enabled) await appendHistoryEntries(local, [entry], entry.at);
        else if (!history.locked && !history.fromOrganisationDefault) {
          const counted = countScoredPostForOffer(stored);
          if (counted) await local.set({ [HISTORY_SETTINGS_KEY]: counted });
        }
        const sentNote: SentNote = { entry, recorded: history.enabled };
        await session.set({ [LAST_SENT_KEY]: sentNote });
        return { ok: true, recorded: history.enabled };
      });
    },

    /** The tab closed: its drafts are gone. */
    forgetTab(tabId: number): Promise<void> {
      return serialised(() => session.remove(draftsKey(tabId)));
    },
  };
}

export type HistoryKeeper = ReturnType<typeof createHistoryKeeper>;
