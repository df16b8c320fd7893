import { useState } from 'preact/hooks';
import type { EffectiveHistory } from '../../storage';
import { DefaultNote, LockedNote } from './OrganisationNote';

// The history switch, shared by the options page and the trends page. Only the user's own click
// changes it (a page cannot script it); turning it off asks whether to delete what was recorded.

export interface HistoryControlsProps {
  history: EffectiveHistory;
  /** Recorded entries, for the question when turning it off. */
  count: number;
  idPrefix: string;
  onChange(enabled: boolean, deleteEntries: boolean): void;
}

export function HistorySwitch({ history, count, idPrefix, onChange }: HistoryControlsProps) {
  const [askDelete, setAskDelete] = useState(false);
  const inputId = `${idPrefix}-history`;
  const noteId = `${inputId}-note`;
  const posts = `${count} ${count === 1 ? 'post' : 'posts'}`;
  return (
    <div class="history-switch">
      <div class="check">
        <input
          type="checkbox"
          id={inputId}
          data-testid="history-switch"
          checked={history.enabled}
          disabled={history.locked}
          aria-describedby={noteId}
          // A scripted click would still tick the box on screen; cancelling it leaves the box as stored.
          onClick={(event) => {
            if (!event.isTrusted) event.preventDefault();
          }}
          onChange={(event) => {
            if (!event.isTrusted) return;
            const on = event.currentTarget.checked;
            if (!on && count > 0) {
              // Stays on until the question is answered.
              event.currentTarget.checked = true;
              setAskDelete(true);
            } else onChange(on, false);
          }}
        />
        <label for={inputId}>Keep a private history of my scores</label>
        {history.locked && <LockedNote id={`${noteId}-org`} detail="private history is off" />}
        {history.fromOrganisationDefault && <DefaultNote id={`${noteId}-org`} />}
        <p class="hint-text" id={noteId}>
          Each post you send adds its two scores and the kinds of findings it had, on this computer only. Never a word of your posts, nothing about who
          reads them, and nothing is sent anywhere. Kept for a year, at most 5,000 posts.
        </p>
      </div>
      {askDelete && (
        <div class="confirm" role="alert" data-testid="history-off-confirm">
          <p>Turn off private history. Also delete the {posts} recorded so far?</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setAskDelete(false);
              onChange(false, true);
            }}
          >
            Turn off and delete
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setAskDelete(false);
              onChange(false, false);
            }}
          >
            Turn off, keep them
          </button>{' '}
          <button type="button" onClick={() => setAskDelete(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
