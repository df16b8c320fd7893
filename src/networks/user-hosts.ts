// Hosts the user adds for networks that run on servers nobody can list in advance (Mastodon: any
// instance). Pure helpers shared by the options page (which asks for the host permission) and the
// worker (which registers the content script for granted hosts).

import { networks, type NetworkId } from './index';
import type { NetworkSpec } from './types';

/** The networks whose hosts the user adds in the options page. */
export const userHostedNetworks: readonly NetworkSpec[] = networks.filter((spec) => spec.userHosts !== undefined);

export function isUserHosted(id: NetworkId): boolean {
  return userHostedNetworks.some((spec) => spec.id === id);
}

export type HostInput = { ok: true; host: string } | { ok: false; error: string };

/**
 * A host name from what people paste: "mastodon.social", "https://Mastodon.Social/home",
 * "@ada@mastodon.social" all give "mastodon.social" (punycode for international names). Only public
 * https host names: no IP address, port, path on its own, or wildcard.
 */
export function normalizeHost(input: string): HostInput {
  let text = input.trim();
  // A full handle (@user@server) names its server after the last @.
  if (/^@?[^@\s/]+@[^@\s/]+$/.test(text)) text = text.slice(text.lastIndexOf('@') + 1);
  if (text === '') return { ok: false, error: 'Type your server’s address, such as mastodon.social.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: `“${input.trim()}” is not a server address.` };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'Rapport works only on https:// servers.' };
  if (url.port !== '' || url.username !== '' || url.password !== '') return { ok: false, error: 'Give the server’s name alone, without a port or a login.' };
  const host = url.hostname.toLowerCase();
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host)) {
    return { ok: false, error: `“${host}” is not a public server name.` };
  }
  return { ok: true, host };
}

/** The match pattern (and host permission) for a host: https only, every path. */
export function hostPattern(host: string): string {
  return `https://${host}/*`;
}

/** The id of a network's dynamically registered content script. */
export function userScriptId(id: NetworkId): string {
  return `rapport-user-hosts-${id}`;
}
