// Exports an on-screen SVG picture (graph, flow, matrix) as a standalone SVG or PNG file that looks like the screen:
// the styles the page's CSS gives each element are written onto the copy, and the theme's background is painted in.
import { downloadBlob, downloadText } from './download'
import { t } from '../i18n/index'

/** The presentation properties an SVG picture's look depends on. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'visibility',
  'display',
  'marker-start',
  'marker-end',
  'paint-order',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The picture's size: its viewBox, else its rendered box. */
function sizeOf(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const box = svg.viewBox.baseVal
  if (box && box.width > 0 && box.height > 0) return { x: box.x, y: box.y, width: box.width, height: box.height }
  const rect = svg.getBoundingClientRect()
  return { x: 0, y: 0, width: Math.max(1, rect.width), height: Math.max(1, rect.height) }
}

/** The first opaque background colour from the picture up to the page. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color
  }
  return '#ffffff'
}

/** Copies the computed presentation styles of `from` and its descendants onto `to` (a deep clone of it). */
function inlineStyles(from: Element, to: Element): void {
  const computed = getComputedStyle(from)
  const style = STYLED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';')
  to.setAttribute('style', style)
  to.removeAttribute('class')
  const sources = from.children
  const copies = to.children
  for (let i = 0; i < sources.length && i < copies.length; i++)
    inlineStyles(sources[i] as Element, copies[i] as Element)
}

/**
 * The picture as standalone SVG text: the computed styles inlined, the theme's background painted behind it, and
 * the viewBox kept (the screen's pan and zoom transforms inside the picture are kept as drawn).
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, copy)
  const { x, y, width, height } = sizeOf(svg)
  copy.setAttribute('xmlns', SVG_NS)
  copy.setAttribute('viewBox', `${x} ${y} ${width} ${height}`)
  copy.setAttribute('width', String(Math.round(width)))
  copy.setAttribute('height', String(Math.round(height)))
  copy.style.removeProperty('display')
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('x', String(x))
  background.setAttribute('y', String(y))
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', backgroundOf(svg))
  copy.insertBefore(background, copy.firstChild)
  return new XMLSerializer().serializeToString(copy)
}

/** Downloads the picture as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadText(fileName, svgMarkup(svg), 'image/svg+xml')
}

/** The picture drawn onto a canvas at `scale` and encoded as PNG. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const markup = svgMarkup(svg)
  const { width, height } = sizeOf(svg)
  // A data: URL (allowed by the page's CSP for images) keeps the canvas untainted, so it can be read back.
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  // Browsers cap canvas sizes; a huge graph is scaled down rather than failing.
  const fit = Math.min(scale, 16_384 / Math.max(width, height))
  canvas.width = Math.max(1, Math.round(width * fit))
  canvas.height = Math.max(1, Math.round(height * fit))
  const context = canvas.getContext('2d')
  if (!context) throw new Error(t('graph.export.noCanvas'))
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('graph.export.noPng')))), 'image/png'),
  )
}

/** Downloads the picture as a PNG file (twice the screen's size by default, for sharp slides and posts). */
export async function downloadPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  downloadBlob(fileName, await pngBlob(svg, scale))
}
