// JSONL: one JSON object per line, the post in a "text" field (or another post field such as
// "message", or the one --column names); every other field is echoed back. Each line is read on
// its own, so a bad line is one error record and the next line is read as if nothing happened.

import { findNamedColumn, findNetworkColumn, findPostColumn, POST_WORDS } from './columns';
import { isOverlong, type Line } from './lines';
import type { InputRecord, RecordReader } from './records';

/** Real records nest a few levels; deeper ones would exhaust the stack when echoed, so they are refused up front. */
export const MAX_RECORD_DEPTH = 64;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/** True when brackets outside strings nest deeper than `limit`. One pass, no recursion. */
export function nestsDeeperThan(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const code = json.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

/** Records of one file mostly share their keys; which key is the post and which the network is worked out once per set of keys. */
const MAX_REMEMBERED_KEY_SETS = 64;

export function createJsonLinesReader(column: string | undefined, maxLineLength: number): RecordReader {
  const fieldsByKeys = new Map<string, { postKey: string | undefined; networkKey: string | undefined }>();
  function fieldsOf(keys: string[]) {
    const signature = keys.join('\u0000');
    let found = fieldsByKeys.get(signature);
    if (!found) {
      const postIndex = column !== undefined ? findNamedColumn(keys, column) : findPostColumn(keys);
      const networkIndex = findNetworkColumn(keys);
      found = { postKey: postIndex === undefined ? undefined : keys[postIndex], networkKey: networkIndex === undefined ? undefined : keys[networkIndex] };
      if (fieldsByKeys.size >= MAX_REMEMBERED_KEY_SETS) fieldsByKeys.clear();
      fieldsByKeys.set(signature, found);
    }
    return found;
  }
  const postFieldDescription = column !== undefined ? `a "${column}" field` : `a post field (${POST_WORDS.map((word) => `"${word}"`).join(', ')})`;

  function readLine(line: Line): InputRecord | undefined {
    if (isOverlong(line)) {
      return { line: line.number, error: `line ${line.number}: ${line.overlong} characters long; records are limited to ${maxLineLength}` };
    }
    let content = line.text.endsWith('\r') ? line.text.slice(0, -1) : line.text;
    if (line.number === 1 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    if (content.trim() === '') return undefined;
    if (nestsDeeperThan(content, MAX_RECORD_DEPTH)) {
      return { line: line.number, error: `line ${line.number}: nested more than ${MAX_RECORD_DEPTH} levels deep` };
    }
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      return { line: line.number, error: `line ${line.number}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { line: line.number, error: `line ${line.number}: expected a JSON object with ${postFieldDescription}, got ${describe(value)}` };
    }
    const fields = value as Record<string, unknown>;
    const keys = Object.keys(fields);
    const { postKey, networkKey } = fieldsOf(keys);
    if (postKey === undefined) return { line: line.number, error: `line ${line.number}: no post text: expected ${postFieldDescription}` };
    const text = fields[postKey];
    if (typeof text !== 'string') {
      return { line: line.number, error: `line ${line.number}: "${postKey}" must be text, got ${describe(text)}` };
    }
    // fromEntries defines properties, so a "__proto__" field is echoed as data and sets no prototype.
    const echo = Object.fromEntries(keys.filter((key) => key !== postKey).map((key) => [key, fields[key]]));
    const networkValue = networkKey === undefined ? undefined : fields[networkKey];
    return {
      line: line.number,
      text,
      echo,
      ...(typeof networkValue === 'string' ? { networkName: networkValue } : {}),
    };
  }

  return {
    read(lines) {
      const records: InputRecord[] = [];
      for (const line of lines) {
        const record = readLine(line);
        if (record) records.push(record);
      }
      return records;
    },
    end: () => [],
  };
}
