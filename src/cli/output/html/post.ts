// One post as a row of the report: its scores, its text with each hint's range underlined and
// numbered, and the hints themselves. Ranges are UTF-16 offsets into the text, as everywhere.

import type { Hint } from '../../../engine';
import { networkLabel } from '../../networks';
import { isUnreadablePost, type Outcome } from '../../score/outcome';
import { statusWords } from '../describe';
import { escapeHtml, escapePostText } from './escape';

interface Mark {
  start: number;
  end: number;
  number: number;
  kind: Hint['kind'];
}

/** The text cut at every range boundary; each piece is wrapped in the marks that cover it, issues over strengths. */
export function underlinedText(text: string, hints: readonly Hint[]): string {
  const marks: Mark[] = hints
    .map((hint, index) => ({ start: Math.max(0, hint.range.start), end: Math.min(text.length, hint.range.end), number: index + 1, kind: hint.kind }))
    .filter((mark) => mark.end > mark.start);
  if (marks.length === 0) return escapePostText(text);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  let html = '';
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const piece = escapePostText(text.slice(start, end));
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    if (covering.length === 0) html += piece;
    else {
      const kind = covering.some((mark) => mark.kind === 'issue') ? 'issue' : 'strength';
      html += `<span class="mark ${kind}" data-hints="${covering.map((mark) => mark.number).join(' ')}">${piece}</span>`;
    }
    for (const mark of marks) if (mark.end === end) html += `<sup class="ref ${mark.kind}">${mark.number}</sup>`;
  }
  return html;
}

const points = (impact: number) => `${impact > 0 ? '+' : impact < 0 ? '−' : '±'}${Math.abs(Math.round(impact))}`;

export function hintList(hints: readonly Hint[]): string {
  if (hints.length === 0) return '<p class="none">No hints.</p>';
  const items = hints.map(
    (hint, index) =>
      `<li class="${hint.kind}" value="${index + 1}"><span class="axis">${escapeHtml(hint.axis)}</span> <span class="message">${escapeHtml(hint.message)}</span> <span class="impact">${points(hint.impact)}</span>` +
      `${hint.replacement !== undefined ? ` <span class="fix">→ “${escapeHtml(hint.replacement)}”</span>` : ''}<div class="why">${escapeHtml(hint.why)}</div></li>`,
  );
  return `<ol class="hints">${items.join('')}</ol>`;
}

const cell = (value: number | undefined, thresholds: { ok: number; warn: number }) => {
  if (value === undefined) return '<td class="score none">–</td>';
  const band = value >= thresholds.ok ? 'ok' : value >= thresholds.warn ? 'warn' : 'low';
  return `<td class="score ${band}">${value}</td>`;
};

export function postRow(outcome: Outcome, thresholds: { reciprocity: { ok: number; warn: number }; voice: { ok: number; warn: number } }): string {
  if (isUnreadablePost(outcome)) {
    return `<tr class="unreadable" data-line="${outcome.line}"><td class="line">${outcome.line}</td><td>–</td><td class="score none">–</td><td class="score none">–</td><td colspan="2" class="error">Could not be read: ${escapeHtml(outcome.error)}</td></tr>`;
  }
  const { report } = outcome;
  const scored = report.status === 'scored';
  // Numbered in reading order, so the marks in the text count up from the start.
  const hints = [...report.hints].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const notes = outcome.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('');
  const attributes = `data-line="${outcome.line}"${scored ? ` data-reciprocity="${report.reciprocity}" data-voice="${report.voice}"` : ''}`;
  return (
    `<tr class="${scored ? 'scored' : 'declined'}" ${attributes}><td class="line">${outcome.line}</td><td>${escapeHtml(networkLabel(outcome.network))}</td>` +
    cell(scored ? report.reciprocity : undefined, thresholds.reciprocity) +
    cell(scored ? report.voice : undefined, thresholds.voice) +
    `<td class="post"><div class="text">${scored ? underlinedText(outcome.text, hints) : escapePostText(outcome.text)}</div>${notes}</td>` +
    `<td>${scored ? hintList(hints) : `<p class="declined-message"><strong>${escapeHtml(statusWords(report.status))}:</strong> ${escapeHtml(report.message)}</p>`}</td></tr>`
  );
}
