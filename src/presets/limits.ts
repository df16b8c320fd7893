// A preset's limits are what it changes from each network's own (the registry's): resolving them
// for one composer, and writing changes that apply to every composer of every network.

import type { Limits, Preset, PresetLimits, ScoreContext } from '../engine';
import { composerKinds, defaultComposerKind, defaultLimits, lengthCounting, networkIds, type NetworkId } from '../networks';

/** The limits `preset` holds a draft in this network's `kind` of composer to. */
export function limitsFor(preset: Preset, network: NetworkId, kind: string): Limits {
  const own = preset.limits[network]?.[kind] ?? {};
  const limits = defaultLimits(network, kind);
  for (const key of Object.keys(limits) as Array<keyof Limits>) {
    const value = own[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** What the engine needs to score a draft for this network's composer under `preset`: limits and a length unit, no site name. */
export function scoreContextFor(preset: Preset, network: NetworkId, kind: string = defaultComposerKind(network)): Required<ScoreContext> {
  return { limits: limitsFor(preset, network, kind), length: lengthCounting(network) };
}

/** Preset limits that make the same kind of change on every composer of every network, from that composer's defaults. */
export function onEveryComposer(change: (defaults: Limits) => Partial<Limits>): PresetLimits {
  const limits: PresetLimits = {};
  for (const network of networkIds) {
    limits[network] = {};
    for (const kind of composerKinds(network)) limits[network][kind] = change(defaultLimits(network, kind));
  }
  return limits;
}
