// Every output format is a writer: told about the run once, handed each outcome in input order,
// then the totals. Only the HTML report keeps posts until the end (and refuses huge inputs).

import type { Preset } from '../../engine';
import type { CsvColumns } from '../input/csv';
import type { Gate, GateResult } from '../score/gate';
import type { Outcome } from '../score/outcome';
import type { RunSummary } from '../score/summary';

export interface RunInfo {
  /** The file name as typed, or "standard input". */
  inputName: string;
  kind: 'csv' | 'jsonl';
  preset: Preset;
  /** CSV input: its header and the columns in use. */
  columns?: CsvColumns;
  /** CSV output starts with a BOM when the input had one or was not UTF-8, so Excel reads it back right. */
  writeBom: boolean;
  gate?: Gate;
}

export interface OutputWriter {
  begin(info: RunInfo): Promise<void> | undefined;
  write(outcome: Outcome): Promise<void> | undefined;
  finish(summary: RunSummary, gate: GateResult | undefined): Promise<void>;
}

/** Thrown by a writer that will not take more (the HTML report past its size limit). */
export class OutputRefused extends Error {}
