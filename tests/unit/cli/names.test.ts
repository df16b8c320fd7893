// Free-text names in exports: which column holds the posts, which the network, and which network a cell means.
import { describe, expect, it } from 'vitest';
import { findNamedColumn, findNetworkColumn, findPostColumn, nameWords } from '../../../src/cli/input/columns';
import { networkLabel, resolveNetworkName } from '../../../src/cli/networks';
import { networkIds } from '../../../src/networks';
import { chooseNetwork } from '../../../src/cli/score/network-choice';

describe('post and network columns', () => {
  it.each([
    [['Date', 'Network', 'Message', 'Link'], 2, 1],
    [['Text', 'Image URL', 'Tags', 'Posting Time'], 0, undefined],
    [['date', 'time_24hr', 'message_text', 'link'], 2, undefined],
    [['Social Profile', 'Profile Type', 'Caption', 'Media URL'], 2, 1],
    [['Post ID', 'Post Type', 'Linked Content', 'Post', 'Channel'], 3, 4],
    [['postText', 'platform'], 0, 1],
    [['Message (required)', 'Social network'], 0, 1],
    [['Caption', 'Text'], 1, undefined],
    [['Content Type', 'Body copy'], 1, undefined],
    [['Date', 'Time'], undefined, undefined],
  ])('%j → posts in column %s, networks in %s', (header, post, network) => {
    expect(findPostColumn(header)).toBe(post);
    expect(findNetworkColumn(header)).toBe(network);
  });

  it('splits names into words the way people write them', () => {
    expect(nameWords('Message (required)')).toEqual(['message']);
    expect(nameWords('message_text')).toEqual(['message', 'text']);
    expect(nameWords('tweetText')).toEqual(['tweet', 'text']);
  });

  it('--column matches exactly, then ignoring case, spaces and underscores', () => {
    expect(findNamedColumn(['text', 'Text'], 'Text')).toBe(1);
    expect(findNamedColumn(['message_text'], 'Message Text')).toBe(0);
    expect(findNamedColumn(['Message'], 'Body')).toBeUndefined();
  });
});

describe('network names', () => {
  it.each([
    ['Twitter', 'x'],
    ['X', 'x'],
    ['x (formerly Twitter)', 'x'],
    ['Twitter/X', 'x'],
    ['TWITTER ads account', 'x'],
    ['Facebook Page', 'facebook'],
    ['facebook', 'facebook'],
    ['FB', 'facebook'],
    [' Meta ', 'facebook'],
    ['LinkedIn', 'linkedin'],
    ['LinkedIn Company Page', 'linkedin'],
    ['LI', 'linkedin'],
    ['Bluesky', 'bluesky'],
    ['bsky.app', 'bluesky'],
    ['Mastodon', 'mastodon'],
    ['mastodon.social', 'mastodon'],
    ['Fediverse', 'mastodon'],
    ['Threads', 'threads'],
    ['threads.net', 'threads'],
    ['Instagram', 'instagram'],
    ['Instagram Business', 'instagram'],
    ['IG', 'instagram'],
  ])('%j is %s', (name, id) => {
    expect(resolveNetworkName(name)).toEqual({ ok: true, id });
  });

  it.each(['TikTok', 'YouTube', 'Pinterest', 'Xing', 'Lin', ''])('%j is not guessed', (name) => {
    expect(resolveNetworkName(name)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('a cell naming two networks is not guessed between', () => {
    expect(resolveNetworkName('Facebook, Twitter')).toEqual({ ok: false, reason: 'several', ids: ['x', 'facebook'] });
    expect(resolveNetworkName('Instagram + Threads')).toEqual({ ok: false, reason: 'several', ids: ['threads', 'instagram'] });
  });

  it('--network wins over the row; an unknown row falls back to the default with a note naming every network', () => {
    expect(chooseNetwork('Facebook', 'x')).toEqual({ network: 'x', from: 'option' });
    expect(chooseNetwork(undefined, undefined)).toEqual({ network: 'x', from: 'default' });
    expect(chooseNetwork('LinkedIn', undefined)).toEqual({ network: 'linkedin', from: 'row' });
    const known = networkIds.map(networkLabel).join(', ');
    expect(known).toBe('X, Facebook, LinkedIn, Bluesky, Mastodon, Threads, Instagram');
    expect(chooseNetwork('TikTok', undefined)).toEqual({
      network: 'x',
      from: 'default',
      note: `network "TikTok" is not one Rapport knows (${known}); scored with X's limits; choose another with --network`,
    });
  });
});
