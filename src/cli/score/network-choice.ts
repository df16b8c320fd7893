// The network a row is scored for: --network for every row, else the row's network column, else
// the default. A name Rapport does not know is not guessed at: the row says so in a note and is
// scored for the default network.

import { networkIds, type NetworkId } from '../../networks';
import { networkLabel, resolveNetworkName } from '../networks';
import { quote } from '../terminal-text';
import type { ScoredPost } from './outcome';

/** The registry's first network, what the CLI scores for when told nothing; it says so out loud. */
export const DEFAULT_NETWORK: NetworkId = networkIds[0]!;

export interface NetworkChoice {
  network: NetworkId;
  from: ScoredPost['networkFrom'];
  note?: string;
}

export function chooseNetwork(rowName: string | undefined, override: NetworkId | undefined): NetworkChoice {
  if (override) return { network: override, from: 'option' };
  if (rowName === undefined) return { network: DEFAULT_NETWORK, from: 'default' };
  const resolved = resolveNetworkName(rowName);
  if (resolved.ok) return { network: resolved.id, from: 'row' };
  const fallback = `scored with ${networkLabel(DEFAULT_NETWORK)}'s limits; choose another with --network`;
  const knownLabels = networkIds.map(networkLabel).join(', ');
  const note =
    resolved.reason === 'several'
      ? `network ${quote(rowName)} names more than one network (${resolved.ids.map((id) => networkLabel(id)).join(', ')}); ${fallback}`
      : `network ${quote(rowName)} is not one Rapport knows (${knownLabels}); ${fallback}`;
  return { network: DEFAULT_NETWORK, from: 'default', note };
}
