// How a node of the graph picture reads: its kind and name, the path it is reached by in a focused picture, the
// tooltip's lines and the SVG title (a screen reader's and a pointer's view of the same facts).
import { t } from '../i18n/index'
import type { GraphPicture } from './picture'
import type { PlacedNode } from './picture'

/** The words of the nodes of one picture. */
export interface NodeTexts {
  /** "User alice": the node's kind and name. */
  describe(node: PlacedNode): string
  /** "alice → BE1 → BackendStandard" for a node of a focused picture reached along a path; else undefined. */
  path(node: PlacedNode): string | undefined
  /** The tooltip's lines: kind and name, detail, and whether it is external or the management account. */
  lines(node: PlacedNode): string[]
  /** The SVG `<title>`: the tooltip's lines and the path, one per line. */
  title(node: PlacedNode): string
}

/** The words of `picture`'s nodes (the labels along a path are looked up once per picture). */
export function nodeTexts(picture: GraphPicture): NodeTexts {
  const byId = new Map(picture.nodes.map((n) => [n.id, n]))
  const describe = (node: PlacedNode) => `${t(`graph.kind.${node.kind}`)} ${node.label}`
  const path = (node: PlacedNode) => {
    if (!node.path || node.path.length < 2 || !picture.focus) return undefined
    const names = node.path.map((id) => byId.get(id)?.label ?? id)
    return t('graph.path', { name: names[0]!, path: names.join(' → ') })
  }
  const lines = (node: PlacedNode) => {
    const out = [describe(node), node.detail]
    if (node.external) out.push(t('graph.external'))
    if (node.management) out.push(t('graph.management'))
    return out
  }
  const title = (node: PlacedNode) => {
    const parts = lines(node)
    const p = path(node)
    if (p) parts.push(p)
    return parts.join('\n')
  }
  return { describe, path, lines, title }
}
