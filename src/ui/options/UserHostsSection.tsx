import { useEffect, useState } from 'preact/hooks';
import type { NetworkId, NetworkSpec } from '../../networks';
import { hostPattern, normalizeHost, userHostedNetworks } from '../../networks/user-hosts';
import { loadUserHosts, type UserHosts } from '../../storage';
import type { ExtensionStorage } from '../components/storage-areas';

/** What this section needs of the browser; the page passes the real APIs, tests fakes. */
export interface HostAccess {
  /** permissions.request: must run within the user's click, or the browser will not ask. */
  request(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  /** Asks the worker to store the host and register the content script there; resolves with an error message, or null. */
  add(network: NetworkId, host: string): Promise<string | null>;
  remove(network: NetworkId, host: string): Promise<string | null>;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/**
 * One block per network on servers of the user's choice (Mastodon): add a server, which asks the
 * browser for that host at that moment (never at install), see each server's state, remove one.
 */
export function UserHostsSection({ storage, access }: { storage: ExtensionStorage; access: HostAccess }) {
  const [hosts, setHosts] = useState<UserHosts>({});
  const [allowed, setAllowed] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let live = true;
    const read = async (): Promise<void> => {
      const stored = await loadUserHosts(storage.local);
      const entries = await Promise.all(Object.values(stored).flatMap((list) => list ?? []).map(async (host) => [host, await access.contains([hostPattern(host)])] as const));
      if (live) {
        setHosts(stored);
        setAllowed(Object.fromEntries(entries));
      }
    };
    void read();
    const stop = storage.onChanged(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, [storage, access]);

  if (userHostedNetworks.length === 0) return null;
  return (
    <>
      {userHostedNetworks.map((spec) => (
        <NetworkHosts key={spec.id} spec={spec} hosts={hosts[spec.id as NetworkId] ?? []} allowed={allowed} access={access} />
      ))}
    </>
  );
}

function NetworkHosts({ spec, hosts, allowed, access }: { spec: NetworkSpec; hosts: string[]; allowed: Record<string, boolean>; access: HostAccess }) {
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const id = spec.id as NetworkId;
  const inputId = `user-host-${id}`;

  /** Asks the browser for the host (in the user's click), then has the worker start coaching there. */
  async function grantAndAdd(input: string): Promise<void> {
    const parsed = normalizeHost(input);
    if (!parsed.ok) return setStatus({ tone: 'error', text: parsed.error });
    const { host } = parsed;
    let granted: boolean;
    try {
      granted = await access.request([hostPattern(host)]);
    } catch (error) {
      return setStatus({ tone: 'error', text: `Your browser did not ask: ${(error as Error).message}` });
    }
    if (!granted) return setStatus({ tone: 'error', text: `Not added: Rapport needs your permission to read ${host}.` });
    const error = await access.add(id, host);
    if (error) return setStatus({ tone: 'error', text: `Not added: ${error}` });
    setValue('');
    setStatus({ tone: 'ok', text: `Rapport now coaches on ${host}. Reload any ${host} tab that was already open.` });
  }

  async function remove(host: string): Promise<void> {
    const error = await access.remove(id, host);
    setStatus(error ? { tone: 'error', text: `Not removed: ${error}` } : { tone: 'ok', text: `Rapport no longer reads ${host}.` });
  }

  return (
    <section aria-labelledby={`${inputId}-title`} data-testid={`user-hosts-${id}`}>
      <h2 id={`${inputId}-title`}>{spec.label} servers</h2>
      <p class="hint-text">
        {spec.label} runs on many servers. Add {spec.userHosts!.label} and your browser asks you to let Rapport read that one site; Rapport asks for
        nothing else.
      </p>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          // Only the user's own click or Enter may ask for a permission.
          if (event.isTrusted) void grantAndAdd(value);
        }}
      >
        <label for={inputId}>Server</label>{' '}
        <input id={inputId} data-testid={`user-host-input-${id}`} type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder={spec.userHosts!.example} value={value} onInput={(event) => setValue(event.currentTarget.value)} />{' '}
        <button type="submit" data-testid={`user-host-add-${id}`}>
          Add server
        </button>
      </form>
      <p class={`status${status ? ` ${status.tone}` : ''}`} role="status" aria-live="polite" data-testid={`user-host-status-${id}`}>
        {status?.text ?? ''}
      </p>
      {hosts.length > 0 && (
        <ul class="host-list" data-testid={`user-host-list-${id}`}>
          {hosts.map((host) => (
            <li key={host} data-host={host}>
              <strong>{host}</strong>{' '}
              {allowed[host] ? (
                <span class="hint-text">coached</span>
              ) : (
                <>
                  <span class="hint-text">not allowed in your browser</span>{' '}
                  <button type="button" onClick={(event) => event.isTrusted && void grantAndAdd(host)}>
                    Allow
                  </button>
                </>
              )}{' '}
              <button type="button" data-testid={`user-host-remove-${host}`} onClick={(event) => event.isTrusted && void remove(host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
