// `--format table`: one row per record with its scores and issues, then the averages.
// Meant for a person reading a content calendar in a terminal, not for other programs.

import type { Hint } from '../engine';

export interface ScoredRow {
  line: number;
  text: string;
  reciprocity: number;
  voice: number;
  hints: Hint[];
}

const TEXT_WIDTH = 60;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  return characters.length > TEXT_WIDTH ? `${characters.slice(0, TEXT_WIDTH - 1).join('')}…` : oneLine;
}

export const TABLE_HEADER = `${'line'.padStart(5)}  ${'recip'.padStart(5)}  ${'voice'.padStart(5)}  text\n`;

export function formatTableRow(row: ScoredRow): string {
  const head = `${String(row.line).padStart(5)}  ${String(row.reciprocity).padStart(5)}  ${String(row.voice).padStart(5)}  ${excerpt(row.text)}\n`;
  const issues = row.hints
    .filter((hint) => hint.kind === 'issue')
    .map((hint) => `${' '.repeat(21)}- ${hint.message}${hint.replacement !== undefined ? ` → “${hint.replacement}”` : ''} [${hint.rule}]\n`);
  return head + issues.join('');
}

export function formatTableError(line: number, error: string): string {
  return `${String(line).padStart(5)}  ${'error'.padStart(12)}  ${error}\n`;
}

export function formatTableSummary(rows: readonly Pick<ScoredRow, 'reciprocity' | 'voice'>[], errors: number): string {
  const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length));
  const scored = `${rows.length} scored`;
  const averages =
    rows.length > 0
      ? `; mean reciprocity ${mean(rows.map((row) => row.reciprocity))}, mean voice ${mean(rows.map((row) => row.voice))}`
      : '';
  return `\n${scored}${errors > 0 ? `, ${errors} with errors` : ''}${averages}\n`;
}
