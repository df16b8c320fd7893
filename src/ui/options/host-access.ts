import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DoneReplySchema } from '../../messages';
import type { HostAccess } from './UserHostsSection';

async function ask(message: object): Promise<string | null> {
  const reply = v.safeParse(DoneReplySchema, await browser.runtime.sendMessage(message));
  if (!reply.success) return 'Rapport’s worker gave no answer; try again.';
  return reply.output.ok ? null : reply.output.error;
}

/** The browser's permissions API and the worker, for the options page's server list. */
export function browserHostAccess(): HostAccess {
  return {
    request: (origins) => browser.permissions.request({ origins }),
    contains: (origins) => browser.permissions.contains({ origins }),
    add: (network, host) => ask({ type: 'rapport/add-user-host', network, host }),
    remove: (network, host) => ask({ type: 'rapport/remove-user-host', network, host }),
  };
}
