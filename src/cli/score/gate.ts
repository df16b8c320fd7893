// --fail-under recip=60,voice=60: a gate for scheduling pipelines. Any scored post below a floor
// fails the run (exit 3) and is listed. Declined posts have no scores and cannot fail it.

import type { Axis } from '../../engine';
import { closest } from '../suggest';
import { AXES } from './summary';
import type { Outcome } from './outcome';
import { isUnreadablePost } from './outcome';

export type Gate = Partial<Record<Axis, number>>;

export interface GateFailure {
  line: number;
  text: string;
  below: Array<{ axis: Axis; score: number }>;
}

export interface GateResult {
  gate: Gate;
  failed: number;
  /** The first failures, in input order; the rest are only counted. */
  examples: GateFailure[];
}

const AXIS_NAMES: Record<string, Axis> = { recip: 'reciprocity', reciprocity: 'reciprocity', voice: 'voice' };
const MAX_EXAMPLES = 50;

export function parseGate(text: string): { ok: true; gate: Gate } | { ok: false; message: string } {
  const gate: Gate = {};
  for (const part of text.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d{1,3})\s*$/i.exec(part);
    const name = match?.[1]?.toLowerCase();
    if (!match || name === undefined) {
      return { ok: false, message: `--fail-under takes AXIS=SCORE pairs such as recip=60,voice=60, not "${part.trim()}"` };
    }
    const axis = AXIS_NAMES[name];
    if (!axis) {
      const suggestion = closest(name, Object.keys(AXIS_NAMES));
      return { ok: false, message: `--fail-under: "${name}" is not an axis (recip or voice)${suggestion ? `; did you mean ${suggestion}?` : ''}` };
    }
    const floor = Number(match[2]);
    if (floor > 100) return { ok: false, message: `--fail-under: ${name}=${floor} is above 100, the highest score` };
    gate[axis] = floor;
  }
  return { ok: true, gate };
}

export function describeGate(gate: Gate): string {
  return AXES.filter((axis) => gate[axis] !== undefined)
    .map((axis) => `${axis} ${gate[axis]}`)
    .join(', ');
}

export function createGateCheck(gate: Gate) {
  const result: GateResult = { gate, failed: 0, examples: [] };
  return {
    /** True when this post fails the gate. */
    check(outcome: Outcome): boolean {
      if (isUnreadablePost(outcome) || outcome.report.status !== 'scored') return false;
      const report = outcome.report;
      const below = AXES.flatMap((axis) => {
        const floor = gate[axis];
        return floor !== undefined && report[axis] < floor ? [{ axis, score: report[axis] }] : [];
      });
      if (below.length === 0) return false;
      result.failed += 1;
      if (result.examples.length < MAX_EXAMPLES) result.examples.push({ line: outcome.line, text: outcome.text, below });
      return true;
    },
    result: (): GateResult => result,
  };
}
