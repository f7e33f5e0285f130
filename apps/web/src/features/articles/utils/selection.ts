import { codePointLength, sliceCodePoints, utf16ToCodePoint } from "@/lib/code-points";

export interface QuoteSelection {
  /** Code-point offsets into the article body, end exclusive. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

const CONTEXT = 32;

/** Builds the W3C quote + position selectors for body[start, end) (code points). */
export function quoteAt(body: string, start: number, end: number): QuoteSelection {
  return {
    start,
    end,
    exact: sliceCodePoints(body, start, end),
    prefix: sliceCodePoints(body, Math.max(0, start - CONTEXT), start),
    suffix: sliceCodePoints(body, end, Math.min(codePointLength(body), end + CONTEXT)),
  };
}

/** UTF-16 offset of (node, offset) within `root`'s text, counting only text nodes. */
function utf16OffsetIn(root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  // A boundary inside an element (not a text node) points between its children.
  let target: Node = node;
  let targetOffset = offset;
  if (node.nodeType !== Node.TEXT_NODE) {
    const child = node.childNodes[offset];
    if (child) {
      target = child;
      targetOffset = 0;
    } else {
      target = node;
      targetOffset = -1;
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target) return count + targetOffset;
    if (targetOffset === 0 && target.nodeType !== Node.TEXT_NODE && target.contains(n)) return count;
    count += (n as Text).data.length;
  }
  // The boundary is after the last text node (end of the element).
  return targetOffset === -1 ? count : null;
}

/**
 * Turns the browser selection inside `root` (which renders `body` as text nodes only) into
 * code-point offsets of the body, so the stored quote is exactly what the user selected.
 */
export function selectionInBody(root: HTMLElement, body: string): QuoteSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const a = utf16OffsetIn(root, range.startContainer, range.startOffset);
  const b = utf16OffsetIn(root, range.endContainer, range.endOffset);
  if (a === null || b === null || b <= a) return null;
  const start = utf16ToCodePoint(body, a);
  const end = utf16ToCodePoint(body, b);
  if (end <= start) return null;
  return quoteAt(body, start, end);
}
