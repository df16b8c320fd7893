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
  export function extractEntitiesWithIndices(text: string): EntityWithIndices[];
  export function parseTweet(text: string): ParsedTweet;
  const twitterText: {
    extractEntitiesWithIndices: typeof extractEntitiesWithIndices;
    parseTweet: typeof parseTweet;
  };
  export default twitterText;
}
