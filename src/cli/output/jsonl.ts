// --format jsonl (the default): one JSON object per input record, in order, streamed. The input's
// own fields come first; Rapport's follow. JSON escapes control characters itself; jsonSafe adds
// the C1, bidi and line-separator characters JSON leaves raw.

import type { Report } from '../../engine';
import { jsonSafe } from '../terminal-text';
import { isUnreadablePost, type Outcome, type ScoredPost } from '../score/outcome';
import type { Sink } from './sink';
import type { OutputWriter } from './writer';

/** A scored record carries its scores and hints; a declined one says why, with no scores. */
export function reportFields(post: ScoredPost) {
  const report: Report = post.report;
  const notes = post.notes.length > 0 ? { notes: post.notes } : {};
  return report.status === 'scored'
    ? { status: report.status, language: report.language, scoredFor: post.network, reciprocity: report.reciprocity, voice: report.voice, hints: report.hints, ...notes }
    : { status: report.status, language: report.language, scoredFor: post.network, message: report.message, hints: report.hints, ...notes };
}

export function jsonLine(outcome: Outcome): string {
  const record = isUnreadablePost(outcome) ? { line: outcome.line, error: outcome.error } : { ...outcome.echo, ...reportFields(outcome) };
  return `${jsonSafe(JSON.stringify(record))}\n`;
}

export function jsonlWriter(sink: Sink): OutputWriter {
  return {
    begin: () => undefined,
    write: (outcome) => sink.write(jsonLine(outcome)),
    finish: async () => undefined,
  };
}
