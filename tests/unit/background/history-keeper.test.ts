// The worker's side of private history: it records a sent draft from its own note of what it scored
// (never from the sender), once per note, only while history is on, and no faster than a thread.
import { describe, expect, it } from 'vitest';
import { createHistoryKeeper, SENT_BURST, SENT_INTERVAL_MS } from '../../../src/background/history';
import { serial } from '../../../src/background/serial';
import { createSettingsWriter } from '../../../src/background/settings-writer';
import { NEUTRAL_PRESET } from '../../../src/engine';
import type { ScoreReply, ScoreRequest } from '../../../src/messages';
import { defaultHistorySettings, HISTORY_OFFER_AFTER, loadHistory, loadHistorySettings, MAX_DRAFTS_PER_TAB, readLastSent } from '../../../src/storage';
import { scoredIn } from '../../scored';
import { fakeArea } from '../storage/fake-area';

const TAB = 7;
const TEXT = 'Thanks Priya! Which filling should we bake tomorrow? – Sam';

function setup(historyOn: boolean) {
  let clock = 1_000_000;
  const local = fakeArea({ historySettings: { ...defaultHistorySettings(), enabled: historyOn } });
  const session = fakeArea();
  const keeper = createHistoryKeeper({ local, session, serialised: serial(), now: () => clock });
  const report = scoredIn(TEXT, 'x');
  const score = (draft: string, text = TEXT, answer: ScoreReply = { ok: true, version: 1, report, preset: { id: NEUTRAL_PRESET.id } as never }, tab = TAB) => {
    const request: ScoreRequest = { type: 'rapport/score', version: 1, text, network: 'x', composer: 'post', draft };
    keeper.noteScored(tab, request, Promise.resolve(answer));
  };
  return { local, session, keeper, report, score, tick: (ms: number) => (clock += ms) };
}

describe('the history keeper', () => {
  it('records a sent draft from its own note: the scores it computed, once', async () => {
    const { local, keeper, report, score } = setup(true);
    score('a');
    expect(await keeper.sent(TAB, 'a')).toEqual({ ok: true, recorded: true });
    expect((await loadHistory(local)).entries).toMatchObject([{ network: 'x', composer: 'post', preset: 'neutral', reciprocity: report.reciprocity, voice: report.voice }]);
    // A second report of the same send finds no note.
    expect(await keeper.sent(TAB, 'a')).toMatchObject({ ok: false });
    expect((await loadHistory(local)).entries).toHaveLength(1);
  });

  it('remembers at most MAX_DRAFTS_PER_TAB drafts a tab, the newest', async () => {
    const { keeper, score } = setup(true);
    for (let index = 0; index <= MAX_DRAFTS_PER_TAB; index++) score(`m${index}`);
    expect(await keeper.sent(TAB, 'm0')).toMatchObject({ ok: false });
    expect(await keeper.sent(TAB, `m${MAX_DRAFTS_PER_TAB}`)).toEqual({ ok: true, recorded: true });
  });

  it('records nothing for a draft it never scored, in another tab, or emptied by hand before Send', async () => {
    const { local, keeper, score } = setup(true);
    expect(await keeper.sent(TAB, 'never')).toMatchObject({ ok: false });
    score('b');
    expect(await keeper.sent(TAB + 1, 'b')).toMatchObject({ ok: false });
    score('b', '   ');
    expect(await keeper.sent(TAB, 'b')).toMatchObject({ ok: false });
    expect((await loadHistory(local)).entries).toEqual([]);
  });

  it('a declined draft (not scored) is sent but not recorded', async () => {
    const { local, keeper, score } = setup(true);
    score('c', 'Hola', { ok: true, version: 1, report: { status: 'not-english', language: 'es', message: 'Not English', hints: [], stats: scoredIn(TEXT, 'x').stats }, preset: { id: 'neutral' } as never });
    expect(await keeper.sent(TAB, 'c')).toEqual({ ok: true, recorded: false });
    expect((await loadHistory(local)).entries).toEqual([]);
  });

  it('with history off, acknowledges the send, records nothing, and counts it towards the one offer', async () => {
    const { local, session, keeper, score } = setup(false);
    score('d');
    expect(await keeper.sent(TAB, 'd')).toEqual({ ok: true, recorded: false });
    expect((await loadHistory(local)).entries).toEqual([]);
    expect(await readLastSent(session)).toMatchObject({ recorded: false });
    expect((await loadHistorySettings(local)).offer.scoredPosts).toBe(1);
  });

  it(`records a thread’s worth (${SENT_BURST}) at once, then one per ${SENT_INTERVAL_MS / 1000} s`, async () => {
    const { local, keeper, score, tick } = setup(true);
    // In several tabs, so every draft has its note (a tab keeps at most MAX_DRAFTS_PER_TAB).
    const drafts = Array.from({ length: SENT_BURST + 5 }, (_, index) => ({ draft: `t${index}`, tab: 100 + (index % 4) }));
    for (const { draft, tab } of drafts) score(draft, TEXT, undefined, tab);
    const replies = await Promise.all(drafts.map(({ draft, tab }) => keeper.sent(tab, draft)));
    expect(replies.filter((reply) => reply.ok).length).toBe(SENT_BURST);
    expect(replies.filter((reply) => !reply.ok)).toEqual(Array(5).fill({ ok: false, error: expect.stringContaining('too many') }));
    expect((await loadHistory(local)).entries).toHaveLength(SENT_BURST);
    tick(SENT_INTERVAL_MS);
    score('later');
    expect(await keeper.sent(TAB, 'later')).toEqual({ ok: true, recorded: true });
  });
});

describe('history changes from a page’s panel', () => {
  it('take only the answer to the offer, and only while it stands', async () => {
    const sync = fakeArea();
    const local = fakeArea({ historySettings: { ...defaultHistorySettings(), offer: { scoredPosts: HISTORY_OFFER_AFTER - 1, answered: false } } });
    const writer = createSettingsWriter({ sync, local, wait: async () => undefined });
    expect(await writer.change({ kind: 'history', enabled: true }, 'content-script')).toMatchObject({ ok: false });
    expect(await writer.change({ kind: 'clear-history' }, 'content-script')).toMatchObject({ ok: false });
    expect(await writer.change({ kind: 'history-offer', accept: true }, 'content-script')).toMatchObject({ ok: false, error: expect.stringContaining('not on offer') });
    await local.set({ historySettings: { ...defaultHistorySettings(), offer: { scoredPosts: HISTORY_OFFER_AFTER, answered: false } } });
    expect(await writer.change({ kind: 'history-offer', accept: true }, 'content-script')).toEqual({ ok: true });
    expect(await loadHistorySettings(local)).toMatchObject({ enabled: true, offer: { answered: true } });
  });

  it('turning history off from Rapport’s own pages can delete what it recorded', async () => {
    const { local, keeper, score } = setup(true);
    score('e');
    await keeper.sent(TAB, 'e');
    const writer = createSettingsWriter({ sync: fakeArea(), local });
    expect(await writer.change({ kind: 'history', enabled: false, deleteEntries: true }, 'extension-page')).toEqual({ ok: true });
    expect((await loadHistory(local)).entries).toEqual([]);
    expect((await loadHistorySettings(local)).enabled).toBe(false);
  });
});
