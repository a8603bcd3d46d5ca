// The matrix as a picture for export: a heatmap SVG with the resource as title, a legend, row and column labels and
// one square per cell (runs of equal cells merged when the matrix is too large for a symbol in each). Colours come
// from the theme's variables, so the file looks like the screen in light or dark mode; `picture.ts` inlines them.
import { t } from '../i18n/index'
import { cellViews, columnCount, columnLabel, legendOf, SYMBOLS, type Tone } from './cells'
import type { MatrixRun } from './session.svelte'

const SVG = 'http://www.w3.org/2000/svg'
/** Above this many cells, cells get no symbol and equal neighbours merge into one rectangle. */
const SYMBOL_LIMIT = 40_000

/** The theme's colours, as `#rrggbb` (a canvas normalises whatever CSS colour a variable holds). */
interface Palette {
  fill: Record<Tone, string>
  ink: Record<Tone, string>
  text: string
  muted: string
  deny: string
}

function hex(value: string, fallback: string): string {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return fallback
  context.fillStyle = fallback
  context.fillStyle = value.trim() || fallback
  const normal = context.fillStyle
  return /^#[0-9a-f]{6}$/i.test(normal) ? normal : fallback
}

/** `a` mixed with `b`: `share` of `a` (the picture's version of CSS `color-mix`). */
function mix(a: string, b: string, share: number): string {
  const channel = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16)
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)))
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

/** The palette of the page's current theme, as the grid paints its cells. */
function palette(from: Element): Palette {
  const css = getComputedStyle(from)
  const get = (name: string, fallback: string) => hex(css.getPropertyValue(name), fallback)
  const allow = get('--allow', '#1a7f37')
  const deny = get('--deny', '#cf222e')
  const implicit = get('--implicit', '#9a6700')
  const surface = get('--surface', '#ffffff')
  const text = get('--text', '#1b1f24')
  const badge = get('--badge-fg', '#ffffff')
  const faint = mix(implicit, surface, 0.13)
  const some = mix(allow, surface, 0.3)
  return {
    fill: { A: allow, all: allow, E: deny, I: faint, none: faint, some },
    ink: { A: badge, all: badge, E: badge, I: implicit, none: implicit, some: text },
    text,
    muted: get('--muted', '#57606a'),
    deny,
  }
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  return node
}

const SANS = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'

/** A text element; `attrs` are presentation attributes (font-size, fill, text-anchor, transform, ...). */
function text(x: number, y: number, content: string, attrs: Record<string, string | number>): SVGTextElement {
  const node = el('text', { x, y, 'font-family': SANS, ...attrs })
  node.textContent = content
  return node
}

/** The rough width of a label in the picture's monospace font (`sans`: its sans-serif font, a little narrower). */
const widthOf = (label: string, size: number, sans = false) => label.length * size * (sans ? 0.58 : 0.62)

/**
 * Builds the heatmap of the run's rows `shown` (role `img`, with a title and a description giving the counts), in
 * the colours of the theme `themed` shows. The caller puts it in the page (`picture.ts` reads computed styles from
 * there) and removes it after the export.
 */
export function heatmapSvg(run: MatrixRun, shown: readonly number[], summary: string, themed: Element): SVGSVGElement {
  const p = palette(themed)
  const n = columnCount(run)
  const services = run.services !== undefined
  const cellW = services ? 64 : 14
  const cellH = services ? 18 : 14
  const rowLabels = shown.map((r) => run.principals[r]!.label)
  const colLabels = Array.from({ length: n }, (_, c) => columnLabel(run, c))
  const left = Math.ceil(Math.min(280, Math.max(60, ...rowLabels.map((l) => widthOf(l, 11))))) + 16
  const headH = services ? 24 : Math.ceil(Math.min(240, Math.max(40, ...colLabels.map((l) => widthOf(l, 10))))) + 12
  const top = 78 + headH
  const titleText = t('matrix.picture', { resource: run.resource })
  const legend = legendOf(run)
  const legendW = legend.reduce((w, [, words]) => w + 34 + widthOf(words, 11, true), 0)
  const texts = Math.max(widthOf(titleText, 15, true), widthOf(summary, 11, true), legendW + (services ? 260 : 0))
  const width = Math.ceil(Math.max(left + n * cellW, 12 + texts) + 16)
  const height = top + shown.length * cellH + 16

  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' })
  const title = el('title', {})
  title.textContent = titleText
  const desc = el('desc', {})
  desc.textContent = summary
  svg.append(title, desc)
  svg.append(text(12, 24, titleText, { 'font-size': 15, 'font-weight': 600, fill: p.text }))
  svg.append(text(12, 44, summary, { 'font-size': 11, fill: p.muted }))

  // Legend: each tone's square, symbol and words.
  let x = 12
  for (const [tone, words] of legend) {
    svg.append(el('rect', { x, y: 54, width: 14, height: 14, rx: 2, fill: p.fill[tone] }))
    svg.append(text(x + 7, 65, SYMBOLS[tone], { 'font-size': 10, fill: p.ink[tone], 'text-anchor': 'middle' }))
    svg.append(text(x + 20, 65, words, { 'font-size': 11, fill: p.text }))
    x += Math.ceil(34 + widthOf(words, 11, true))
  }
  if (services) {
    svg.append(
      el('rect', { x: x + 1, y: 55, width: 12, height: 12, rx: 2, fill: 'none', stroke: p.deny, 'stroke-width': 2 }),
    )
    svg.append(text(x + 20, 65, `✕ ${t('matrix.legend.deny')}`, { 'font-size': 11, fill: p.text }))
  }

  // Column labels: rotated action names, or service prefixes.
  colLabels.forEach((label, c) => {
    const cx = left + c * cellW + cellW / 2
    const font = { 'font-size': 10, 'font-family': MONO, fill: p.text }
    if (services) svg.append(text(cx, top - 8, label, { ...font, 'text-anchor': 'middle' }))
    else svg.append(text(cx + 3, top - 6, label, { ...font, transform: `rotate(-90 ${cx + 3} ${top - 6})` }))
  })

  const symbols = shown.length * n <= SYMBOL_LIMIT
  const cellView = cellViews(run)
  shown.forEach((r, i) => {
    const y = top + i * cellH
    const label = { 'font-size': 11, 'font-family': MONO, 'text-anchor': 'end', fill: p.text }
    svg.append(text(left - 8, y + cellH - 4, rowLabels[i]!, label))
    let c = 0
    while (c < n) {
      const cell = cellView(r, c)
      let end = c + 1
      const same = (k: number) => {
        const next = cellView(r, k)
        return next.tone === cell.tone && !next.deny
      }
      if (!symbols && !cell.deny) while (end < n && same(end)) end++
      const box = { x: left + c * cellW, y, width: (end - c) * cellW - 1, height: cellH - 1, fill: p.fill[cell.tone] }
      svg.append(el('rect', cell.deny ? { ...box, stroke: p.deny, 'stroke-width': 2 } : box))
      if (symbols) {
        const size = services ? 10 : 9
        const mark = { 'font-size': size, fill: p.ink[cell.tone], 'text-anchor': 'middle' }
        svg.append(text(left + c * cellW + cellW / 2, y + cellH - 4, services ? cell.text : SYMBOLS[cell.tone], mark))
      }
      c = end
    }
  })
  return svg
}
