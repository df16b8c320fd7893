// `--format table`: one row per record with its scores and issues, then the averages.
// Meant for a person reading a content calendar in a terminal, not for other programs.

import type { Report } from '../engine';

export interface ScoredRow {
  line: number;
  text: string;
  report: Report;
}

const TEXT_WIDTH = 60;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  return characters.length > TEXT_WIDTH ? `${characters.slice(0, TEXT_WIDTH - 1).join('')}…` : oneLine;
}

export const TABLE_HEADER = `${'line'.padStart(5)}  ${'recip'.padStart(5)}  ${'voice'.padStart(5)}  text\n`;

export function formatTableRow({ line, text, report }: ScoredRow): string {
  if (report.status !== 'scored') {
    return `${String(line).padStart(5)}  ${'–'.padStart(5)}  ${'–'.padStart(5)}  ${excerpt(text)}\n${' '.repeat(21)}- ${report.message}\n`;
  }
  const head = `${String(line).padStart(5)}  ${String(report.reciprocity).padStart(5)}  ${String(report.voice).padStart(5)}  ${excerpt(text)}\n`;
  const issues = report.hints
    .filter((hint) => hint.kind === 'issue')
    .map((hint) => `${' '.repeat(21)}- ${hint.message}${hint.replacement !== undefined ? ` → “${hint.replacement}”` : ''} [${hint.rule}]\n`);
  return head + issues.join('');
}

export function formatTableError(line: number, error: string): string {
  return `${String(line).padStart(5)}  ${'error'.padStart(12)}  ${error}\n`;
}

/** Means over the scored rows only: declined rows (nothing to score, not English) have no scores. */
export function formatTableSummary(rows: readonly ScoredRow[], declined: number, errors: number): string {
  const scores = rows.flatMap(({ report }) => (report.status === 'scored' ? [report] : []));
  const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length));
  const averages =
    scores.length > 0
      ? `; mean reciprocity ${mean(scores.map((report) => report.reciprocity))}, mean voice ${mean(scores.map((report) => report.voice))}`
      : '';
  return `\n${scores.length} scored${declined > 0 ? `, ${declined} not scored` : ''}${errors > 0 ? `, ${errors} with errors` : ''}${averages}\n`;
}
