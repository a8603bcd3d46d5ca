// Offsets in the policy text from points and selections in the editor preview (PolicyPreview.svelte): each line is an
// element with `data-from` (its offset in the text) holding the line's text nodes, some inside a <mark>.

/** The text offset of a DOM position inside the preview's `content`, or undefined when it is outside a line. */
export function textOffset(content: HTMLElement, node: Node, offset: number): number | undefined {
  const line = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-from]')
  if (!line || !content.contains(line)) return undefined
  const from = Number(line.dataset.from)
  if (node === line) {
    // A position between the line's children: count the text of those before it.
    let length = 0
    for (const child of [...line.childNodes].slice(0, offset)) length += child.textContent?.length ?? 0
    return from + length
  }
  let before = 0
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return from + before + offset
    before += text.textContent?.length ?? 0
  }
  return from + before
}

/** The text offset under a point of the preview (a click), from the browser's caret position there. */
export function offsetAtPoint(content: HTMLElement, x: number, y: number): number | undefined {
  const position = document.caretPositionFromPoint?.(x, y)
  if (position) return textOffset(content, position.offsetNode, position.offset)
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? textOffset(content, range.startContainer, range.startOffset) : undefined
}

/** The page's selection as text offsets, when it lies inside the preview. */
export function selectionIn(content: HTMLElement): { anchor: number; head: number } | undefined {
  const selection = document.getSelection()
  if (!selection?.anchorNode || !selection.focusNode) return undefined
  const anchor = textOffset(content, selection.anchorNode, selection.anchorOffset)
  const head = textOffset(content, selection.focusNode, selection.focusOffset)
  return anchor === undefined || head === undefined ? undefined : { anchor, head }
}
