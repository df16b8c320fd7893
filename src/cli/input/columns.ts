// Which column holds the post and which the network, from the names real exports use:
// Hootsuite "Message", Buffer "Text", Sprout Social "message_text", Later "Caption", spreadsheets
// "Post", "Copy", "Tweet text". A name counts when every word of it is one of the post words, so
// "Post text" is the post but "Post ID", "Content type" and "Linked content" are not.

/** In order of preference when a header has more than one (a "Text" beats a "Caption"). */
export const POST_WORDS = ['text', 'message', 'post', 'content', 'caption', 'body', 'copy', 'tweet'] as const;

export const NETWORK_COLUMN_NAMES = [
  'network',
  'social network',
  'network name',
  'network type',
  'channel',
  'social channel',
  'channel type',
  'platform',
  'social platform',
  'profile type',
] as const;

/** "Message (required)", "message_text", "postText" → ["message"], ["message", "text"], ["post", "text"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const postRank = (name: string): number | undefined => {
  const words = nameWords(name);
  if (words.length === 0 || !words.every((word) => (POST_WORDS as readonly string[]).includes(word))) return undefined;
  return Math.min(...words.map((word) => (POST_WORDS as readonly string[]).indexOf(word)));
};

/** Index of the column holding the posts, or undefined. */
export function findPostColumn(names: readonly string[]): number | undefined {
  let best: { index: number; rank: number } | undefined;
  names.forEach((name, index) => {
    const rank = postRank(name);
    if (rank !== undefined && (!best || rank < best.rank)) best = { index, rank };
  });
  return best?.index;
}

export function findNetworkColumn(names: readonly string[]): number | undefined {
  const index = names.findIndex((name) => (NETWORK_COLUMN_NAMES as readonly string[]).includes(nameWords(name).join(' ')));
  return index === -1 ? undefined : index;
}

/** `--column NAME`: the exact name, else the same words ignoring case, spaces and underscores. */
export function findNamedColumn(names: readonly string[], requested: string): number | undefined {
  const exact = names.indexOf(requested);
  if (exact !== -1) return exact;
  const wanted = nameWords(requested).join(' ');
  const index = names.findIndex((name) => nameWords(name).join(' ') === wanted);
  return index === -1 ? undefined : index;
}
