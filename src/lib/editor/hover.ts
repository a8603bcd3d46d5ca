// Hover documentation: policy elements, actions (access level, description), operators, condition keys.
import { EditorView, hoverTooltip } from '@codemirror/view'
import type { Extension } from '@codemirror/state'
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser'
import { keyMatches } from '../../engine/index'
import { compileGlob } from '../../engine/index'
import { catalogLabel } from '../about/versions'
import { t } from '../i18n/index'
import type { EditorCatalog } from './catalog-types'
import { inStatement, statementAt, stringsOf } from './location'
import { operatorDoc } from './operators'
import { renderText } from './render'
import { elementDocs } from './vocabulary'

/** What a hover shows over `[from, to)`: a title (code), a detail line and a body. */
export interface HoverDoc {
  from: number
  to: number
  title: string
  detail?: string
  body?: string
  /** The body is the AWS catalog's description, in English as AWS writes it (marked `lang="en"` on the page). */
  awsText?: true
  /** A small last line naming the AWS catalog the doc comes from (`AWS catalog 0.21.202609261 (2026-09-26)`). */
  footer?: string
}

/** The footer of a doc read from the AWS catalog. */
function catalogFooter(): string {
  return t('about.hoverCatalog', { version: catalogLabel() })
}

const MAX_LISTED = 12

async function actionDoc(pattern: string, catalog: EditorCatalog): Promise<Omit<HoverDoc, 'from' | 'to'> | undefined> {
  if (pattern === '*') return { title: '*', body: t('editor.hover.everyAction') }
  const colon = pattern.indexOf(':')
  if (colon <= 0) return undefined
  const service = pattern.slice(0, colon).toLowerCase()
  const name = pattern.slice(colon + 1)
  if (/[*?]/.test(service)) return undefined
  const actions = await catalog.actions(service)
  if (actions.length === 0) return undefined
  if (!/[*?]/.test(name)) {
    const action = actions.find((a) => a.name.toLowerCase() === name.toLowerCase())
    if (!action) return undefined
    const doc: Omit<HoverDoc, 'from' | 'to'> = { title: `${service}:${action.name}` }
    if (action.accessLevel) doc.detail = t('editor.hover.accessLevel', { level: action.accessLevel })
    if (action.description) Object.assign(doc, { body: action.description, awsText: true })
    return doc
  }
  const matches = compileGlob(name, true)
  const names = actions.filter((a) => matches(a.name)).map((a) => a.name)
  const listed = names.slice(0, MAX_LISTED).map((n) => `\`${service}:${n}\``)
  if (names.length > MAX_LISTED) listed.push('…')
  return {
    title: pattern,
    detail: t(names.length === 1 ? 'editor.hover.matchesOne' : 'editor.hover.matchesMany', { n: names.length }),
    ...(listed.length > 0 ? { body: listed.join(', ') } : {}),
  }
}

async function keyDoc(text: string, key: string, statement: number, catalog: EditorCatalog) {
  const prefix = key.slice(0, Math.max(0, key.indexOf(':'))).toLowerCase()
  const actions = stringsOf(statementAt(text, statement)?.Action)
  const keys = await catalog.conditionKeys(prefix && prefix !== 'aws' ? [prefix] : [], actions)
  const found = keys.find((k) => k.key.toLowerCase() === key.toLowerCase()) ?? keys.find((k) => keyMatches(k.key, key))
  if (!found) return undefined
  const doc: Omit<HoverDoc, 'from' | 'to'> = {
    title: found.key,
    detail: `${found.type}${found.global ? t('editor.hover.globalKey') : ''}${found.forActions ? t('editor.hover.forActions') : ''}`,
  }
  if (found.description) Object.assign(doc, { body: found.description, awsText: true })
  return doc
}

/** The documentation for the string at `pos` of `text`; undefined when there is none. Needs no DOM. */
export async function policyHoverDoc(text: string, pos: number, catalog: EditorCatalog): Promise<HoverDoc | undefined> {
  const root = parseTree(text)
  const node = root && findNodeAtOffset(root, pos)
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return undefined
  const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node
  const path = getNodePath(node)
  const value: string = node.value
  const s = inStatement(path)
  let doc: Omit<HoverDoc, 'from' | 'to'> | undefined
  try {
    if (isKey && (path.length === 1 || s?.rest.length === 1)) {
      const body = elementDocs()[value]
      doc = body ? { title: value, body } : undefined
    } else if (isKey && s?.rest.length === 2 && s.rest[0] === 'Condition') {
      const op = operatorDoc(value)
      doc = op ? { title: value, detail: t('editor.hover.operator', { family: op.family }), body: op.text } : undefined
    } else if (isKey && s?.rest.length === 3 && s.rest[0] === 'Condition') {
      doc = await keyDoc(text, value, s.statement, catalog)
      if (doc) doc.footer = catalogFooter()
    } else if (!isKey && s && (s.rest[0] === 'Action' || s.rest[0] === 'NotAction') && s.rest.length <= 2) {
      doc = await actionDoc(value, catalog)
      // `*` is the grammar's, not the catalog's.
      if (doc && value !== '*') doc.footer = catalogFooter()
    }
  } catch {
    return undefined // No catalog (the worker failed): no hover rather than an error.
  }
  return doc && { from: node.offset, to: node.offset + node.length, ...doc }
}

const hoverTheme = EditorView.baseTheme({
  '.cm-policyHover': { padding: '4px 8px', maxWidth: '28rem' },
  '.cm-policyHover-detail': { opacity: '0.75', fontSize: '0.85em' },
  '.cm-policyHover-body': { marginTop: '2px' },
  '.cm-policyHover-footer': { marginTop: '4px', opacity: '0.65', fontSize: '0.75em' },
})

/** Shows {@link policyHoverDoc} as a tooltip. */
export function policyHover(catalog: EditorCatalog): Extension {
  const tooltip = hoverTooltip(async (view, pos) => {
    const doc = await policyHoverDoc(view.state.doc.toString(), pos, catalog)
    if (!doc) return null
    return {
      pos: doc.from,
      end: doc.to,
      above: true,
      create() {
        const dom = document.createElement('div')
        dom.className = 'cm-policyHover'
        dom.appendChild(document.createElement('code')).textContent = doc.title
        for (const [text, className] of [
          [doc.detail, 'cm-policyHover-detail'],
          [doc.body, 'cm-policyHover-body'],
          [doc.footer, 'cm-policyHover-footer'],
        ] as const) {
          if (!text) continue
          const line = dom.appendChild(document.createElement('div'))
          line.className = className
          if (className === 'cm-policyHover-body' && doc.awsText) {
            line.lang = 'en'
            line.dataset['awsText'] = ''
          }
          line.append(renderText(text))
        }
        return { dom }
      },
    }
  })
  return [tooltip, hoverTheme]
}
