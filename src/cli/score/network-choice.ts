// The network a row is scored for: --network for every row, else the row's network column, else
// the default. A name Rapport does not know is not guessed at: the row says so in a note and is
// scored for the default network.

import type { Network } from '../../engine';
import { networkLabel, NETWORKS, resolveNetworkName, type NetworkNames } from '../networks';
import { quote } from '../terminal-text';
import type { ScoredPost } from './outcome';

/** What the engine assumes when it is told nothing; the CLI says it out loud instead. */
export const DEFAULT_NETWORK: Network = 'x';

export interface NetworkChoice {
  network: Network;
  from: ScoredPost['networkFrom'];
  note?: string;
}

export function chooseNetwork(rowName: string | undefined, override: Network | undefined, known: readonly NetworkNames[] = NETWORKS): NetworkChoice {
  if (override) return { network: override, from: 'option' };
  if (rowName === undefined) return { network: DEFAULT_NETWORK, from: 'default' };
  const resolved = resolveNetworkName(rowName, known);
  if (resolved.ok) return { network: resolved.id, from: 'row' };
  const fallback = `scored with ${networkLabel(DEFAULT_NETWORK, known)}'s limits; choose another with --network`;
  const knownLabels = known.map((network) => network.label).join(', ');
  const note =
    resolved.reason === 'several'
      ? `network ${quote(rowName)} names more than one network (${resolved.ids.map((id) => networkLabel(id, known)).join(', ')}); ${fallback}`
      : `network ${quote(rowName)} is not one Rapport knows (${knownLabels}); ${fallback}`;
  return { network: DEFAULT_NETWORK, from: 'default', note };
}
