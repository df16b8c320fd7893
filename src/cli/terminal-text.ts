// Text from files (posts, column names, cell values, preset names, file names) reaches people's
// terminals. There ESC, BEL and the other control characters act instead of printing, and bidi
// controls reorder what is shown (Trojan Source), so everything printed for people goes through
// here and such characters are shown as \u escapes instead.

/** C0 and C1 controls, DEL, and the bidi embedding, override, isolate and mark characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, less the line feed and tab that our own output uses for layout. */
const UNSAFE_EXCEPT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw although a terminal or an editor would act on it. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

export function escapeCodeUnit(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A piece of untrusted text, shown on one line: every control and bidi character, line breaks included, becomes visible. */
export function showText(text: string): string {
  return text.replace(UNSAFE, escapeCodeUnit);
}

/** Whole chunks of output for people: our own line breaks and tabs stay, anything else unsafe is escaped. */
export function terminalSafe(chunk: string): string {
  return chunk.replace(UNSAFE_EXCEPT_LAYOUT, escapeCodeUnit);
}

/** A JSON text that stays valid, and means the same, but cannot drive a terminal or reorder a line. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, escapeCodeUnit);
}

/** For messages: the value in quotes, escaped, and cut to a readable length. */
export function quote(value: string, maxLength = 60): string {
  const characters = Array.from(value);
  const cut = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : value;
  return `"${showText(cut)}"`;
}
