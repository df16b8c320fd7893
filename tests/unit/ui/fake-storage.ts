// In-memory storage areas that behave like chrome.storage: values are copied in and out (so a
// caller can never mutate what is stored), and change listeners run after the write settles.
import { createSettingsWriter } from '../../../src/background/settings-writer';
import type { StorageAreaLike } from '../../../src/storage';
import type { ExtensionStorage } from '../../../src/ui/components/storage-areas';

export class FakeStorageArea implements StorageAreaLike {
  readonly items = new Map<string, unknown>();
  /** Every set/remove call, in order, so a test can prove that nothing was written. */
  readonly writes: Array<{ set: Record<string, unknown> } | { remove: string[] }> = [];
  private readonly onWrite: () => void;

  constructor(initial: Record<string, unknown> = {}, onWrite: () => void = () => undefined) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, structuredClone(value));
    this.onWrite = onWrite;
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) result[key] = structuredClone(this.items.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes.push({ set: structuredClone(items) });
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
    this.onWrite();
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = typeof keys === 'string' ? [keys] : keys;
    this.writes.push({ remove: list });
    for (const key of list) this.items.delete(key);
    this.onWrite();
  }

  /** The stored items as a plain object, for comparing before and after. */
  snapshot(): Record<string, unknown> {
    return structuredClone(Object.fromEntries(this.items));
  }
}

export interface FakeExtensionStorage extends ExtensionStorage {
  sync: FakeStorageArea;
  local: FakeStorageArea;
  session: FakeStorageArea;
}

export function fakeExtensionStorage(
  initial: { sync?: Record<string, unknown>; local?: Record<string, unknown>; session?: Record<string, unknown>; activeTabId?: number } = {},
): FakeExtensionStorage {
  const listeners = new Set<(area: string) => void>();
  // chrome.storage.onChanged fires after the write, asynchronously.
  const notify = (area: string) => () => queueMicrotask(() => listeners.forEach((listener) => listener(area)));
  const sync = new FakeStorageArea(initial.sync, notify('sync'));
  const local = new FakeStorageArea(initial.local, notify('local'));
  const session = new FakeStorageArea(initial.session, notify('session'));
  // The worker's own writer, without the message in between.
  const writer = createSettingsWriter({ sync, local });
  return {
    sync,
    local,
    session,
    activeTabId: async () => initial.activeTabId,
    async change(change) {
      const reply = await writer.change(change, 'extension-page');
      if (!reply.ok) throw new Error(reply.error);
      return reply.imported;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** storage.local as the worker leaves it after reading this policy from storage.managed. */
export function cachedPolicy(raw: unknown): Record<string, unknown> {
  return { managedPolicyCache: { raw, readAt: 1 } };
}
