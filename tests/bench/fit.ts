// npm run fit: fits each rule's points (strength side and issue side) on the labelled dev posts and
// writes src/engine/weights.json. The model stays the engine's explainable one,
//
//     raw = base + Σ_rule  points⁺ · sat(strengths) − points⁻ · sat(issues),
//
// and the fit is a regularised pairwise logistic regression: for every comparison the labels allow
// (Dialogue above Information and Action, Information above Action, care replies above corporate
// Information on both axes, person above brand), P(better post scores higher) = σ(Δraw / T). Raw
// texts and texts stripped of leading @handles, links and "!" both count, so a rule cannot earn
// weight through those shortcuts. Points stay ≥ 0 (a strength never costs, an issue never pays) and
// are pulled towards each rule's own points (its prior, from the rubric) by a ridge penalty, so a
// rule the dev data rarely shows (hard sell, engagement bait) keeps its rubric weight. The base is
// fixed at 50: a plain statement with no signal sits in the middle of the scale.
//
// eval.ts uses fitWeights() to measure generalisation: fit on some accounts, score the others.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Axis } from '../../src/engine';
import { rules } from '../../src/engine/rules';
import { ruleSignals, saturate, squash } from '../../src/engine/score';
import { hasLabelledData, loadLabelledData, projectRoot, stripShortcuts, type LabelledData } from './data';

export type Signals = Record<string, { axis: Axis; strength: number; issue: number }>;
export interface Weights {
  base: Record<Axis, number>;
  points: Record<string, { strength?: number; issue?: number }>;
}
export interface PairSet {
  name: string;
  axis: Axis;
  positives: Signals[];
  negatives: Signals[];
}

export const BASE: Record<Axis, number> = { reciprocity: 50, voice: 50 };
/** Δraw of T points means e:1 odds that the better post ranks higher. */
export const TEMPERATURE = 15;
/** Ridge penalty per squared point away from the prior. */
export const RIDGE = 0.00005;
const PAIRS_PER_SET = 6000;
/**
 * Person > brand counts double: it is the only voice comparison that is not about care replies,
 * so without it the fit would learn "sounds like a care reply" rather than "sounds like a person".
 */
const SET_WEIGHT: Record<string, number> = { 'person > brand': 2 };

const ITERATIONS = 400;
const SEED = 7;
/** No single rule side may move an axis by more than this. */
const MAX_POINTS = 45;

const signalCache = new Map<string, Signals | undefined>();
/** The engine's rule signals for a text, once per text; undefined when the engine declines it. */
export function signalsOf(text: string): Signals | undefined {
  if (!signalCache.has(text)) signalCache.set(text, ruleSignals(text));
  return signalCache.get(text);
}

export function rawOf(signals: Signals, axis: Axis, weights: Weights): number {
  let raw = weights.base[axis];
  for (const rule of rules) {
    if (rule.axis !== axis) continue;
    const signal = signals[rule.id];
    if (!signal) continue;
    const points = weights.points[rule.id];
    raw += (points?.strength ?? rule.points) * signal.strength - (points?.issue ?? rule.points) * signal.issue;
  }
  return raw;
}

/** The score the engine would give with these weights (rounded, like the report). */
export function scoreWith(signals: Signals, axis: Axis, weights: Weights): number {
  return Math.round(squash(rawOf(signals, axis, weights)));
}

/** The labelled comparisons as sets of rule signals, for the given rows (raw and stripped texts). */
export function pairSets(data: LabelledData, { stripped }: { stripped: boolean }): PairSet[] {
  const prepare = (texts: string[]) =>
    texts.flatMap((text) => {
      if (!signalsOf(text)) return []; // declined as written (not English): not graded
      const signals = signalsOf(stripped ? stripShortcuts(text) : text);
      return signals ? [signals] : [];
    });
  const corporate = (label: string) => data.corporate.filter((row) => row.label === label).map((row) => row.text);
  const sets: PairSet[] = [
    { name: 'Dialogue > Information + Action', axis: 'reciprocity', positives: prepare(corporate('Dialogue')), negatives: prepare([...corporate('Information'), ...corporate('Action')]) },
    { name: 'Information > Action', axis: 'reciprocity', positives: prepare(corporate('Information')), negatives: prepare(corporate('Action')) },
    { name: 'care > Information', axis: 'reciprocity', positives: prepare(data.care.map((row) => row.text)), negatives: prepare(corporate('Information')) },
    { name: 'care > Information', axis: 'voice', positives: prepare(data.care.map((row) => row.text)), negatives: prepare(corporate('Information')) },
    {
      name: 'person > brand',
      axis: 'voice',
      positives: prepare(data.people.filter((row) => row.label === 'person').map((row) => row.text)),
      negatives: prepare(data.people.filter((row) => row.label === 'brand').map((row) => row.text)),
    },
  ];
  return sets.filter((set) => set.positives.length > 0 && set.negatives.length > 0);
}

function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the points of every rule on the given comparisons (see the top of this file). */
export function fitWeights(sets: PairSet[]): Weights {
  const next = random(SEED);
  const weights: Weights = { base: { ...BASE }, points: {} };
  for (const axis of ['reciprocity', 'voice'] as const) {
    const axisRules = rules.filter((rule) => rule.axis === axis);
    // Parameters: [strength points, issue points] per rule, started at the prior.
    const prior = axisRules.flatMap((rule) => [rule.points, rule.points]);
    const params = prior.slice();
    // Feature differences (better − worse) for sampled pairs; an issue's feature enters negated.
    const diffs: Array<{ index: Int32Array; value: Float64Array }> = [];
    const setOfPair: number[] = [];
    const axisSets = sets.filter((set) => set.axis === axis);
    axisSets.forEach((set, setIndex) => {
      const count = Math.min(PAIRS_PER_SET, set.positives.length * set.negatives.length);
      for (let k = 0; k < count; k++) {
        const better = set.positives[Math.floor(next() * set.positives.length)]!;
        const worse = set.negatives[Math.floor(next() * set.negatives.length)]!;
        const index: number[] = [];
        const value: number[] = [];
        axisRules.forEach((rule, r) => {
          const a = better[rule.id];
          const b = worse[rule.id];
          const strength = (a?.strength ?? 0) - (b?.strength ?? 0);
          const issue = -((a?.issue ?? 0) - (b?.issue ?? 0));
          if (strength !== 0) index.push(2 * r), value.push(strength);
          if (issue !== 0) index.push(2 * r + 1), value.push(issue);
        });
        diffs.push({ index: Int32Array.from(index), value: Float64Array.from(value) });
        setOfPair.push(setIndex);
      }
    });
    const pairsInSet = axisSets.map((_, setIndex) => setOfPair.filter((index) => index === setIndex).length);
    // Adam on the mean loss per comparison, projected onto 0 ≤ points ≤ MAX_POINTS.
    const m = new Float64Array(params.length);
    const v = new Float64Array(params.length);
    const rate = 0.5;
    for (let step = 1; step <= ITERATIONS; step++) {
      const gradient = new Float64Array(params.length);
      diffs.forEach(({ index, value }, p) => {
        let margin = 0;
        for (let k = 0; k < index.length; k++) margin += params[index[k]!]! * value[k]!;
        // d/dθ log(1 + e^(−Δ/T)) = −σ(−Δ/T) · diff / T
        const set = axisSets[setOfPair[p]!]!;
        const weight = -(SET_WEIGHT[set.name] ?? 1) / (1 + Math.exp(margin / TEMPERATURE)) / TEMPERATURE / pairsInSet[setOfPair[p]!]! / axisSets.length;
        for (let k = 0; k < index.length; k++) gradient[index[k]!]! += weight * value[k]!;
      });
      for (let j = 0; j < params.length; j++) {
        const g = gradient[j]! + 2 * RIDGE * (params[j]! - prior[j]!);
        m[j] = 0.9 * m[j]! + 0.1 * g;
        v[j] = 0.999 * v[j]! + 0.001 * g * g;
        const mHat = m[j]! / (1 - 0.9 ** step);
        const vHat = v[j]! / (1 - 0.999 ** step);
        params[j] = Math.min(MAX_POINTS, Math.max(0, params[j]! - (rate * mHat) / (Math.sqrt(vHat) + 1e-8)));
      }
    }
    axisRules.forEach((rule, r) => {
      weights.points[rule.id] = { strength: round(params[2 * r]!), issue: round(params[2 * r + 1]!) };
    });
  }
  return weights;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function fitOnAllDevData(data: LabelledData): Weights {
  return fitWeights([...pairSets(data, { stripped: false }), ...pairSets(data, { stripped: true })]);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  if (!hasLabelledData()) {
    console.error('No labelled data in ../shared/data: nothing to fit on.');
    process.exit(1);
  }
  const weights = fitOnAllDevData(loadLabelledData());
  const file = {
    about: 'Points per rule and side, fitted on ../shared/data by tests/bench/fit.ts (npm run fit): regularised pairwise logistic regression towards each rule\'s own points. Rules not listed use their own points.',
    fit: { temperature: TEMPERATURE, ridge: RIDGE, pairsPerComparison: PAIRS_PER_SET, iterations: ITERATIONS, seed: SEED },
    base: weights.base,
    points: weights.points,
  };
  writeFileSync(path.join(projectRoot, 'src/engine/weights.json'), `${JSON.stringify(file, null, 2)}\n`);
  for (const rule of rules) {
    const fitted = weights.points[rule.id]!;
    console.log(`${rule.axis.padEnd(11)} ${rule.id.padEnd(20)} prior ${String(rule.points).padStart(3)}   strength ${String(fitted.strength).padStart(5)}   issue ${String(fitted.issue).padStart(5)}`);
  }
  void saturate;
}
