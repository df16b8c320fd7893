// Bytes to text. Calendars arrive as UTF-8 (with or without a BOM), as UTF-16 from Excel's
// "Unicode text", or as Windows-1252 from Excel's plain "CSV" on Western Windows. The BOM says
// which when there is one; otherwise the first 64 KiB are checked: strict UTF-8 that decodes is
// UTF-8, zero bytes in every other position are UTF-16, and anything else is Windows-1252.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedInput {
  encoding: TextEncodingName;
  /** The input started with a byte-order mark (which is not part of the text). */
  hadBom: boolean;
  /** Set when the encoding was a guess the user should know about. */
  note?: string;
  text: AsyncGenerator<string>;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1, so 0x80–0x9F come out as C1 controls.
 * These are the WHATWG Encoding Standard's code points for those bytes (index-windows-1252).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));
const C1_RANGE = /[\u0080-\u009f]/g;

interface Decoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

function windows1252Decoder(): Decoder {
  const latin1 = new TextDecoder('latin1');
  return {
    decode: (bytes, options) => latin1.decode(bytes, options).replace(C1_RANGE, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
  };
}

function asBytes(chunk: unknown): Uint8Array {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  throw new TypeError('input stream gave something other than bytes or text');
}

/** Zero bytes mostly at odd offsets: UTF-16LE text of mostly Latin letters; at even offsets: UTF-16BE. */
function utf16WithoutBom(head: Uint8Array): TextEncodingName | undefined {
  const length = Math.min(head.length, 512) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (head[index] === 0) evenZeros += 1;
    if (head[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(head: Uint8Array): boolean {
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function choose(head: Uint8Array): { encoding: TextEncodingName; skip: number; note?: string } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, skip: 0, note: `read as ${utf16.toUpperCase()} (no byte-order mark, but it has the zero bytes of UTF-16 text)` };
  if (isUtf8(head)) return { encoding: 'utf-8', skip: 0 };
  return {
    encoding: 'windows-1252',
    skip: 0,
    note: 'not UTF-8 text; read as Windows-1252, the encoding Excel uses for "CSV (Comma delimited)" on Western Windows. If letters look wrong, save the file as "CSV UTF-8" and run again',
  };
}

/** Decodes a byte stream; `onBytes` hears how many raw bytes were read, for progress. */
export async function decodeInput(source: AsyncIterable<unknown>, onBytes: (count: number) => void = () => undefined): Promise<DecodedInput> {
  const chunks = source[Symbol.asyncIterator]();
  const headParts: Uint8Array[] = [];
  let headLength = 0;
  let finished = false;
  while (headLength < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      finished = true;
      break;
    }
    const bytes = asBytes(next.value);
    onBytes(bytes.length);
    headParts.push(bytes);
    headLength += bytes.length;
  }
  const head = Buffer.concat(headParts, headLength);
  const { encoding, skip, note } = choose(head);
  const decoder: Decoder = encoding === 'windows-1252' ? windows1252Decoder() : new TextDecoder(encoding);

  async function* text(): AsyncGenerator<string> {
    const first = decoder.decode(head.subarray(skip), { stream: true });
    if (first !== '') yield first;
    if (!finished) {
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        const bytes = asBytes(next.value);
        onBytes(bytes.length);
        const decoded = decoder.decode(bytes, { stream: true });
        if (decoded !== '') yield decoded;
      }
    }
    const rest = decoder.decode(new Uint8Array(0), { stream: false });
    if (rest !== '') yield rest;
  }
  return { encoding, hadBom: skip > 0, ...(note ? { note } : {}), text: text() };
}
