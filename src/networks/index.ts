// Everything the rest of Rapport needs to know about networks, derived from the registry.
// Import from here, never from registry.ts, so every consumer reads the same derivations.

import type { LengthCounting, Limits } from '../engine';
import { NETWORKS } from './registry';
import type { ComposerSpec, NetworkSpec } from './types';

export type { ComposerSpec, ContentSpec, CountLimits, NetworkSpec, SendKey, SendSpec } from './types';

export type NetworkId = (typeof NETWORKS)[number]['id'];

/** Every network, in the registry's order (the order of toggles, limits and help text). */
export const networks: readonly NetworkSpec[] = NETWORKS;
// Pure: a content script that imports this module only for types or a guard drops the whole list.
export const networkIds = /* @__PURE__ */ NETWORKS.map((entry) => entry.id) as readonly NetworkId[];

/**
 * One value per network, keyed by id. Marked free of side effects so that a bundle which only
 * declares such a record at top level (a schema the content script never runs) drops the registry.
 */
/* @__NO_SIDE_EFFECTS__ */
export function perNetwork<T>(make: (id: NetworkId) => T): Record<NetworkId, T> {
  return Object.fromEntries(networkIds.map((id) => [id, make(id)])) as Record<NetworkId, T>;
}

export function isNetworkId(value: unknown): value is NetworkId {
  return typeof value === 'string' && (networkIds as readonly string[]).includes(value);
}

export function network(id: NetworkId): NetworkSpec {
  const found = networks.find((entry) => entry.id === id);
  if (!found) throw new Error(`no network "${id}" in the registry`);
  return found;
}

/** The composer kinds of a network, broadest (the default) first. */
export function composerKinds(id: NetworkId): readonly string[] {
  return Object.keys(network(id).composers);
}

/** The kind a composer is when nothing narrower applies, and the one the CLI scores for: "post". */
export function defaultComposerKind(id: NetworkId): string {
  return composerKinds(id)[0]!;
}

export function isComposerKind(id: NetworkId, kind: string): boolean {
  return Object.hasOwn(network(id).composers, kind);
}

export function composer(id: NetworkId, kind: string): ComposerSpec {
  const found = isComposerKind(id, kind) ? network(id).composers[kind] : undefined;
  if (!found) throw new Error(`network "${id}" has no "${kind}" composer`);
  return found;
}

/** The network's own limits for one kind of composer: what Neutral holds a draft to. */
export function defaultLimits(id: NetworkId, kind: string): Limits {
  const spec = network(id);
  return { ...spec.limits, ...composer(id, kind).limits };
}

export function lengthCounting(id: NetworkId): LengthCounting {
  return network(id).length;
}

/** "X post", or just "Facebook" where the network has one kind of composer. */
export function composerLabel(id: NetworkId, kind: string): string {
  const spec = network(id);
  return Object.keys(spec.composers).length === 1 ? spec.shortLabel : `${spec.shortLabel} ${composer(id, kind).label.toLowerCase()}`;
}

/** Lowercase letters and digits only, accents dropped: "Facebook Page" → "facebookpage". */
function squash(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** A name shorter than this is only recognised whole ("X"), never as the start of a longer one ("Xing"). */
const MIN_PREFIX_NAME = 3;

export type NetworkNameMatch = { id: NetworkId } | { several: NetworkId[] } | undefined;

/**
 * The network a free-text name means, as calendars and people write it: "X", "Twitter",
 * "X (formerly Twitter)", "twitter.com", "Facebook Page", "FACEBOOKPAGE", "fb", "Twitter ads
 * account". A name or host the registry knows wins outright; otherwise the text must contain the
 * name (at least three letters long) of exactly one network. Text naming several ("Facebook,
 * Twitter") says which; nothing known gives undefined.
 */
export function matchNetworkName(name: string): NetworkNameMatch {
  const wanted = squash(name);
  if (wanted === '') return undefined;
  const namesOf = (spec: NetworkSpec) => [spec.id, spec.label, spec.shortLabel, ...spec.aliases].map(squash);
  const exact = NETWORKS.find((spec) => namesOf(spec).includes(wanted) || spec.hosts.some((host) => squash(host) === wanted));
  if (exact) return { id: exact.id };
  const longNames = (spec: NetworkSpec) => namesOf(spec).filter((known) => known.length >= MIN_PREFIX_NAME);
  const mentioned = NETWORKS.filter((spec) => longNames(spec).some((known) => wanted.includes(known))).map((spec) => spec.id);
  if (mentioned.length === 1) return { id: mentioned[0]! };
  return mentioned.length > 1 ? { several: mentioned } : undefined;
}

/** The one network a name means, or undefined when it means none or several. */
export function resolveNetworkName(name: string): NetworkId | undefined {
  const match = matchNetworkName(name);
  return match && 'id' in match ? match.id : undefined;
}
