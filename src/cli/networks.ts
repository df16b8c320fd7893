// Which network a calendar row is for. Exports name it in free text ("Twitter", "X (formerly
// Twitter)", "Facebook Page"); the engine wants an id. The ids and the names people write for
// them live in this one table until the network registry replaces it: at that merge,
// `resolveNetworkName` becomes a call to the registry's resolver and NETWORKS its list.

import type { Network } from '../engine';

export interface NetworkNames {
  id: Network;
  /** How people see the network named in reports. */
  label: string;
  /** Names as exports and people write them, compared after `normaliseName`. */
  aliases: readonly string[];
}

export const NETWORKS: readonly NetworkNames[] = [
  { id: 'x', label: 'X', aliases: ['x', 'twitter', 'x twitter', 'twitter x', 'x formerly twitter', 'x com', 'twitter com', 'tweet'] },
  {
    id: 'facebook',
    label: 'Facebook',
    aliases: ['facebook', 'fb', 'facebook page', 'facebook pages', 'facebook profile', 'facebook group', 'facebook com', 'meta'],
  },
];

export type NetworkResolution =
  | { ok: true; id: Network }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'several'; ids: Network[] };

/** Case, punctuation and spacing do not matter: "X (Twitter)" and "x-twitter" are the same name. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A network id for a free-text name: an exact alias, else the one network whose name appears as a
 * word ("Twitter ads account" is X). A cell naming two networks ("Facebook, Twitter") is not
 * guessed between; neither is a name nobody listed ("LinkedIn").
 */
export function resolveNetworkName(value: string, known: readonly NetworkNames[] = NETWORKS): NetworkResolution {
  const name = normaliseName(value);
  const exact = known.find((network) => network.aliases.includes(name));
  if (exact) return { ok: true, id: exact.id };
  const words = new Set(name.split(' '));
  const named = known.filter((network) => network.aliases.some((alias) => !alias.includes(' ') && alias.length > 1 && words.has(alias)));
  if (named.length === 1 && named[0]) return { ok: true, id: named[0].id };
  if (named.length > 1) return { ok: false, reason: 'several', ids: named.map((network) => network.id) };
  return { ok: false, reason: 'unknown' };
}

export function networkLabel(id: Network, known: readonly NetworkNames[] = NETWORKS): string {
  return known.find((network) => network.id === id)?.label ?? id;
}

export const networkIds = (known: readonly NetworkNames[] = NETWORKS): Network[] => known.map((network) => network.id);
