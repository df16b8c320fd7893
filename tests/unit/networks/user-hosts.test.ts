// What people type as their Mastodon server, and what Rapport makes of it before asking the browser.
import { describe, expect, it } from 'vitest';
import { hostPattern, normalizeHost, userHostedNetworks } from '../../../src/networks/user-hosts';
import { loadUserHosts, saveUserHosts } from '../../../src/storage';
import { fakeArea } from '../storage/fake-area';

describe('normalizeHost', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://mastodon.social/home', 'mastodon.social'],
    ['https://mastodon.social/@ada/123', 'mastodon.social'],
    ['@ada@fosstodon.org', 'fosstodon.org'],
    ['ada@hachyderm.io', 'hachyderm.io'],
    ['social.bäckerei.de', 'social.xn--bckerei-5wa.de'],
  ])('%j → %s', (input, host) => {
    expect(normalizeHost(input)).toEqual({ ok: true, host });
  });

  it.each([[''], ['http://mastodon.social'], ['mastodon.social:8443'], ['https://user:pw@mastodon.social'], ['localhost'], ['10.0.0.1'], ['[::1]'], ['*.social'], ['not a host'], ['ftp://files.example']])('%j is refused with a reason', (input) => {
    const result = normalizeHost(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });

  it('asks for https on that one host, every path', () => {
    expect(hostPattern('mastodon.social')).toBe('https://mastodon.social/*');
    expect(userHostedNetworks.map((spec) => spec.id)).toEqual(['mastodon']);
  });
});

describe('stored servers', () => {
  it('are kept per network, without duplicates, and anything unreadable is dropped rather than thrown', async () => {
    const local = fakeArea();
    await saveUserHosts(local, 'mastodon', ['mastodon.social', 'fosstodon.org', 'mastodon.social']);
    expect(await loadUserHosts(local)).toEqual({ mastodon: ['fosstodon.org', 'mastodon.social'] });
    await local.set({ userHosts: { mastodon: ['http://evil.example/x'] } });
    expect(await loadUserHosts(local)).toEqual({});
    await local.set({ userHosts: { myspace: ['myspace.com'] } });
    expect(await loadUserHosts(local)).toEqual({});
  });
});
