import type { EditorFamily } from './types';

// Maps between an editor's text (lines joined by "\n") and DOM positions. Block editors (Draft.js,
// Lexical, ProseMirror, Quill) are read straight from their DOM each time, since they re-render text
// nodes on every keystroke; a textarea's family lays its value out in a mirror of its own.

type Piece = { kind: 'text'; node: Text; start: number } | { kind: 'break'; node: HTMLBRElement; start: number };

interface BlockLayout {
  element: HTMLElement;
  start: number;
  length: number;
  pieces: Piece[];
}

export interface TextLayout {
  text: string;
  blocks: BlockLayout[];
}

/** What a block editor says about its DOM: its blocks, and which text nodes and <br>s are text. */
export interface BlockStructure {
  /** The editor's blocks (lines) in document order. */
  blocks(el: HTMLElement): HTMLElement[];
  /** Whether a text node inside a block is part of the editor's text (not a placeholder or widget). */
  isTextLeaf(node: Text): boolean;
  /** Whether a <br> inside a block stands for a "\n" the editor holds (a soft line break); absent, the editor has none. */
  isLineBreak?(br: HTMLBRElement): boolean;
}

/** The text of the composer and where it lies, through the family that edits it. */
export function readLayout(adapter: Pick<EditorFamily, 'layout'>, el: HTMLElement): TextLayout {
  return adapter.layout(el);
}

export function readText(adapter: Pick<EditorFamily, 'layout'>, el: HTMLElement): string {
  return adapter.layout(el).text;
}

/** One text node holding the whole text (a textarea's mirror): the layout of a plain-text editor. */
export function plainLayout(element: HTMLElement, node: Text): TextLayout {
  const pieces: Piece[] = node.data.length > 0 ? [{ kind: 'text', node, start: 0 }] : [];
  return { text: node.data, blocks: [{ element, start: 0, length: node.data.length, pieces }] };
}

export function readBlockLayout(structure: BlockStructure, el: HTMLElement): TextLayout {
  const blocks: BlockLayout[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const element of structure.blocks(el)) {
    if (blocks.length > 0) {
      parts.push('\n');
      offset += 1;
    }
    const start = offset;
    const pieces: Piece[] = [];
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const textNode = node as Text;
        if (!structure.isTextLeaf(textNode) || textNode.data.length === 0) continue;
        pieces.push({ kind: 'text', node: textNode, start: offset });
        parts.push(textNode.data);
        offset += textNode.data.length;
      } else if (node instanceof HTMLBRElement && structure.isLineBreak?.(node)) {
        pieces.push({ kind: 'break', node, start: offset });
        parts.push('\n');
        offset += 1;
      }
    }
    blocks.push({ element, start, length: offset - start, pieces });
  }
  return { text: parts.join(''), blocks };
}

interface DomPoint {
  node: Node;
  offset: number;
}

/** `bias` picks the side at a boundary between two pieces: a range's start leans forward, its end back. */
function domPoint(layout: TextLayout, offset: number, bias: 'forward' | 'backward'): DomPoint | null {
  const block = layout.blocks.find((candidate) => offset >= candidate.start && offset <= candidate.start + candidate.length);
  if (!block) return null;
  const piece = findPiece(block.pieces, offset, bias) ?? findPiece(block.pieces, offset, bias === 'forward' ? 'backward' : 'forward');
  if (!piece) return { node: block.element, offset: 0 };
  if (piece.kind === 'text') return { node: piece.node, offset: offset - piece.start };
  const parent = piece.node.parentNode!;
  const index = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
  return { node: parent, offset: offset === piece.start ? index : index + 1 };
}

function findPiece(pieces: Piece[], offset: number, bias: 'forward' | 'backward'): Piece | undefined {
  return pieces.find((piece) => {
    const length = piece.kind === 'text' ? piece.node.data.length : 1;
    return bias === 'forward'
      ? offset >= piece.start && offset < piece.start + length
      : offset > piece.start && offset <= piece.start + length;
  });
}

/** A DOM Range over [start, end) of the editor's text, or null when the text no longer has it. */
export function toDomRange(layout: TextLayout, start: number, end: number): Range | null {
  if (start < 0 || end > layout.text.length || start > end) return null;
  const from = domPoint(layout, start, start === end ? 'backward' : 'forward');
  const to = start === end ? from : domPoint(layout, end, 'backward');
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The UTF-16 offset of a DOM point in the editor's text, or null if it lies outside the text. */
export function fromDomPoint(layout: TextLayout, node: Node, offset: number): number | null {
  for (const block of layout.blocks) {
    if (!block.element.contains(node)) continue;
    for (const piece of block.pieces) {
      if (piece.kind === 'text' && piece.node === node) return piece.start + offset;
    }
    // An element point: count the text of pieces before it.
    const probe = new Range();
    probe.setStart(node, offset);
    let position = block.start;
    for (const piece of block.pieces) {
      const length = piece.kind === 'text' ? piece.node.data.length : 1;
      if (probe.comparePoint(piece.node, 0) >= 0) break;
      position = piece.start + length;
    }
    return position;
  }
  return null;
}
