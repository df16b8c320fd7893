// The parts of twitter-text 3 (no published types) that Rapport uses.
declare module 'twitter-text' {
  export interface EntityWithIndices {
    indices: [number, number];
    screenName?: string;
    listSlug?: string;
    hashtag?: string;
    url?: string;
    cashtag?: string;
  }
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  /** The weighting parseTweet applies (configs.defaults is version 3). */
  export interface WeightingConfig {
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled: boolean;
    transformedURLLength: number;
    ranges: Array<{ start: number; end: number; weight: number }>;
  }
  export function extractEntitiesWithIndices(text: string): EntityWithIndices[];
  export function extractUrlsWithIndices(text: string): EntityWithIndices[];
  export function extractMentionsOrListsWithIndices(text: string): EntityWithIndices[];
  export function extractHashtagsWithIndices(text: string, options?: { checkUrlOverlap?: boolean }): EntityWithIndices[];
  export function extractCashtagsWithIndices(text: string): EntityWithIndices[];
  /** Sorts the entities by start and removes each one overlapping an earlier one, in place. */
  export function removeOverlappingEntities(entities: EntityWithIndices[]): void;
  export function parseTweet(text: string): ParsedTweet;
  const twitterText: {
    extractEntitiesWithIndices: typeof extractEntitiesWithIndices;
    extractUrlsWithIndices: typeof extractUrlsWithIndices;
    extractMentionsOrListsWithIndices: typeof extractMentionsOrListsWithIndices;
    extractHashtagsWithIndices: typeof extractHashtagsWithIndices;
    extractCashtagsWithIndices: typeof extractCashtagsWithIndices;
    removeOverlappingEntities: typeof removeOverlappingEntities;
    parseTweet: typeof parseTweet;
    configs: { defaults: WeightingConfig };
  };
  export default twitterText;
}

// The emoji pattern twitter-text's parseTweet counts with (twemoji-parser 11, no published types).
// A CommonJS module setting `exports.default`: bundlers hand over the pattern, Node the exports object.
declare module 'twemoji-parser/dist/lib/regex' {
  const pattern: RegExp | { default: RegExp };
  export default pattern;
}
