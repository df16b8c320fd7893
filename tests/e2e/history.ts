// Shared steps for the private-history tests (issue 14): set history up in the worker, read what it
// recorded, and prove that no word of a draft was stored anywhere.

import { expect } from 'vitest';
import { ruleIds } from '../../src/engine';
import { networks } from '../../src/networks';
import { builtinPresets } from '../../src/presets/builtins';
import type { HistoryEntry, SentNote } from '../../src/storage';
import type { Harness } from './harness';

/** Starts a test with history as asked, no entries and no note of a previous send. */
export async function historyState(harness: Harness, enabled: boolean, offer = { scoredPosts: 0, answered: true }): Promise<void> {
  await harness.serviceWorker.evaluate(
    async ({ enabled, offer }) => {
      const stored = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(stored).filter((key) => key === 'history' || key.startsWith('history:')));
      await chrome.storage.local.set({ historySettings: { schemaVersion: 1, enabled, overrodeOrganisationDefault: false, offer } });
      await chrome.storage.session.remove('lastSent');
    },
    { enabled, offer },
  );
}

export function entries(harness: Harness): Promise<HistoryEntry[]> {
  return harness.serviceWorker.evaluate(async () => {
    const stored = await chrome.storage.local.get(null);
    return Object.keys(stored)
      .filter((key) => key.startsWith('history:'))
      .sort()
      .flatMap((key) => stored[key] as HistoryEntry[]);
  });
}

export function lastSent(harness: Harness): Promise<SentNote | null> {
  return harness.serviceWorker.evaluate(async () => ((await chrome.storage.session.get('lastSent')).lastSent as SentNote | undefined) ?? null);
}

/** Every item of storage.local, storage.sync and storage.session, as JSON text. */
function everythingStored(harness: Harness): Promise<string> {
  return harness.serviceWorker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
  );
}

/**
 * Words of Rapport's own vocabulary that may be stored as structure (rule ids, keys, network and
 * preset ids, composer kinds), split as draft words are. A draft word outside it must not appear in
 * storage at all; the drafts of the tests are written to use almost none of it.
 */
const STRUCTURE = new Set(
  [...ruleIds, ...networks.flatMap((spec) => [spec.id, ...Object.keys(spec.composers)]), ...builtinPresets.map((preset) => preset.id)].flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
);

function draftWords(...drafts: string[]): string[] {
  return [...new Set(drafts.flatMap((draft) => draft.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 2 && !STRUCTURE.has(word)))];
}

/** No draft word is a word of anything stored, and no longer one appears even inside another. */
export async function expectNoDraftWordStored(harness: Harness, ...drafts: string[]): Promise<void> {
  const stored = (await everythingStored(harness)).toLowerCase();
  const storedWords = new Set(stored.split(/[^\p{L}\p{N}]+/u));
  const words = draftWords(...drafts);
  expect(words.length).toBeGreaterThan(10);
  expect(words.filter((word) => storedWords.has(word) || (word.length >= 5 && stored.includes(word)))).toEqual([]);
}
