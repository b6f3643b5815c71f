/**
 * Character offsets <-> DOM: a block's text is its text nodes joined with white space collapsed, and
 * this map turns an offset in that text back into (text node, offset in node). Pure bookkeeping over
 * the Text interface, so it runs on any DOM (the page, happy-dom, linkedom).
 */

export interface TextPiece {
  node: Text;
  /** Offset of this piece in the block's text. */
  start: number;
  /** For each character of the piece's collapsed text (and one past the end), its offset in node.data. */
  raw: number[];
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
}

/** Joins text nodes into one block text, collapsing runs of white space across node boundaries. */
export function joinText(nodes: Text[]): BlockText {
  let text = '';
  const pieces: TextPiece[] = [];
  let lastWasSpace = true; // drop leading white space
  for (const node of nodes) {
    const data = node.data;
    const raw: number[] = [];
    const start = text.length;
    let chunk = '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        if (lastWasSpace) continue;
        chunk += ' ';
        lastWasSpace = true;
      } else {
        chunk += ch;
        lastWasSpace = false;
      }
      raw.push(i);
    }
    raw.push(data.length);
    text += chunk;
    pieces.push({ node, start, raw });
  }
  return { text: text.trimEnd(), pieces };
}

/** The DOM point just after the character at `end - 1` of the block text. */
export function pointAfter(block: BlockText, end: number): { node: Text; offset: number } | null {
  for (let k = block.pieces.length - 1; k >= 0; k--) {
    const p = block.pieces[k]!;
    const len = p.raw.length - 1;
    if (end > p.start && end <= p.start + len) {
      const i = end - p.start - 1;
      return { node: p.node, offset: p.raw[i]! + 1 };
    }
  }
  return null;
}

/** The DOM point at the character `start` of the block text. */
export function pointAt(block: BlockText, start: number): { node: Text; offset: number } | null {
  for (const p of block.pieces) {
    const len = p.raw.length - 1;
    if (start >= p.start && start < p.start + len) return { node: p.node, offset: p.raw[start - p.start]! };
  }
  return null;
}
