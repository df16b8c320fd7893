// The writers' set (tests/fixtures/writers-set.jsonl): posts we wrote ourselves, the way RUBRIC.md
// asks and the way it warns against, plus drafts the engine must decline. Shared by
// `npm run eval` and tests/unit/engine/writers-set.test.ts.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Axis, Report } from '../../src/engine';
import { score } from '../../src/engine';
import { projectRoot } from './data';

export type WritersRow =
  | { id: string; kind: 'exemplary'; context: string; reply: boolean; text: string }
  | { id: string; kind: 'failure'; fails: Axis[]; context: string; text: string }
  | { id: string; kind: 'declined'; expect: 'not-english' | 'nothing-to-score'; language?: string; text: string };

export const WRITERS_SET_PATH = path.join(projectRoot, 'tests/fixtures/writers-set.jsonl');

/** The issue's bars: exemplary posts reach "good" (70) on both axes; failures stay below "needs work" (45). */
export const GOOD = 70;
export const NEEDS_WORK = 45;

export function loadWritersSet(): WritersRow[] {
  return readFileSync(WRITERS_SET_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WritersRow);
}

export interface WritersResult {
  /** Exemplary posts at or above GOOD on both axes. */
  exemplaryGood: { passed: number; total: number; misses: string[] };
  /** Exemplary posts with no issue hint at all. */
  exemplaryClean: { passed: number; total: number; misses: string[] };
  /** Failures below NEEDS_WORK on every axis they are labelled as failing. */
  failuresLow: { passed: number; total: number; misses: string[] };
  /** Non-English and nothing-to-score drafts declined with the expected status. */
  declined: { passed: number; total: number; misses: string[] };
}

export function evaluateWritersSet(rows: WritersRow[] = loadWritersSet(), scorer: (text: string) => Report = (text) => score(text)): WritersResult {
  const result: WritersResult = {
    exemplaryGood: { passed: 0, total: 0, misses: [] },
    exemplaryClean: { passed: 0, total: 0, misses: [] },
    failuresLow: { passed: 0, total: 0, misses: [] },
    declined: { passed: 0, total: 0, misses: [] },
  };
  const tally = (bucket: WritersResult[keyof WritersResult], ok: boolean, miss: string) => {
    bucket.total++;
    if (ok) bucket.passed++;
    else bucket.misses.push(miss);
  };
  for (const row of rows) {
    const report = scorer(row.text);
    const scores = report.status === 'scored' ? `${report.reciprocity}/${report.voice}` : report.status;
    if (row.kind === 'exemplary') {
      const good = report.status === 'scored' && report.reciprocity >= GOOD && report.voice >= GOOD;
      tally(result.exemplaryGood, good, `${row.id} ${scores} ${row.text}`);
      const issues = report.hints.filter((hint) => hint.kind === 'issue');
      const said = issues.map((hint) => `${hint.rule} “${row.text.slice(hint.range.start, hint.range.end)}”`).join(', ');
      tally(result.exemplaryClean, report.status === 'scored' && issues.length === 0, `${row.id} ${said || scores} ${row.text}`);
    } else if (row.kind === 'failure') {
      const low = report.status === 'scored' && row.fails.every((axis) => report[axis] < NEEDS_WORK);
      tally(result.failuresLow, low, `${row.id} ${scores} (fails ${row.fails.join('+')}) ${row.text}`);
    } else {
      tally(result.declined, report.status === row.expect, `${row.id} ${scores}/${report.language} (expected ${row.expect}) ${JSON.stringify(row.text)}`);
    }
  }
  return result;
}

export const percent = ({ passed, total }: { passed: number; total: number }) => (total === 0 ? 0 : (100 * passed) / total);
