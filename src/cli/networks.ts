// Which network a calendar row is for. Exports name it in free text ("Twitter", "X (formerly
// Twitter)", "Facebook Page"); the engine wants an id. The registry owns the names and how they
// are matched; this file only phrases the answer for the CLI's notes and errors.

import { matchNetworkName, network, networkIds, networks, type NetworkId } from '../networks';

export type NetworkResolution = { ok: true; id: NetworkId } | { ok: false; reason: 'unknown' } | { ok: false; reason: 'several'; ids: NetworkId[] };

export function resolveNetworkName(value: string): NetworkResolution {
  const match = matchNetworkName(value);
  if (!match) return { ok: false, reason: 'unknown' };
  return 'id' in match ? { ok: true, id: match.id } : { ok: false, reason: 'several', ids: match.several };
}

/** How reports name a network: "X", "Facebook". */
export function networkLabel(id: NetworkId): string {
  return network(id).shortLabel;
}

/** Every name the registry answers to, for "did you mean" suggestions. */
export function networkNames(): string[] {
  return networks.flatMap((spec) => [spec.id, spec.shortLabel, ...spec.aliases]);
}

export { networkIds };
