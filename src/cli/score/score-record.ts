// One input record to one outcome: choose the network, run the engine. An engine failure on one
// post is that post's error, not the end of the run.

import { score, type Preset } from '../../engine';
import type { NetworkId } from '../../networks';
import { scoreContextFor } from '../../presets/limits';
import { isUnreadable, type InputRecord } from '../input/records';
import { chooseNetwork } from './network-choice';
import type { Outcome } from './outcome';

export interface Scored {
  outcome: Outcome;
  /** The row's network name when Rapport did not know it, for the summary. */
  unknownNetworkName?: string;
}

export function scoreRecord(record: InputRecord, preset: Preset, override: NetworkId | undefined): Scored {
  if (isUnreadable(record)) return { outcome: record };
  const choice = chooseNetwork(record.networkName, override);
  let report;
  try {
    report = score(record.text, preset, scoreContextFor(preset, choice.network));
  } catch (error) {
    return { outcome: { line: record.line, error: `line ${record.line}: could not be scored (${error instanceof Error ? error.message : String(error)})`, ...(record.cells ? { cells: record.cells } : {}) } };
  }
  return {
    outcome: {
      line: record.line,
      text: record.text,
      network: choice.network,
      networkFrom: choice.from,
      notes: choice.note ? [choice.note] : [],
      report,
      echo: record.echo,
      ...(record.cells ? { cells: record.cells } : {}),
    },
    ...(choice.note && record.networkName !== undefined ? { unknownNetworkName: record.networkName } : {}),
  };
}
