// Everything from the input reaches the HTML report through here: no post, hint, file or preset
// name is ever markup. Control and bidi characters are drawn as visible escapes, so a post cannot
// hide or reorder its words on the page either.

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => SPECIAL[character] ?? character).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Post text: like escapeHtml, but control and bidi characters become marked, titled escapes. */
export function escapePostText(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => SPECIAL[character] ?? character)
    .replace(UNSAFE, (character) => `<span class="control" title="${codePoint(character)}">\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}</span>`);
}
