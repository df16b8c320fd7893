// Private history in storage.local: bounded to a year and 5,000 entries, written a month at a time,
// read back validated; the switch under an organisation's policy, which can only ever turn it off.
import { describe, expect, it } from 'vitest';
import {
  appendHistoryEntries,
  changeHistorySettings,
  clearHistory,
  countScoredPostForOffer,
  defaultHistorySettings,
  HISTORY_MAX_AGE_MS,
  HISTORY_MAX_ENTRIES,
  HISTORY_OFFER_AFTER,
  loadHistory,
  parseManagedPolicy,
  resolveHistory,
  SettingsChangeRefused,
  type HistorySettings,
} from '../../../src/storage';
import { entry } from '../history/entries';
import { fakeArea } from './fake-area';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12);

describe('the stored history', () => {
  it('keeps entries in order, one storage item per month, and reads them back', async () => {
    const local = fakeArea();
    await appendHistoryEntries(local, [entry(NOW - 40 * DAY), entry(NOW - DAY, { voice: 80 })], NOW);
    await appendHistoryEntries(local, [entry(NOW, { reciprocity: 90 })], NOW);
    const stored = await local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['history', 'history:2026-10', 'history:2026-11']);
    const { entries, unreadable } = await loadHistory(local);
    expect(unreadable).toBe(0);
    expect(entries.map((item) => item.at)).toEqual([NOW - 40 * DAY, NOW - DAY, NOW]);
  });

  it('drops entries older than a year, and months that held nothing else', async () => {
    const local = fakeArea();
    await appendHistoryEntries(local, [entry(NOW - HISTORY_MAX_AGE_MS - 40 * DAY), entry(NOW - HISTORY_MAX_AGE_MS - DAY), entry(NOW - HISTORY_MAX_AGE_MS + DAY)], NOW - 30 * DAY);
    await appendHistoryEntries(local, [entry(NOW)], NOW);
    const { entries } = await loadHistory(local);
    expect(entries.map((item) => item.at)).toEqual([NOW - HISTORY_MAX_AGE_MS + DAY, NOW]);
    expect(Object.keys(await local.get(null)).filter((key) => key.startsWith('history:'))).toHaveLength(2);
  });

  it(`keeps at most ${HISTORY_MAX_ENTRIES} entries, dropping the oldest`, async () => {
    const local = fakeArea();
    const start = NOW - 200 * DAY;
    const many = Array.from({ length: HISTORY_MAX_ENTRIES }, (_, index) => entry(start + index * 60_000, { length: index }));
    await appendHistoryEntries(local, many, NOW);
    await appendHistoryEntries(local, [entry(NOW, { length: 0 }), entry(NOW + 1, { length: 99_999 })], NOW);
    const { entries } = await loadHistory(local);
    expect(entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(entries[0]!.length).toBe(2);
    expect(entries.at(-1)!.length).toBe(99_999);
  });

  it('leaves out entries that do not read as entries, and says how many', async () => {
    const local = fakeArea({ history: { schemaVersion: 1, months: { '2026-11': 3 } }, 'history:2026-11': [entry(NOW), { at: 'yesterday' }, { ...entry(NOW), reciprocity: 140 }] });
    expect(await loadHistory(local)).toMatchObject({ entries: [{ at: NOW }], unreadable: 2 });
  });

  it('clears every month and the index, and nothing else', async () => {
    const local = fakeArea({ historySettings: defaultHistorySettings(), managedPolicyCache: { raw: {}, readAt: 1 } });
    await appendHistoryEntries(local, [entry(NOW - 40 * DAY), entry(NOW)], NOW);
    await clearHistory(local);
    expect(Object.keys(await local.get(null)).sort()).toEqual(['historySettings', 'managedPolicyCache']);
    expect((await loadHistory(local)).entries).toEqual([]);
  });
});

const on: HistorySettings = { ...defaultHistorySettings(), enabled: true };
const policy = (raw: unknown) => parseManagedPolicy(raw).policy;

describe('the switch under the organisation’s policy (off by default; a policy can only turn it off)', () => {
  it('is off by default and on once the person turns it on', () => {
    expect(resolveHistory(defaultHistorySettings(), null)).toMatchObject({ enabled: false, locked: false, fromOrganisationDefault: false });
    expect(resolveHistory(changeHistorySettings(defaultHistorySettings(), { kind: 'history', enabled: true }, null), null).enabled).toBe(true);
  });

  it('locked off: off whatever the person chose, and turning it on is refused', () => {
    const locked = policy({ locked: { history: false } });
    expect(resolveHistory(on, locked)).toEqual({ enabled: false, locked: true, fromOrganisationDefault: false, offerDue: false });
    expect(() => changeHistorySettings(on, { kind: 'history', enabled: true }, locked)).toThrow(SettingsChangeRefused);
    // Turning it off (and deleting) is still the person's to do.
    expect(changeHistorySettings(on, { kind: 'history', enabled: false }, locked).enabled).toBe(false);
  });

  it('default off: off, even for someone who had turned it on, until they turn it on again', () => {
    const byDefault = policy({ defaults: { history: false } });
    expect(resolveHistory(on, byDefault)).toMatchObject({ enabled: false, fromOrganisationDefault: true });
    const chosen = changeHistorySettings(on, { kind: 'history', enabled: true }, byDefault);
    expect(resolveHistory(chosen, byDefault)).toMatchObject({ enabled: true, fromOrganisationDefault: false });
  });

  it('a policy of true never turns it on, and is reported as a problem', () => {
    for (const raw of [{ defaults: { history: true } }, { locked: { history: true } }]) {
      const { policy: parsed, problems } = parseManagedPolicy(raw);
      expect(resolveHistory(defaultHistorySettings(), parsed)).toMatchObject({ enabled: false, locked: false, fromOrganisationDefault: false });
      expect(problems).toEqual([{ path: `${Object.keys(raw)[0]}.history`, message: expect.stringContaining('never on') }]);
    }
  });

  it(`offers history once: after ${HISTORY_OFFER_AFTER} scored posts, until the next post or an answer`, () => {
    let settings = defaultHistorySettings();
    const due = () => resolveHistory(settings, null).offerDue;
    for (let post = 0; post < HISTORY_OFFER_AFTER; post++) {
      expect(due()).toBe(false);
      settings = countScoredPostForOffer(settings) ?? settings;
    }
    expect(due()).toBe(true);
    expect(resolveHistory(settings, policy({ defaults: { history: false } })).offerDue).toBe(false);
    settings = countScoredPostForOffer(settings)!;
    expect(due()).toBe(false);
    expect(countScoredPostForOffer(settings)).toBeNull();
  });

  it('takes an answer to the offer only while it stands', () => {
    const due: HistorySettings = { ...defaultHistorySettings(), offer: { scoredPosts: HISTORY_OFFER_AFTER, answered: false } };
    expect(changeHistorySettings(due, { kind: 'history-offer', accept: true }, null)).toMatchObject({ enabled: true, offer: { answered: true } });
    expect(changeHistorySettings(due, { kind: 'history-offer', accept: false }, null)).toMatchObject({ enabled: false, offer: { answered: true } });
    expect(() => changeHistorySettings(defaultHistorySettings(), { kind: 'history-offer', accept: true }, null)).toThrow(SettingsChangeRefused);
    expect(() => changeHistorySettings(due, { kind: 'history-offer', accept: true }, policy({ locked: { history: false } }))).toThrow(SettingsChangeRefused);
  });
});
