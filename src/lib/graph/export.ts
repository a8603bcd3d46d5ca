// Exporting the whole graph, not just the part panned into view: a copy of the on-screen picture, viewBox set to the
// full layout, placed off screen beside the original (so the page's styles apply to it alike) while it is exported.
import type { Size } from './viewport'

/**
 * Runs `use` on a copy of `svg` showing all of a `size` picture at 1:1, then removes the copy. The copy sits in the
 * same parent as `svg`, moved off screen, so the computed styles `svgMarkup` inlines are those of the screen.
 */
export async function withWholePicture<T>(
  svg: SVGSVGElement,
  size: Size,
  use: (copy: SVGSVGElement) => T | Promise<T>,
): Promise<T> {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`)
  copy.setAttribute('width', String(size.width))
  copy.setAttribute('height', String(size.height))
  copy.removeAttribute('id')
  for (const focusable of copy.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex')
  copy.style.position = 'fixed'
  copy.style.left = `${-10 * size.width - 10_000}px`
  copy.style.top = '0'
  svg.parentElement!.appendChild(copy)
  try {
    return await use(copy)
  } finally {
    copy.remove()
  }
}
