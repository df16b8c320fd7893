import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExtensionStorage } from './storage-areas';

export type StoredState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; snapshot: T };

/**
 * Reads a snapshot of what is stored, and reads it again after every storage change, whoever made
 * it (this page, another tab, the worker), so a page always shows what is stored. `failure` begins
 * the error line: "Rapport could not read its settings".
 */
export function useStoredSnapshot<T>(storage: ExtensionStorage, read: (storage: ExtensionStorage) => Promise<T>, failure: string): { state: StoredState<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<StoredState<T>>({ status: 'loading' });
  // Changes can arrive in bursts; only the newest read may land, or an older one could overwrite it.
  const latestRead = useRef(0);

  const reload = useCallback(async () => {
    const current = ++latestRead.current;
    let next: StoredState<T>;
    try {
      next = { status: 'ready', snapshot: await read(storage) };
    } catch (error) {
      next = { status: 'error', message: `${failure}: ${(error as Error).message}` };
    }
    if (current === latestRead.current) setState(next);
  }, [storage, read, failure]);

  useEffect(() => {
    void reload();
    // storage.session holds the worker's notes of drafts, which change with every keystroke in a tab.
    return storage.onChanged((area) => area !== 'session' && void reload());
  }, [storage, reload]);

  return { state, reload };
}
