import { useEffect, useState } from 'preact/hooks';
import { thisWeekAndLast, weekLine } from '../../history';
import { currentDraft, readLastDraft, type HistoryEntry } from '../../storage';
import type { ExtensionStorage } from '../components/storage-areas';
import { firstDayOfWeek, readHistorySnapshot, type HistorySnapshot } from '../components/use-history';

// The popup's line of progress (issue 14): the draft being written here (or the last one scored),
// this week against last week from private history, and the way to the trends page.

interface Progress {
  draft: { entry: HistoryEntry; current: boolean } | null;
  history: HistorySnapshot;
}

async function readProgress(storage: ExtensionStorage): Promise<Progress> {
  const tabId = await storage.activeTabId().catch(() => undefined);
  const current = tabId === undefined ? null : await currentDraft(storage.session, tabId);
  const last = current ? null : await readLastDraft(storage.session);
  const draft = current ? { entry: current, current: true } : last ? { entry: last, current: false } : null;
  return { draft, history: await readHistorySnapshot(storage) };
}

export function ProgressLine({ storage, onOpenTrends, now = Date.now }: { storage: ExtensionStorage; onOpenTrends: () => void; now?: () => number }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void readProgress(storage).then((next) => live && setProgress(next), () => undefined);
    read();
    const stop = storage.onChanged(read);
    return () => {
      live = false;
      stop();
    };
  }, [storage]);
  if (!progress) return null;
  const { draft, history } = progress;
  return (
    <section class="progress" aria-label="Your progress" data-testid="popup-progress">
      {draft && (
        <p data-testid="popup-draft">
          <strong>{draft.current ? 'This draft' : 'Your last draft'}:</strong> reciprocity {draft.entry.reciprocity}, voice {draft.entry.voice}.
        </p>
      )}
      <p data-testid="popup-week">
        {history.entries.length > 0
          ? weekLine(thisWeekAndLast(history.entries, now(), firstDayOfWeek()))
          : history.history.enabled
            ? 'Private history is on; your sent posts will show here.'
            : 'Private history is off.'}
      </p>
      <button type="button" class="link" data-testid="open-trends" onClick={onOpenTrends}>
        Your progress over time…
      </button>
    </section>
  );
}
