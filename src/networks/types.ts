// What the registry says about a network. Plain data: no DOM, no browser API, no engine code, so
// the worker, the options page, the CLI, the build (vite.config.ts) and tests all read the same list.

import type { LengthCounting, Limits } from '../engine';

/** The limits that count entities; length is per composer kind. */
export type CountLimits = Omit<Limits, 'length'>;

/**
 * A keyboard shortcut that sends from inside a composer: "mod+Enter" is Ctrl+Enter (⌘+Enter on a
 * Mac); "Enter" is Enter alone (Shift+Enter then starts a new line, as on Facebook's comments).
 */
export type SendKey = 'Enter' | 'mod+Enter';

/**
 * How a person sends what they wrote in a kind of composer. Private history (issue 14) records a
 * post only when one of these was used while a scored draft was in the composer, and the composer
 * then emptied or went away: a draft cleared by hand or a dialog closed without sending is no post.
 */
export interface SendSpec {
  /** Selector of the site's send buttons for this kind ("Post", "Reply", "Comment"); a press on anything inside one counts. */
  readonly button: string;
  /** Shortcuts that send from inside the composer; none where the site has none. */
  readonly keys: readonly SendKey[];
}

export interface ComposerSpec {
  /** How people call this kind of composer: "Post", "Comment". */
  readonly label: string;
  /** CSS selector for this kind's editable element, complete on its own (it also finds the composer). */
  readonly selector: string;
  /** The network's own length limit for this kind (in the network's length unit), and any norm that differs from the network's. */
  readonly limits: { readonly length: number } & Partial<CountLimits>;
  /** How a draft in this kind of composer is sent. */
  readonly send: SendSpec;
}

export interface NetworkSpec {
  /** Lowercase key in preset files, policy, stored settings, messages and `--network`. Never changes once shipped. */
  readonly id: string;
  /** Full name for the options page and the popup: "X (Twitter)". */
  readonly label: string;
  /** Short name inside other labels: "X post: Hashtags", "Length (as X counts it)". */
  readonly shortLabel: string;
  /** Other names people use in calendars and on the command line ("Twitter", "Facebook Page"); see resolveNetworkName. */
  readonly aliases: readonly string[];
  /** Host names coached out of the box (https only); the manifest's content-script matches come from these. */
  readonly hosts: readonly string[];
  /**
   * Set when the network runs on hosts nobody can list in advance (Mastodon: any instance). The user
   * adds their host in the options page and the extension asks for it then, with permissions.request;
   * the manifest only declares that such hosts may be requested.
   */
  readonly userHosts?: { readonly label: string; readonly example: string };
  /** How the network counts a post's length. */
  readonly length: LengthCounting;
  /** Neutral's norms for entity counts on this network (a composer kind may refine them). */
  readonly limits: CountLimits;
  /**
   * The composers Rapport coaches, by kind, from the broadest (the network's main composer, first:
   * the default kind) to the narrowest; an element is of the last kind whose selector it matches.
   */
  readonly composers: Readonly<Record<string, ComposerSpec>>;
  /**
   * Selectors of private-message composers (DMs, chat) or of the conversations around them. They are
   * coached only when the user turns coaching private messages on, even where a composer selector matches.
   */
  readonly privateComposers: readonly string[];
  /** Paths of pages that hold only private conversations ("/messages" and everything under it). */
  readonly privatePaths: readonly string[];
}

/**
 * What a network's content script gets of its registry entry, inlined as data: only what its
 * adapter reads (which elements are composers, of which kind, how they send, which are private),
 * worked out at build time. Labels for people, hosts, length units and limits stay in the worker
 * and the pages.
 */
export interface ContentSpec {
  readonly id: string;
  readonly shortLabel: string;
  /** Each kind's selector and send shortcuts, broadest kind first, as in the registry. */
  readonly composers: Readonly<Record<string, { readonly selector: string; readonly sendKeys: readonly SendKey[] }>>;
  /** Every kind's send buttons, as one selector. */
  readonly sendButton: string;
  readonly privateComposers: readonly string[];
  readonly privatePaths: readonly string[];
}
