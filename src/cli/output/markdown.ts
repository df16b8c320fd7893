// --format markdown: a table of posts to paste into an issue, a wiki or a chat, then the totals.
// Post text is data, not markup: HTML is escaped, Markdown's marks are backslash-escaped, line
// breaks become <br>, and control and bidi characters are shown as escapes.

import { networkLabel } from '../networks';
import { isUnreadablePost, type Outcome } from '../score/outcome';
import { showText, terminalSafe } from '../terminal-text';
import { issueLines, summaryLines } from './describe';
import type { Sink } from './sink';
import type { OutputWriter, RunInfo } from './writer';

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One table cell: safe to render, and unable to end the cell or the table. */
export function markdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      showText(line)
        .replace(/[&<>]/g, (character) => HTML_SPECIAL[character] ?? character)
        .replace(/[\\`*_[\]|~#!]/g, '\\$&'),
    )
    .join('<br>');
}

function row(outcome: Outcome): string {
  if (isUnreadablePost(outcome)) return `| ${outcome.line} | – | – | – | *could not be read* | ${markdownCell(outcome.error)} |\n`;
  const { report } = outcome;
  const scored = report.status === 'scored';
  const details = [...(scored ? issueLines(report.hints) : [report.message]), ...outcome.notes.map((note) => `note: ${note}`)];
  return `| ${outcome.line} | ${networkLabel(outcome.network)} | ${scored ? report.reciprocity : '–'} | ${scored ? report.voice : '–'} | ${markdownCell(outcome.text)} | ${
    details.length > 0 ? details.map(markdownCell).join('<br>') : '–'
  } |\n`;
}

export function markdownWriter(sink: Sink): OutputWriter {
  let info: RunInfo | undefined;
  const write = (chunk: string) => sink.write(terminalSafe(chunk));
  return {
    begin(runInfo) {
      info = runInfo;
      const { reciprocity, voice } = runInfo.preset.thresholds;
      return write(
        `# Rapport report: ${markdownCell(runInfo.inputName)}\n\n` +
          `Preset: ${markdownCell(runInfo.preset.name)}. Scores run from 0 to 100; the preset's "ok" thresholds are reciprocity ${reciprocity.ok} and voice ${voice.ok}.\n\n` +
          '| Line | Network | Reciprocity | Voice | Post | Issues and notes |\n| ---: | --- | ---: | ---: | --- | --- |\n',
      );
    },
    write: (outcome) => write(row(outcome)),
    async finish(summary, gate) {
      const lines = summaryLines(summary, gate, info?.preset.name ?? '');
      await write(`\n## Summary\n\n${lines.map((line) => `- ${markdownCell(line)}`).join('\n')}\n`);
    },
  };
}
