import { HistorySwitch } from '../components/HistoryControls';
import type { ExtensionStorage } from '../components/storage-areas';
import { useHistory } from '../components/use-history';

/** The options page's switch for private history (issue 14), and the way to the trends page. */
export function HistorySection({ storage, run }: { storage: ExtensionStorage; run: (work: () => Promise<unknown>, done: string) => Promise<void> }) {
  const state = useHistory(storage);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Private history</h2>
      {state.status === 'error' && <p class="status error">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          <HistorySwitch
            history={state.snapshot.history}
            count={state.snapshot.entries.length}
            idPrefix="options"
            onChange={(enabled, deleteEntries) =>
              void run(
                () => storage.change({ kind: 'history', enabled, deleteEntries }),
                enabled ? 'Private history is on.' : deleteEntries ? 'Private history is off and deleted.' : 'Private history is off; what was recorded is kept.',
              )
            }
          />
          <p>
            <a href="../trends/index.html" target="_blank" data-testid="options-trends-link">
              See your progress
            </a>{' '}
            <span class="hint-text">
              ({state.snapshot.entries.length} {state.snapshot.entries.length === 1 ? 'post' : 'posts'} recorded; export or delete them there)
            </span>
          </p>
        </>
      )}
    </section>
  );
}
