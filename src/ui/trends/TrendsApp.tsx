import { useMemo, useState } from 'preact/hooks';
import { ruleCatalog } from '../../engine/catalog';
import { chartSummary, periodScores, thisWeekAndLast, topRules, TREND_WEEKS, weekLine, weeklyAverages, addWeeks, weekStart, type Weekday } from '../../history';
import { historyCsv } from '../../history/csv';
import { networks } from '../../networks';
import type { HistoryEntry } from '../../storage';
import { downloadText } from '../components/download';
import { HistorySwitch } from '../components/HistoryControls';
import type { ExtensionStorage } from '../components/storage-areas';
import { firstDayOfWeek, formatWeek, useHistory } from '../components/use-history';
import { RuleTrends } from './RuleTrends';
import { TrendChart } from './TrendChart';

// The trends page: private history (issue 14) as weekly averages of both scores over twelve weeks,
// the findings that come up most and how they changed, per network, in a chart and in words.
// Everything is read from storage.local on this computer; changes go to the worker's one writer.

export interface TrendsAppProps {
  storage: ExtensionStorage;
  /** The clock, for tests. */
  now?: () => number;
  firstDay?: Weekday;
  /** Saves the CSV export; the page downloads it, tests record it. */
  saveFile?: (fileName: string, text: string) => void;
}

const ALL = 'all';
const docs = new Map(ruleCatalog.map((rule) => [rule.id, rule.docs]));

/** A network's name, or its id for one a later release no longer has. */
export function networkName(id: string): string {
  return networks.find((spec) => spec.id === id)?.label ?? id;
}

const shortName = (id: string): string => networks.find((spec) => spec.id === id)?.shortLabel ?? id;

type Status = { tone: 'ok' | 'error'; text: string } | null;

export function TrendsApp({ storage, now = Date.now, firstDay = firstDayOfWeek(), saveFile = (name, text) => downloadText(name, text, 'text/csv') }: TrendsAppProps) {
  const state = useHistory(storage);
  const [scope, setScope] = useState<string>(ALL);
  const [status, setStatus] = useState<Status>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const run = async (work: Promise<unknown>, done: string): Promise<void> => {
    try {
      await work;
      setStatus({ tone: 'ok', text: done });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not saved: ${(error as Error).message}` });
    }
  };

  if (state.status === 'loading') return <main class="trends"><p>Loading your history…</p></main>;
  if (state.status === 'error') return <main class="trends"><p class="status error" role="alert">{state.message}</p></main>;

  const { entries, unreadable, history } = state.snapshot;
  const present = [...new Set(entries.map((entry) => entry.network))];
  const shown = scope === ALL || !present.includes(scope) ? ALL : scope;
  const count = entries.length;

  return (
    <main class="trends">
      <header class="page-header">
        <h1>Your progress</h1>
        <p class="hint-text">Private to you: kept on this computer only, as numbers. Never a word of your posts; nothing is sent anywhere.</p>
      </header>

      <p class={`status${status ? ` ${status.tone}` : ''}`} role="status" aria-live="polite" data-testid="status">
        {status?.text ?? ''}
      </p>
      {unreadable > 0 && (
        <p class="status error">
          {unreadable} stored {unreadable === 1 ? 'entry' : 'entries'} could not be read and {unreadable === 1 ? 'is' : 'are'} left out.
        </p>
      )}

      {count === 0 ? (
        <EmptyState enabled={history.enabled} locked={history.locked} />
      ) : (
        <>
          {present.length > 1 && (
            <fieldset class="scope" data-testid="scope">
              <legend>Show</legend>
              {[ALL, ...present].map((id) => (
                <label key={id} class="scope-choice">
                  <input type="radio" name="scope" value={id} checked={shown === id} onChange={() => setScope(id)} />
                  {id === ALL ? 'All networks' : networkName(id)}
                </label>
              ))}
            </fieldset>
          )}
          <Trends entries={shown === ALL ? entries : entries.filter((entry) => entry.network === shown)} where={shown === ALL ? (present.length === 1 ? `on ${shortName(present[0]!)}` : '') : `on ${shortName(shown)}`} now={now()} firstDay={firstDay} />
          {present.length > 1 && <PerNetwork entries={entries} present={present} now={now()} firstDay={firstDay} />}
        </>
      )}

      <section aria-labelledby="history-title" class="card">
        <h2 id="history-title">Your history</h2>
        <HistorySwitch
          history={history}
          count={count}
          idPrefix="trends"
          onChange={(enabled, deleteEntries) =>
            void run(storage.change({ kind: 'history', enabled, deleteEntries }), enabled ? 'Private history is on.' : deleteEntries ? 'Private history is off and deleted.' : 'Private history is off; what was recorded is kept.')
          }
        />
        {count > 0 && (
          <p class="hint-text" data-testid="history-extent">
            {count} {count === 1 ? 'post' : 'posts'} recorded, the first on {new Date(entries[0]!.at).toLocaleDateString()}.
          </p>
        )}
        <div class="row-actions">
          <button
            type="button"
            disabled={count === 0}
            onClick={() => {
              saveFile(`rapport-history-${new Date(now()).toISOString().slice(0, 10)}.csv`, historyCsv(entries));
              setStatus({ tone: 'ok', text: `Exported ${count} ${count === 1 ? 'post' : 'posts'} as CSV.` });
            }}
          >
            Export as CSV
          </button>
          {!confirmDelete && (
            <button type="button" class="danger" disabled={count === 0} onClick={() => setConfirmDelete(true)}>
              Delete history…
            </button>
          )}
        </div>
        {confirmDelete && (
          <div class="confirm" role="alert">
            <p>Delete every recorded post? This cannot be undone{history.enabled ? '; history stays on for the posts you send next' : ''}.</p>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmDelete(false);
                void run(storage.change({ kind: 'clear-history' }), 'History deleted.');
              }}
            >
              Delete all {count} {count === 1 ? 'post' : 'posts'}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </div>
        )}
      </section>
    </main>
  );
}

function EmptyState({ enabled, locked }: { enabled: boolean; locked: boolean }) {
  const names = networks.map((spec) => spec.shortLabel);
  const where = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
  return (
    <section class="card empty" data-testid="trends-empty">
      <h2>Nothing recorded yet</h2>
      {locked ? (
        <p>Your organisation has switched private history off, so Rapport records nothing here.</p>
      ) : enabled ? (
        <p>Private history is on. Each post you send on {where} with Rapport's scores adds a point here.</p>
      ) : (
        <p>Private history is off. Turn it on below, and each post you send on {where} with Rapport's scores adds a point here.</p>
      )}
      <p>Once there are posts, this page shows:</p>
      <ul>
        <li>your weekly average reciprocity and voice over the last {TREND_WEEKS} weeks, as a chart and in words;</li>
        <li>the five findings that come up most in your posts, and whether they come up less than before;</li>
        <li>each network on its own, when you post on more than one;</li>
        <li>this week against last week.</li>
      </ul>
    </section>
  );
}

function Trends({ entries, where, now, firstDay }: { entries: readonly HistoryEntry[]; where: string; now: number; firstDay: Weekday }) {
  const weeks = useMemo(() => weeklyAverages(entries, now, firstDay), [entries, now, firstDay]);
  const rules = useMemo(() => topRules(entries, now, { firstDay }), [entries, now, firstDay]);
  const summary = chartSummary(weeks, where, formatWeek);
  const scopeTitle = where ? ` ${where}` : '';
  return (
    <>
      <section aria-labelledby="chart-title" class="card">
        <h2 id="chart-title">Weekly average scores{scopeTitle}</h2>
        <p class="week-line" data-testid="week-line">
          {weekLine(thisWeekAndLast(entries, now, firstDay))}
        </p>
        <TrendChart weeks={weeks} weekOf={formatWeek} describedBy="chart-summary" title={`Weekly average reciprocity and voice${scopeTitle}, last ${weeks.length} weeks`} />
        <p id="chart-summary" class="summary" data-testid="chart-summary">
          {summary}
        </p>
        <details>
          <summary>The weekly figures as a table</summary>
          <table class="figures">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" class="number">Posts</th>
                <th scope="col" class="number">Reciprocity</th>
                <th scope="col" class="number">Voice</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row">{formatWeek(week.start)}</th>
                  <td class="number">{week.posts}</td>
                  <td class="number">{week.reciprocity === null ? '–' : Math.round(week.reciprocity)}</td>
                  <td class="number">{week.voice === null ? '–' : Math.round(week.voice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section aria-labelledby="rules-title" class="card">
        <h2 id="rules-title">What comes up most{scopeTitle}</h2>
        <RuleTrends trends={rules} docs={docs} weeks={TREND_WEEKS} />
      </section>
    </>
  );
}

function PerNetwork({ entries, present, now, firstDay }: { entries: readonly HistoryEntry[]; present: readonly string[]; now: number; firstDay: Weekday }) {
  const from = addWeeks(weekStart(now, firstDay), 1 - TREND_WEEKS);
  return (
    <section aria-labelledby="networks-title" class="card">
      <h2 id="networks-title">Per network, last {TREND_WEEKS} weeks</h2>
      <table class="figures" data-testid="per-network">
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col" class="number">Posts</th>
            <th scope="col" class="number">Reciprocity</th>
            <th scope="col" class="number">Voice</th>
            <th scope="col">This week</th>
          </tr>
        </thead>
        <tbody>
          {present.map((id) => {
            const own = entries.filter((entry) => entry.network === id);
            const scores = periodScores(own.filter((entry) => entry.at >= from));
            return (
              <tr key={id}>
                <th scope="row">{networkName(id)}</th>
                <td class="number">{scores?.posts ?? 0}</td>
                <td class="number">{scores ? Math.round(scores.reciprocity) : '–'}</td>
                <td class="number">{scores ? Math.round(scores.voice) : '–'}</td>
                <td>{weekLine(thisWeekAndLast(own, now, firstDay))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
