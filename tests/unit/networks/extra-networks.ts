// Two made-up networks for the derivation tests: one on fixed hosts with two composer kinds and
// its own length unit, one on hosts the user picks (like Mastodon).
import type { NetworkSpec } from '../../../src/networks';

export const EXTRA_NETWORKS = [
  {
    id: 'examplenet',
    label: 'Example Net',
    shortLabel: 'Example',
    aliases: ['Example Social'],
    hosts: ['social.example', 'www.social.example'],
    length: { unit: 'graphemes', linkLength: 23 },
    limits: { hashtags: 4, links: 1, mentions: 3 },
    composers: {
      post: { label: 'Post', selector: '.example-post[contenteditable="true"]', limits: { length: 300 }, send: { button: '.example-send', keys: ['mod+Enter'] } },
      reply: { label: 'Reply', selector: '.example-reply[contenteditable="true"]', limits: { length: 120, hashtags: 0 }, send: { button: '.example-send', keys: ['Enter'] } },
    },
    privateComposers: ['.example-dm'],
    privatePaths: [],
  },
  {
    id: 'fedinet',
    label: 'Fedinet',
    shortLabel: 'Fedinet',
    aliases: [],
    hosts: [],
    userHosts: { label: 'your Fedinet server', example: 'fedi.example' },
    length: { unit: 'code-points', linkLength: 23 },
    limits: { hashtags: 2, links: 2, mentions: 5 },
    composers: { post: { label: 'Post', selector: 'textarea.fedi-compose', limits: { length: 500 }, send: { button: 'button.fedi-publish', keys: ['mod+Enter'] } } },
    privateComposers: [],
    privatePaths: [],
  },
] as const satisfies readonly NetworkSpec[];
