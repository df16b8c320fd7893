import { stringify } from 'csv-stringify/browser/esm/sync';
import type { HistoryEntry } from '../storage';

// The export: one row per recorded post, RFC 4180 (CRLF, quoted where needed), for a spreadsheet.
// Nothing in an entry is text someone typed, but a cell never starts with a formula character all
// the same, as in the command line's CSV.

export const HISTORY_CSV_COLUMNS = ['sent_at_utc', 'local_date', 'network', 'composer', 'preset', 'reciprocity', 'voice', 'length', 'issues', 'strengths'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const inert = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** "hard-sell:2 jargon:1": each rule that fired, with its number of findings. */
function ruleCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `${rule}:${count}`)
    .join(' ');
}

function localDate(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((entry) =>
    [
      new Date(entry.at).toISOString(),
      localDate(entry.at),
      entry.network,
      entry.composer,
      entry.preset,
      String(entry.reciprocity),
      String(entry.voice),
      String(entry.length),
      ruleCounts(entry.issues),
      ruleCounts(entry.strengths),
    ].map(inert),
  );
  return stringify([[...HISTORY_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
