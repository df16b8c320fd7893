// Loads the labelled posts in ../shared/data (outside the project; never copied into it).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = path.resolve(projectRoot, '../shared/data');

export interface CorporateRow {
  id: string;
  account: string;
  label: 'Information' | 'Action' | 'Dialogue';
  text: string;
}
export interface PeopleRow {
  id: string;
  label: 'person' | 'brand';
  text: string;
}
export interface CareRow {
  id: string;
  brand: string;
  text: string;
}

export interface LabelledData {
  corporate: CorporateRow[];
  people: PeopleRow[];
  care: CareRow[];
}

const FILES = {
  corporate: 'corporate_messaging.dev.jsonl',
  people: 'people_vs_brands.dev.jsonl',
  care: 'care_replies.dev.jsonl',
} as const;

export function hasLabelledData(): boolean {
  return Object.values(FILES).every((file) => existsSync(path.join(dataDir, file)));
}

export function loadLabelledData(): LabelledData {
  const read = <T>(file: string): T[] =>
    readFileSync(path.join(dataDir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as T);
  return { corporate: read<CorporateRow>(FILES.corporate), people: read<PeopleRow>(FILES.people), care: read<CareRow>(FILES.care) };
}

/** The data's shortcuts removed: leading @handles, links and "!" (README: they must not carry the score). */
export function stripShortcuts(text: string): string {
  return text
    .replace(/^(?:\s*[@＠]\w+)+\s*/u, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[!！]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
