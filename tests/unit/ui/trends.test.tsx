// The trends page and its chart in each state: nothing recorded, one week, twelve weeks, one
// network, several; and the popup's line. Dates are local noons from a fixed Monday (entries.ts).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { weeklyAverages } from '../../../src/history';
import { appendHistoryEntries, defaultHistorySettings, type HistoryEntry } from '../../../src/storage';
import { TrendChart } from '../../../src/ui/trends/TrendChart';
import { TrendsApp } from '../../../src/ui/trends/TrendsApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { LOCKED_TEXT } from '../../../src/ui/components/OrganisationNote';
import { day, entry } from '../history/entries';
import { cachedPolicy, fakeExtensionStorage } from './fake-storage';

afterEach(cleanup);

const NOW = day(7 * 11 + 2);
const weekOf = (start: number) => new Date(start).toDateString();

async function storageWith(entries: HistoryEntry[], enabled = true, local: Record<string, unknown> = {}) {
  const storage = fakeExtensionStorage({ local: { ...local, historySettings: { ...defaultHistorySettings(), enabled } } });
  if (entries.length > 0) await appendHistoryEntries(storage.local, entries, NOW);
  return storage;
}

const chart = () => screen.getByTestId('trend-chart');
const points = (axis: 'reciprocity' | 'voice') => within(chart()).getByTestId(`series-${axis}`).querySelectorAll('[data-testid="point"]');
const linePath = (axis: 'reciprocity' | 'voice') => within(chart()).getByTestId(`series-${axis}`).querySelector('path');

describe('the chart', () => {
  it('empty: the grid and legend, no points or lines, and says so', () => {
    render(<TrendChart weeks={weeklyAverages([], NOW)} weekOf={weekOf} describedBy="s" title="Scores" />);
    expect(points('reciprocity')).toHaveLength(0);
    expect(linePath('voice')).toBeNull();
    expect(chart().textContent).toContain('No posts in these weeks yet.');
    expect(chart().querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(chart().querySelector('svg')?.getAttribute('aria-describedby')).toBe('s');
  });

  it('one week: one point per score, each titled with its week, score and posts', () => {
    render(<TrendChart weeks={weeklyAverages([entry(NOW, { reciprocity: 71, voice: 64 }), entry(NOW, { reciprocity: 70, voice: 64 })], NOW)} weekOf={weekOf} describedBy="s" title="Scores" />);
    expect(points('reciprocity')).toHaveLength(1);
    expect(points('voice')).toHaveLength(1);
    expect(points('reciprocity')[0]!.querySelector('title')?.textContent).toBe(`Week of ${weekOf(weeklyAverages([], NOW)[11]!.start)}: reciprocity 71 (2 posts)`);
    expect(points('voice')[0]!.tagName.toLowerCase()).toBe('rect');
  });

  it('twelve weeks: twelve points per score on one unbroken line, higher scores drawn higher', () => {
    const entries = Array.from({ length: 12 }, (_, week) => entry(day(week * 7 + 1), { reciprocity: 30 + week * 5, voice: 80 - week * 2 }));
    render(<TrendChart weeks={weeklyAverages(entries, NOW)} weekOf={weekOf} describedBy="s" title="Scores" />);
    expect(points('reciprocity')).toHaveLength(12);
    expect(points('voice')).toHaveLength(12);
    // One M: no gap in the line.
    expect(linePath('reciprocity')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    const ys = [...points('reciprocity')].map((point) => Number(point.getAttribute('cy')));
    expect(ys[11]).toBeLessThan(ys[0]!);
    expect(linePath('voice')?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('a week without posts is a gap in the line, not a zero', () => {
    const entries = [0, 1, 3, 4].map((week) => entry(day(week * 7 + 1)));
    render(<TrendChart weeks={weeklyAverages(entries, day(4 * 7 + 1))} weekOf={weekOf} describedBy="s" title="Scores" />);
    expect(linePath('reciprocity')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect([...points('reciprocity')].every((point) => Number(point.getAttribute('cy')) < 200)).toBe(true);
  });
});

describe('the trends page', () => {
  it('with nothing recorded, explains what will appear (and how to start)', async () => {
    render(<TrendsApp storage={await storageWith([], false)} now={() => NOW} firstDay={1} />);
    const empty = await screen.findByTestId('trends-empty');
    expect(empty.textContent).toContain('Private history is off');
    expect(empty.textContent).toContain('weekly average reciprocity and voice over the last 12 weeks');
    expect(screen.queryByTestId('trend-chart')).toBeNull();
    expect((screen.getByRole('button', { name: 'Export as CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('one network: its name in the titles, no network picker or table', async () => {
    render(<TrendsApp storage={await storageWith([entry(day(1), { reciprocity: 50 }), entry(NOW, { reciprocity: 70 })])} now={() => NOW} firstDay={1} />);
    expect((await screen.findByRole('heading', { level: 2, name: /^Weekly average scores on X$/ })).textContent).toBeTruthy();
    expect(screen.queryByTestId('scope')).toBeNull();
    expect(screen.queryByTestId('per-network')).toBeNull();
    expect(screen.getByTestId('chart-summary').textContent).toContain('2 posts on X in 2 of the last 12 weeks.');
  });

  it('several networks: all together by default, a table per network, and a picker that narrows everything to one', async () => {
    const entries = [
      entry(day(1), { network: 'x', reciprocity: 40, issues: { jargon: 1 } }),
      entry(NOW, { network: 'x', reciprocity: 80 }),
      entry(NOW, { network: 'facebook', composer: 'comment', reciprocity: 60, issues: { 'hard-sell': 2 } }),
    ];
    render(<TrendsApp storage={await storageWith(entries)} now={() => NOW} firstDay={1} />);
    const table = await screen.findByTestId('per-network');
    expect([...table.querySelectorAll('tbody th')].map((cell) => cell.textContent)).toEqual(['X (Twitter)', 'Facebook']);
    expect(screen.getByTestId('chart-summary').textContent).toMatch(/^3 posts in 2 of the last 12 weeks\./);
    expect([...screen.getByTestId('rule-trends').querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-rule'))).toEqual(['hard-sell', 'jargon']);

    fireEvent.click(within(screen.getByTestId('scope')).getByLabelText('Facebook'));
    await waitFor(() => expect(screen.getByTestId('chart-summary').textContent).toContain('1 post on Facebook in the last 12 weeks'));
    expect(points('reciprocity')).toHaveLength(1);
    expect([...screen.getByTestId('rule-trends').querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-rule'))).toEqual(['hard-sell']);
  });

  it('exports the entries as CSV, and deletes them after asking', async () => {
    const storage = await storageWith([entry(day(1)), entry(NOW)]);
    const saved: Array<{ name: string; text: string }> = [];
    render(<TrendsApp storage={storage} now={() => NOW} firstDay={1} saveFile={(name, text) => saved.push({ name, text })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text.trim().split('\r\n')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 2 posts' }));
    await screen.findByTestId('trends-empty');
  });

  it('says when the organisation switched history off, and keeps the switch off and disabled', async () => {
    render(<TrendsApp storage={await storageWith([], true, cachedPolicy({ locked: { history: false } }))} now={() => NOW} firstDay={1} />);
    const empty = await screen.findByTestId('trends-empty');
    expect(empty.textContent).toContain('Your organisation has switched private history off');
    const box = screen.getByTestId('history-switch') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(screen.getByText(LOCKED_TEXT, { exact: false })).toBeTruthy();
  });

  it('a scripted click on the switch changes nothing', async () => {
    const storage = await storageWith([], false);
    render(<TrendsApp storage={storage} now={() => NOW} firstDay={1} />);
    fireEvent.click(await screen.findByTestId('history-switch'));
    expect((screen.getByTestId('history-switch') as HTMLInputElement).checked).toBe(false);
    // The writer runs changes in order: once this later one is done, an earlier one would have been too.
    await storage.change({ kind: 'clear-history' });
    expect(storage.local.writes.filter((write) => 'set' in write && 'historySettings' in write.set)).toEqual([]);
  });
});

describe('the popup’s progress line', () => {
  it('shows this tab’s draft, this week against last, and links to the trends page', async () => {
    const storage = fakeExtensionStorage({
      activeTabId: 4,
      session: { 'drafts:4': { abc: { entry: entry(NOW, { reciprocity: 72, voice: 64 }) } } },
      local: { historySettings: { ...defaultHistorySettings(), enabled: true } },
    });
    await appendHistoryEntries(storage.local, [entry(day(7 * 10 + 1), { reciprocity: 50, voice: 60 }), entry(NOW, { reciprocity: 58, voice: 61 })], NOW);
    let opened = 0;
    render(<PopupApp storage={storage} openOptions={async () => undefined} openTrends={async () => void (opened += 1)} now={() => NOW} />);
    expect((await screen.findByTestId('popup-draft')).textContent).toBe('This draft: reciprocity 72, voice 64.');
    expect(screen.getByTestId('popup-week').textContent).toBe('This week: reciprocity 58 (up\u00a08), voice 61 (up\u00a01) against last week.');
    fireEvent.click(screen.getByTestId('open-trends'));
    expect(opened).toBe(1);
  });

  it('without a draft here, shows the last one scored; with history off, says so', async () => {
    const storage = fakeExtensionStorage({ activeTabId: 9, session: { lastDraft: entry(NOW, { reciprocity: 33, voice: 44 }) } });
    render(<PopupApp storage={storage} openOptions={async () => undefined} now={() => NOW} />);
    expect((await screen.findByTestId('popup-draft')).textContent).toBe('Your last draft: reciprocity 33, voice 44.');
    expect(screen.getByTestId('popup-week').textContent).toBe('Private history is off.');
  });
});
