import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSettingsWriter, PAGE_WRITE_BURST, PAGE_WRITE_INTERVAL_MS } from '../../../src/background/settings-writer';
import type { SettingsChange } from '../../../src/messages';
import { loadSettings, loadUserPresets, type StorageAreaLike } from '../../../src/storage';
import { ruleIds } from '../../../src/engine/rules';
import { fakeArea } from './fake-area';

const SEVEN_RULES = ruleIds.slice(0, 7);
const turnOff = (rule: string): SettingsChange => ({ kind: 'rule', rule, disabled: true });

/** A storage area whose writes fail the way Chrome's do when a quota is used up. */
function fullArea(message: string): StorageAreaLike {
  const area = fakeArea();
  return { get: area.get, remove: area.remove, set: () => Promise.reject(new Error(message)) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the settings writer', () => {
  it('keeps every one of seven changes sent at once (none overwrites another)', async () => {
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    const replies = await Promise.all(SEVEN_RULES.map((rule) => writer.change(turnOff(rule), 'extension-page')));
    expect(replies).toEqual(SEVEN_RULES.map(() => ({ ok: true })));
    expect((await loadSettings(sync)).disabledRules.sort()).toEqual([...SEVEN_RULES].sort());
  });

  it('merges with what another context stored meanwhile instead of writing back an old copy', async () => {
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    await writer.change({ kind: 'site', site: 'x', enabled: false }, 'extension-page');
    // The user's other browser syncs a change in.
    const synced = await loadSettings(sync);
    await sync.set({ settings: { ...synced, disabledRules: ['emoji'] } });
    await writer.change(turnOff('jargon'), 'content-script');
    await writer.change({ kind: 'active-preset', presetId: 'customer-care' }, 'extension-page');
    expect(await loadSettings(sync)).toMatchObject({ sites: { x: false, facebook: true }, disabledRules: ['emoji', 'jargon'], activePresetId: 'customer-care' });
  });

  it('does not write when nothing changes', async () => {
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    await writer.change({ kind: 'panel-collapsed', collapsed: true }, 'extension-page');
    const writes = sync.writes;
    await writer.change({ kind: 'panel-collapsed', collapsed: true }, 'extension-page');
    expect(sync.writes).toBe(writes);
  });

  it('says why a change was not saved: a full sync storage, the write limit, an organisation lock, an unknown rule', async () => {
    const local = fakeArea();
    for (const message of ['QUOTA_BYTES quota exceeded', 'Resource::kQuotaBytes quota exceeded', 'Resource::kQuotaBytesPerItem quota exceeded']) {
      const full = createSettingsWriter({ sync: fullArea(message), local });
      expect(await full.change(turnOff('jargon'), 'extension-page')).toEqual({ ok: false, error: expect.stringMatching(/synced storage for Rapport is full/) });
    }
    const limited = createSettingsWriter({ sync: fullArea('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'), local });
    expect(await limited.change({ kind: 'site', site: 'x', enabled: false }, 'extension-page')).toEqual({ ok: false, error: expect.stringMatching(/wait a minute/) });

    const locked = fakeArea({ managedPolicyCache: { raw: { locked: { activePresetId: 'customer-care', rules: { jargon: 'force-on' } } }, readAt: 1 } });
    const writer = createSettingsWriter({ sync: fakeArea(), local: locked });
    expect(await writer.change(turnOff('jargon'), 'content-script')).toEqual({ ok: false, error: 'your organisation sets this rule' });
    expect(await writer.change({ kind: 'active-preset', presetId: 'neutral' }, 'extension-page')).toEqual({ ok: false, error: 'your organisation sets the active preset' });
    expect(await writer.change(turnOff('no-such-rule'), 'extension-page')).toEqual({ ok: false, error: 'there is no rule "no-such-rule"' });
  });

  it('goes on after a failed write: the next change is applied', async () => {
    let fail = true;
    const area = fakeArea();
    const flaky: StorageAreaLike = { get: area.get, remove: area.remove, set: (items) => (fail ? Promise.reject(new Error('disk')) : area.set(items)) };
    const writer = createSettingsWriter({ sync: flaky, local: fakeArea() });
    expect(await writer.change(turnOff('jargon'), 'extension-page')).toEqual({ ok: false, error: 'disk' });
    fail = false;
    expect(await writer.change(turnOff('emoji'), 'extension-page')).toEqual({ ok: true });
    expect((await loadSettings(area)).disabledRules).toEqual(['emoji']);
  });

  it('imports, saves and deletes presets through the same queue, with the import’s own result', async () => {
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    const imported = await writer.change({ kind: 'import-preset', text: JSON.stringify({ version: 1, id: 'ours', name: 'Ours' }) }, 'extension-page');
    expect(imported).toMatchObject({ ok: true, imported: { ok: true, preset: { id: 'ours' } } });
    const refused = await writer.change({ kind: 'import-preset', text: '{"version": 1, "thresholds": 3}' }, 'extension-page');
    expect(refused).toMatchObject({ ok: true, imported: { ok: false, issues: [{ path: 'thresholds' }] } });
    await writer.change({ kind: 'delete-preset', presetId: 'ours' }, 'extension-page');
    expect((await loadUserPresets(sync)).presets).toEqual([]);
  });
});

describe('changes from content scripts (pages Rapport does not control)', () => {
  it('may only turn a rule off or fold the panel', async () => {
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    const refused: SettingsChange[] = [
      { kind: 'site', site: 'x', enabled: false },
      { kind: 'rule', rule: 'jargon', disabled: false },
      { kind: 'private-messages', coach: true },
      { kind: 'active-preset', presetId: 'customer-care' },
      { kind: 'reset' },
      { kind: 'import-preset', text: '{"version":1,"id":"evil"}' },
      { kind: 'delete-preset', presetId: 'ours' },
    ];
    for (const change of refused) expect(await writer.change(change, 'content-script')).toMatchObject({ ok: false });
    expect(sync.writes).toBe(0);
  });

  it('are merged and rate-limited: a flood of 150 changes costs a handful of writes and loses no real one', async () => {
    vi.useFakeTimers();
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    const replies: Array<Promise<unknown>> = [];
    for (let index = 0; index < 150; index++) replies.push(writer.change({ kind: 'panel-collapsed', collapsed: index % 2 === 0 }, 'content-script'));
    for (const rule of SEVEN_RULES) replies.push(writer.change(turnOff(rule), 'content-script'));
    // A whole minute of the flood: writes stay within the burst plus one per interval.
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(replies);
    expect(sync.writes).toBeLessThanOrEqual(PAGE_WRITE_BURST + 60_000 / PAGE_WRITE_INTERVAL_MS);
    const settings = await loadSettings(sync);
    expect(settings.panelCollapsed).toBe(false);
    expect(settings.disabledRules.sort()).toEqual([...SEVEN_RULES].sort());
  });

  it('once the burst is used, wait for the next slot instead of failing, and never block the user’s own changes', async () => {
    vi.useFakeTimers();
    const sync = fakeArea();
    const writer = createSettingsWriter({ sync, local: fakeArea() });
    // Each awaited one by one, so each takes a write of its own.
    for (let index = 0; index < PAGE_WRITE_BURST; index++) await writer.change({ kind: 'panel-collapsed', collapsed: index % 2 === 0 }, 'content-script');
    expect(sync.writes).toBe(PAGE_WRITE_BURST);
    let settled = false;
    const waiting = writer.change(turnOff('jargon'), 'content-script').then((reply) => {
      settled = true;
      return reply;
    });
    // The popup's change is written at once although the page's waits.
    expect(await writer.change({ kind: 'site', site: 'facebook', enabled: false }, 'extension-page')).toEqual({ ok: true });
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(PAGE_WRITE_INTERVAL_MS);
    expect(await waiting).toEqual({ ok: true });
    expect(await loadSettings(sync)).toMatchObject({ disabledRules: ['jargon'], sites: { facebook: false } });
  });
});
