// An in-memory chrome.storage.StorageArea: values go through JSON like Chrome's, so tests catch
// anything that would not survive being stored (undefined fields, class instances).
import type { StorageAreaLike } from '../../../src/storage';

export interface FakeArea extends StorageAreaLike {
  /** The stored items, as JSON text: compare snapshots to prove nothing changed. */
  snapshot(): string;
  writes: number;
}

export function fakeArea(initial: Record<string, unknown> = {}): FakeArea {
  const items = new Map<string, string>(Object.entries(initial).map(([key, value]) => [key, JSON.stringify(value)]));
  const area: FakeArea = {
    writes: 0,
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      const result: Record<string, unknown> = {};
      for (const key of wanted) {
        const value = items.get(key);
        if (value !== undefined) result[key] = JSON.parse(value);
      }
      return result;
    },
    async set(values) {
      area.writes += 1;
      for (const [key, value] of Object.entries(values)) items.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      area.writes += 1;
      for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
    },
    snapshot: () => JSON.stringify([...items.entries()].sort()),
  };
  return area;
}
