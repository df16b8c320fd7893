// --format csv: the input's rows as they were, plus Rapport's columns, for re-import into the
// spreadsheet the calendar came from. Same delimiter as the input (a semicolon file stays one); a
// BOM when the input had one or was not UTF-8, so Excel reads the accents back. Input cells are
// written unchanged; Rapport's own cells never start with a formula character.

import { stringify } from 'csv-stringify/sync';
import { networkLabel } from '../networks';
import { isUnreadablePost, type Outcome } from '../score/outcome';
import { terminalSafe } from '../terminal-text';
import { issueLines, statusWords } from './describe';
import type { Sink } from './sink';
import type { OutputWriter } from './writer';

export const RAPPORT_COLUMNS = ['rapport_line', 'rapport_network', 'rapport_status', 'rapport_reciprocity', 'rapport_voice', 'rapport_issues', 'rapport_notes'];

/** Spreadsheets run cells that start with these as formulas (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const inert = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

function rapportCells(outcome: Outcome): string[] {
  if (isUnreadablePost(outcome)) return [String(outcome.line), '', 'unreadable', '', '', '', outcome.error];
  const { report } = outcome;
  const scored = report.status === 'scored';
  return [
    String(outcome.line),
    networkLabel(outcome.network),
    scored ? 'scored' : statusWords(report.status),
    scored ? String(report.reciprocity) : '',
    scored ? String(report.voice) : '',
    scored ? issueLines(report.hints).join('\n') : report.message,
    outcome.notes.join('\n'),
  ].map(inert);
}

const cellText = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

export function csvWriter(sink: Sink, warn: (message: string) => void): OutputWriter {
  let delimiter = ',';
  /** JSONL input: the fields of the first record become the columns. */
  let fieldNames: string[] | undefined;
  let inputColumns: readonly string[] | undefined;
  let headerWritten = false;
  let warnedAboutFields = false;
  const row = (cells: readonly string[]) => {
    // Quote any cell with a line break: csv-stringify quotes only a whole CRLF by itself.
    const line = stringify([cells], { delimiter, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
    return sink.write(sink.isTTY ? terminalSafe(line) : line);
  };

  function inputCells(outcome: Outcome): string[] {
    if (inputColumns) return inputColumns.map((_, index) => outcome.cells?.[index] ?? '');
    fieldNames ??= isUnreadablePost(outcome) ? ['text'] : [...Object.keys(outcome.echo), 'text'];
    if (isUnreadablePost(outcome)) return fieldNames.map(() => '');
    const echo = outcome.echo;
    const extra = Object.keys(echo).filter((key) => !fieldNames?.includes(key));
    if (extra.length > 0 && !warnedAboutFields) {
      warnedAboutFields = true;
      warn(`--format csv takes its columns from the first record; fields such as "${extra[0]}" on line ${outcome.line} are left out (use --format jsonl to keep every field)`);
    }
    return fieldNames.map((name) => (name === 'text' && !(name in echo) ? outcome.text : cellText(echo[name])));
  }

  return {
    begin(info) {
      delimiter = info.columns?.delimiter ?? ',';
      if (delimiter.length !== 1 || delimiter === '\u001f') delimiter = ',';
      inputColumns = info.columns?.header;
      return info.writeBom ? sink.write('\ufeff') : undefined;
    },
    write(outcome) {
      const cells = inputCells(outcome);
      if (!headerWritten) {
        headerWritten = true;
        const header = [...(inputColumns ?? fieldNames ?? []), ...RAPPORT_COLUMNS];
        const pending = row(header);
        if (pending) return pending.then(() => row([...cells, ...rapportCells(outcome)]));
      }
      return row([...cells, ...rapportCells(outcome)]);
    },
    async finish() {
      if (!headerWritten) await row([...(inputColumns ?? []), ...RAPPORT_COLUMNS]);
    },
  };
}
