// --format table: one row per record with its scores, issues and notes, then the totals. For a
// person reading a calendar in a terminal, not for other programs.

import { networkLabel } from '../networks';
import { isUnreadablePost, type Outcome } from '../score/outcome';
import { showText, terminalSafe } from '../terminal-text';
import { excerpt, issueLines, summaryLines } from './describe';
import type { Sink } from './sink';
import type { OutputWriter, RunInfo } from './writer';

const POST_WIDTH = 60;
const INDENT = ' '.repeat(34);

export const TABLE_HEADER = `${'line'.padStart(6)}  ${'network'.padEnd(10)}  ${'recip'.padStart(5)}  ${'voice'.padStart(5)}  post\n`;

export function tableRow(outcome: Outcome): string {
  const line = String(outcome.line).padStart(6);
  if (isUnreadablePost(outcome)) return `${line}  ${'unreadable'.padEnd(10)}  ${showText(outcome.error)}\n`;
  const { report } = outcome;
  const network = networkLabel(outcome.network).padEnd(10);
  const scores = report.status === 'scored' ? `${String(report.reciprocity).padStart(5)}  ${String(report.voice).padStart(5)}` : `${'–'.padStart(5)}  ${'–'.padStart(5)}`;
  const details = [
    ...(report.status === 'scored' ? issueLines(report.hints) : [showText(report.message)]),
    ...outcome.notes.map((note) => `note: ${note}`),
  ];
  return `${line}  ${network}  ${scores}  ${excerpt(outcome.text, POST_WIDTH)}\n${details.map((detail) => `${INDENT}- ${detail}\n`).join('')}`;
}

export function tableWriter(sink: Sink): OutputWriter {
  let info: RunInfo | undefined;
  const write = (chunk: string) => sink.write(terminalSafe(chunk));
  return {
    begin(runInfo) {
      info = runInfo;
      return write(TABLE_HEADER);
    },
    write: (outcome) => write(tableRow(outcome)),
    async finish(summary, gate) {
      await write(`\n${summaryLines(summary, gate, info?.preset.name ?? '').join('\n')}\n`);
    },
  };
}
