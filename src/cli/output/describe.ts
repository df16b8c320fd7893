// Words shared by the human formats (table, markdown, standard error): excerpts, hints, summaries.

import type { Hint } from '../../engine';
import { networkLabel } from '../networks';
import { describeGate, type GateResult } from '../score/gate';
import { mean, share, type AxisTally, type RunSummary, type Tally } from '../score/summary';
import { showText } from '../terminal-text';

/** The post on one line, cut to `width` characters (whole code points), with unsafe characters shown as escapes. */
export function excerpt(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  return showText(characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : oneLine);
}

export function describeHint(hint: Hint): string {
  const fix = hint.replacement !== undefined ? ` → “${showText(hint.replacement)}”` : '';
  return `${showText(hint.message)}${fix} [${hint.rule}]`;
}

export const issuesOf = (hints: readonly Hint[]) => hints.filter((hint) => hint.kind === 'issue');

/** The issues as lines, identical ones merged ("… [we-centred] ×7"), in the order they first appear. */
export function issueLines(hints: readonly Hint[]): string[] {
  const counts = new Map<string, number>();
  for (const hint of issuesOf(hints)) {
    const line = describeHint(hint);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${line} ×${count}` : line));
}

export const round = (value: number | undefined) => (value === undefined ? '–' : String(Math.round(value)));
export const percent = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value * 100)}%`);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const STATUS_WORDS: Record<string, string> = { 'nothing-to-score': 'nothing to score', 'not-english': 'not English' };
export const statusWords = (status: string) => STATUS_WORDS[status] ?? status;

function means(tally: Tally): string {
  return `mean reciprocity ${round(mean(tally.axes.reciprocity))}, mean voice ${round(mean(tally.axes.voice))}`;
}

const below = (axis: AxisTally) => `${axis.belowOk} of ${axis.count} (${percent(share(axis.belowOk, axis.count))})`;

/** The summary as plain lines; the table and markdown formats print these, standard error a shorter form. */
export function summaryLines(summary: RunSummary, gate: GateResult | undefined, presetName: string): string[] {
  const { all } = summary;
  const declined = [...all.declined.entries()].map(([status, count]) => `${statusWords(status)}: ${count}`).join(', ');
  const lines = [
    `${plural(all.posts, 'post')}: ${all.scored} scored${all.posts > all.scored ? `, ${all.posts - all.scored} not scored (${declined})` : ''}` +
      `${summary.unreadable > 0 ? `; ${summary.unreadable} could not be read` : ''}${all.scored > 0 ? `; ${means(all)}` : ''}`,
  ];
  if (all.scored > 0) {
    const { reciprocity, voice } = summary.thresholds;
    lines.push(
      `below ${showText(presetName)}'s "ok" thresholds (reciprocity ${reciprocity.ok}, voice ${voice.ok}): reciprocity ${below(all.axes.reciprocity)}, voice ${below(all.axes.voice)}`,
    );
  }
  if (summary.byNetwork.size > 1 || [...summary.byNetwork.values()].some((tally) => tally.posts !== all.posts)) {
    const parts = [...summary.byNetwork.entries()].map(
      ([network, tally]) => `${networkLabel(network)} ${plural(tally.posts, 'post')}${tally.scored > 0 ? ` (${means(tally)})` : ''}`,
    );
    lines.push(`by network: ${parts.join('; ')}`);
  }
  if (summary.unknownNetworkNames.size > 0) {
    const names = [...summary.unknownNetworkNames.entries()].map(([name, count]) => `"${showText(name)}" ×${count}`).join(', ');
    lines.push(`networks Rapport does not know, scored with the default network's limits: ${names}`);
  }
  if (gate) {
    lines.push(
      gate.failed === 0
        ? `--fail-under ${describeGate(gate.gate)}: every scored post passes`
        : `--fail-under ${describeGate(gate.gate)}: ${plural(gate.failed, 'post')} below (lines ${gate.examples.map((failure) => failure.line).join(', ')}${gate.failed > gate.examples.length ? ', …' : ''})`,
    );
  }
  return lines;
}
