// Linear phrase matching over the document's words: a trie of lower-case word sequences.
// Built-in lexicons and preset phrases share it, so nothing a preset says ever becomes a regular
// expression. Matches stay inside one sentence, never cross a mention, hashtag or link, and take
// the longest phrase at each position, left to right, without overlaps.

import { phraseKeys, type Document } from './document';
import type { TextRange } from './types';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseIndex<T> {
  root: TrieNode<T>;
}

export interface PhraseMatch<T> {
  /** Every value registered for the matched phrase (one phrase may sit in several lists). */
  values: T[];
  firstWord: number;
  lastWord: number;
  range: TextRange;
}

export function buildPhraseIndex<T>(items: Iterable<{ phrase: string; value: T }>): PhraseIndex<T> {
  const root: TrieNode<T> = { next: new Map(), values: [] };
  for (const { phrase, value } of items) {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) continue;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }
  return { root };
}

export function matchPhrases<T>(doc: Document, index: PhraseIndex<T>): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const { words } = doc;
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (first.entity !== undefined || first.signOff) {
      i++;
      continue;
    }
    let node = index.root.next.get(first.key);
    let longest: { last: number; values: T[] } | undefined;
    let j = i;
    while (node) {
      if (node.values.length > 0) longest = { last: j, values: node.values };
      if (!words[j]!.joinsNext) break;
      j++;
      node = node.next.get(words[j]!.key);
    }
    if (longest) {
      matches.push({ values: longest.values, firstWord: i, lastWord: longest.last, range: { start: first.start, end: words[longest.last]!.end } });
      i = longest.last + 1;
    } else {
      i++;
    }
  }
  return matches;
}
