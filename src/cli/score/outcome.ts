// One input record after scoring: a scored (or declined) post with the network it was scored
// for, or a record that could not be read. Every output format writes these, in input order.

import type { Report } from '../../engine';
import type { NetworkId } from '../../networks';
import type { PostRecord, UnreadableRecord } from '../input/records';

export interface ScoredPost extends Omit<PostRecord, 'networkName'> {
  network: NetworkId;
  /** Where the network came from: --network, the row's own network column, or the default. */
  networkFrom: 'option' | 'row' | 'default';
  /** Things the reader should know about this row that are not hints, e.g. a network Rapport does not know. */
  notes: string[];
  /** Scored, or declined ('nothing-to-score', 'not-english') with a message and no scores. */
  report: Report;
}

/** An unreadable record goes out as it came in: its line and why. */
export type UnreadablePost = UnreadableRecord;

export type Outcome = ScoredPost | UnreadablePost;

export const isUnreadablePost = (outcome: Outcome): outcome is UnreadablePost => 'error' in outcome;
