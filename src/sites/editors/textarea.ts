import { plainLayout, type TextLayout } from '../layout';
import type { EditorFamily } from '../types';

// A plain <textarea> (Mastodon) holds its text in `value`, with no DOM to put ranges in. Its
// family lays the value out in a mirror: an element of Rapport's own over the textarea, with the same
// box, font, wrapping and scroll, whose text is transparent. Underlines (CSS highlights) and hint
// cards use ranges in the mirror; the caret and edits go through the textarea itself, so its own
// undo history takes each fix as one step.

/** Every mirror is one of these undefined elements in the page's document (content scripts have no customElements). */
export const MIRROR_TAG = 'rapport-mirror';

/**
 * Copied from the textarea so the mirror's text wraps exactly as the textarea's does. Border widths
 * but not styles: a border that is not drawn has a computed width of 0, so the mirror's solid
 * transparent borders (highlights.css) of the copied widths make the same box.
 */
const COPIED = [
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'tab-size',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

interface Mirror {
  element: HTMLElement;
  text: Text;
}

const mirrors = new WeakMap<HTMLTextAreaElement, Mirror>();

function mirrorOf(el: HTMLTextAreaElement): Mirror {
  let mirror = mirrors.get(el);
  if (!mirror || !mirror.element.isConnected) {
    const element = el.ownerDocument.createElement(MIRROR_TAG);
    element.setAttribute('aria-hidden', 'true');
    const text = el.ownerDocument.createTextNode('');
    element.append(text);
    el.ownerDocument.documentElement.append(element);
    mirror = { element, text };
    mirrors.set(el, mirror);
    place(el, mirror);
  }
  if (mirror.text.data !== el.value) mirror.text.data = el.value;
  return mirror;
}

/** The part of the window where the textarea can be seen: its box cut by every scrolling ancestor. */
function visibleBox(el: HTMLElement): DOMRect | null {
  const box = el.getBoundingClientRect();
  let { left, top, right, bottom } = box;
  for (let parent = el.parentElement; parent && parent !== el.ownerDocument.documentElement; parent = parent.parentElement) {
    if (getComputedStyle(parent).overflow === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/**
 * Puts the mirror exactly over the textarea, its text scrolled as the textarea's is. Inline styles
 * with !important, so the page's own CSS cannot move it; what never changes (fixed, transparent,
 * out of the pointer's way) is in src/content/highlights.css, which every content script brings.
 */
function place(el: HTMLTextAreaElement, mirror: Mirror): void {
  const style = mirror.element.style;
  const set = (name: string, value: string) => style.setProperty(name, value, 'important');
  const box = el.getBoundingClientRect();
  const visible = el.isConnected ? visibleBox(el) : null;
  set('display', visible ? 'block' : 'none');
  if (!visible) return;
  const computed = getComputedStyle(el);
  for (const name of COPIED) set(name, computed.getPropertyValue(name));
  // A scroll bar narrows the textarea's text; pad the mirror by as much.
  const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
  const scrollbar = Math.max(0, el.offsetWidth - el.clientWidth - borders);
  set('padding-right', `${parseFloat(computed.paddingRight) + scrollbar}px`);
  set('left', `${box.left}px`);
  set('top', `${box.top}px`);
  set('width', `${box.width}px`);
  set('height', `${box.height}px`);
  // Only the part of the textarea the page shows (a scrolled column hides the rest).
  set('clip-path', `inset(${visible.top - box.top}px ${box.right - visible.right}px ${box.bottom - visible.bottom}px ${visible.left - box.left}px)`);
  mirror.element.scrollTop = el.scrollTop;
  mirror.element.scrollLeft = el.scrollLeft;
}

const asTextarea = (el: HTMLElement) => el as HTMLTextAreaElement;

export const textarea: EditorFamily = {
  name: 'textarea',
  editable: 'textarea',
  layout(el): TextLayout {
    const mirror = mirrorOf(asTextarea(el));
    return plainLayout(mirror.element, mirror.text);
  },
  selection(el) {
    const { selectionStart: start, selectionEnd: end } = asTextarea(el);
    return { start, end };
  },
  select(el, { start, end }) {
    if (start < 0 || start > end || end > asTextarea(el).value.length) return false;
    asTextarea(el).setSelectionRange(start, end);
    return true;
  },
  offsetAt(el, x, y) {
    // Chromium reports a point over a textarea as the textarea and the offset in its value.
    const position = el.ownerDocument.caretPositionFromPoint?.(x, y);
    return position?.offsetNode === el ? position.offset : null;
  },
  watch(el, changed) {
    const area = asTextarea(el);
    // Scroll, resize and ResizeObserver notifications come at most once a frame already.
    const follow = (): void => {
      const mirror = mirrors.get(area);
      if (mirror) place(area, mirror);
    };
    // The page can set `value` without any event (a chat clears its box after sending): look again
    // whenever the user comes back to it, and now and then.
    const events = ['input', 'focus', 'blur', 'keyup', 'pointerup'] as const;
    for (const type of events) area.addEventListener(type, changed);
    area.addEventListener('scroll', follow);
    const resize = new ResizeObserver(follow);
    resize.observe(area);
    const window = area.ownerDocument.defaultView!;
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    const poll = setInterval(changed, 1000);
    mirrorOf(area);
    return () => {
      for (const type of events) area.removeEventListener(type, changed);
      area.removeEventListener('scroll', follow);
      resize.disconnect();
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      clearInterval(poll);
      mirrors.get(area)?.element.remove();
      mirrors.delete(area);
    };
  },
  // execCommand on a focused textarea goes through the browser's own editing: one undo step, and an
  // input event the page's framework (React) takes as the user's typing.
  insertText(el, text) {
    el.ownerDocument.execCommand('insertText', false, text);
  },
  undo(el) {
    el.ownerDocument.execCommand('undo');
  },
};
