// --format html: one self-contained file to share: the summary, per-network figures, the score
// distribution, and every post with its scores, underlined ranges and hints, sortable by score.
// No network, no external file: styles and the sorting script are inline and pinned by hash in
// the page's Content-Security-Policy, which also forbids every request. Posts are kept until the
// end (the summary comes first on the page), so the report refuses inputs past MAX_HTML_POSTS.

import { networkLabel } from '../../networks';
import { describeGate, type GateResult } from '../../score/gate';
import type { Outcome } from '../../score/outcome';
import { mean, share, type RunSummary, type Tally } from '../../score/summary';
import { percent, round, statusWords } from '../describe';
import type { Sink } from '../sink';
import { OutputRefused, type OutputWriter, type RunInfo } from '../writer';
import { distributionChart } from './chart';
import { escapeHtml } from './escape';
import { postRow } from './post';
import { REPORT_STYLE as css } from './report-style';
import script from './report-script.js?raw';

/** Past this a browser struggles to sort the page; use --format csv or jsonl for bigger calendars. */
export const MAX_HTML_POSTS = 10_000;
/** A file this big holds far more than MAX_HTML_POSTS posts: refused before reading it. */
export const MAX_HTML_INPUT_BYTES = 25 * 1024 * 1024;

export const refusalMessage = (reason: string) =>
  `${reason}; an HTML report holds at most ${MAX_HTML_POSTS.toLocaleString('en')} posts. Use --format csv, jsonl or markdown for a calendar this size, or split it`;

/** The page's policy: no request of any kind, and only this stylesheet and script. node:crypto loads only for HTML reports. */
export async function contentSecurityPolicy(): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src ${hash(css)}; script-src ${hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function card(label: string, value: string, detail: string): string {
  return `<div class="card"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="detail">${escapeHtml(detail)}</div></div>`;
}

function cards(summary: RunSummary, gate: GateResult | undefined): string {
  const { all, thresholds } = summary;
  const notScored = all.posts - all.scored;
  const axisCard = (axis: 'reciprocity' | 'voice') =>
    card(
      `Mean ${axis}`,
      round(mean(all.axes[axis])),
      `${percent(share(all.axes[axis].belowOk, all.axes[axis].count))} below ok (${thresholds[axis].ok}), ${percent(share(all.axes[axis].belowWarn, all.axes[axis].count))} below warn (${thresholds[axis].warn})`,
    );
  const parts = [
    card('Posts', all.posts.toLocaleString('en'), `${all.scored.toLocaleString('en')} scored · ${notScored.toLocaleString('en')} not scored · ${summary.unreadable.toLocaleString('en')} unreadable`),
    axisCard('reciprocity'),
    axisCard('voice'),
  ];
  if (gate) {
    parts.push(card(`--fail-under ${describeGate(gate.gate)}`, gate.failed === 0 ? 'Pass' : plural(gate.failed, 'post'), gate.failed === 0 ? 'every scored post is at or above' : 'below the floor'));
  }
  return `<div class="cards">${parts.join('')}</div>`;
}

function networkTable(summary: RunSummary): string {
  const row = (name: string, tally: Tally) =>
    `<tr><td>${escapeHtml(name)}</td><td>${tally.posts}</td><td>${tally.scored}</td><td>${round(mean(tally.axes.reciprocity))}</td><td>${round(mean(tally.axes.voice))}</td>` +
    `<td>${percent(share(tally.axes.reciprocity.belowOk, tally.axes.reciprocity.count))}</td><td>${percent(share(tally.axes.voice.belowOk, tally.axes.voice.count))}</td></tr>`;
  const rows = [...summary.byNetwork.entries()].map(([network, tally]) => row(networkLabel(network), tally));
  return (
    `<table class="networks"><caption class="visually-hidden">Figures per network</caption><thead><tr><th scope="col">Network</th><th scope="col">Posts</th><th scope="col">Scored</th><th scope="col">Mean reciprocity</th>` +
    `<th scope="col">Mean voice</th><th scope="col">Reciprocity below ok</th><th scope="col">Voice below ok</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function notes(summary: RunSummary, gate: GateResult | undefined): string {
  const items: string[] = [];
  for (const [status, count] of summary.all.declined) {
    items.push(`${plural(count, 'post')} ${count === 1 ? 'was' : 'were'} not scored (${escapeHtml(statusWords(status))}) and ${count === 1 ? 'is' : 'are'} left out of the means.`);
  }
  if (summary.unreadable > 0) items.push(`${plural(summary.unreadable, 'record')} could not be read; ${summary.unreadable === 1 ? 'it is' : 'they are'} listed among the posts with the reason.`);
  if (summary.unknownNetworkNames.size > 0) {
    const names = [...summary.unknownNetworkNames.entries()].map(([name, count]) => `“${escapeHtml(name)}” (${count})`).join(', ');
    items.push(`Rows named networks Rapport does not know, so they were scored with the default network's limits: ${names}.`);
  }
  if (gate && gate.failed > 0) {
    const lines = gate.examples.map((failure) => failure.line).join(', ');
    items.push(`<span class="gate-failed">${plural(gate.failed, 'post')} below --fail-under ${escapeHtml(describeGate(gate.gate))}</span>: lines ${lines}${gate.failed > gate.examples.length ? ', …' : ''}.`);
  }
  return items.length === 0 ? '' : `<ul class="notes">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function postsTable(rows: readonly string[]): string {
  const sortable = (label: string, key: string, sort?: 'ascending') =>
    `<th scope="col"${sort ? ` aria-sort="${sort}"` : ''}><button type="button" data-sort="${key}">${label}</button></th>`;
  return (
    '<table id="posts"><colgroup><col class="line"><col class="network"><col class="score"><col class="score"><col class="post"><col class="hints"></colgroup>' +
    `<thead><tr>${sortable('Line', 'line', 'ascending')}<th scope="col">Network</th>${sortable('Reciprocity', 'reciprocity')}${sortable('Voice', 'voice')}<th scope="col">Post</th><th scope="col">Hints</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

export function htmlDocument(info: RunInfo, rows: readonly string[], summary: RunSummary, gate: GateResult | undefined, generated: Date, policy: string): string {
  const title = `Rapport report: ${info.inputName}`;
  const when = `${generated.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const hasScores = summary.all.scored > 0;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">' +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head>\n<body>` +
    `<header><h1>Rapport report</h1><p class="meta">${escapeHtml(info.inputName)} · preset ${escapeHtml(info.preset.name)} · scored ${escapeHtml(when)}</p></header>\n` +
    `<section aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>${cards(summary, gate)}${summary.byNetwork.size > 0 ? `<h2>Per network</h2>${networkTable(summary)}` : ''}${notes(summary, gate)}</section>\n` +
    (hasScores ? `<section aria-labelledby="distribution-title"><h2 id="distribution-title">Score distribution</h2>${distributionChart(summary)}</section>\n` : '') +
    `<section aria-labelledby="posts-title"><h2 id="posts-title">Posts</h2>` +
    (rows.length > 0
      ? `<p class="meta">Press Line, Reciprocity or Voice to sort. Wavy underlines are issues, straight ones strengths; the numbers match each post's hints.</p>${postsTable(rows)}`
      : '<p>No posts in the input.</p>') +
    `</section>\n<script>${script}</script></body></html>\n`
  );
}

export function htmlWriter(sink: Sink, now: () => Date = () => new Date(), maxPosts = MAX_HTML_POSTS): OutputWriter {
  let info: RunInfo | undefined;
  const rows: string[] = [];
  return {
    begin(runInfo) {
      info = runInfo;
      return undefined;
    },
    write(outcome: Outcome) {
      if (rows.length >= maxPosts) throw new OutputRefused(refusalMessage(`the input has more than ${maxPosts.toLocaleString('en')} records`));
      rows.push(postRow(outcome, (info as RunInfo).preset.thresholds));
      return undefined;
    },
    async finish(summary, gate) {
      await sink.write(htmlDocument(info as RunInfo, rows, summary, gate, now(), await contentSecurityPolicy()));
    },
  };
}
