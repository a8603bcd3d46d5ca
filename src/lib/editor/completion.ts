// Policy-aware completion: element names by position, Effect/Version values, actions and condition keys from the
// AWS catalog (asked for lazily, one service at a time), operators, and the scenario's ARNs.
import {
  autocompletion,
  snippetCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete'
import type { EditorState, Extension } from '@codemirror/state'
import { STATEMENT_ELEMENTS, TOP_ELEMENTS } from '../../engine/index'
import { forbidsPrincipal } from '../../engine/index'
import { t } from '../i18n/index'
import type { ConditionKeySummary, EditorCatalog } from './catalog-types'
import { policyConfig } from './config'
import { policyLocation, statementAt, stringsOf, topLevel } from './location'
import type { PolicyLocation } from './location'
import { OPERATOR_OPTIONS, operatorDoc } from './operators'
import { statementTemplates, templateText } from './templates'
import { elementDocs, FEDERATED_PRINCIPALS, principalTypes, SERVICE_PRINCIPALS, versions } from './vocabulary'

/** A completion before quoting: `insert` replaces the label as the text to insert; `snippet` makes it a snippet. */
interface Draft extends Completion {
  insert?: string
  snippet?: boolean
  /** Inserted as is even outside a string (statement templates). */
  raw?: boolean
  /** AWS's own description from the catalog (English as AWS writes it), shown by `info`. */
  awsText?: string
}

/**
 * The info panel for AWS's own description: marked `lang="en"` and `data-aws-text`, as the hover marks it, so a Korean
 * page reads it as AWS's English, not a missing translation.
 */
function awsInfo(text: string | undefined): Pick<Draft, 'info' | 'awsText'> {
  if (!text) return {}
  const info = (): HTMLElement => {
    const element = document.createElement('div')
    element.lang = 'en'
    element.dataset['awsText'] = ''
    element.textContent = text
    return element
  }
  return { info, awsText: text }
}

type Options = { drafts: Draft[]; validFor?: CompletionResult['validFor'] }

const WORD = /^[\w:.*?/@${}<>=+-]*$/
// Elements that contradict each other in one statement: offering one when the other is present invites an error.
const OPPOSITE: Record<string, string> = {
  Action: 'NotAction',
  NotAction: 'Action',
  Resource: 'NotResource',
  NotResource: 'Resource',
  Principal: 'NotPrincipal',
  NotPrincipal: 'Principal',
}

// Slots where the completion is an object key (followed by `: ` when inserted outside a string).
const KEY_SLOTS = new Set(['top-key', 'statement-key', 'principal-type', 'condition-operator', 'condition-key'])

const prefixOf = (text: string) => text.slice(0, Math.max(0, text.indexOf(':'))).toLowerCase()
const isPlainService = (s: string) => s !== '' && !/[*?]/.test(s)

/** Element names for an object whose present keys are `present` (the key being written excluded). */
function elementDrafts(keys: readonly string[], present: Set<string>): Draft[] {
  const docs = elementDocs()
  return keys
    .filter((k) => !present.has(k) && !present.has(OPPOSITE[k] ?? ''))
    .map((k) => ({ label: k, type: 'property', info: docs[k] }))
}

function presentKeys(object: Record<string, unknown> | undefined, editing: unknown): Set<string> {
  return new Set(Object.keys(object ?? {}).filter((k) => k !== editing))
}

async function actionOptions(typed: string, catalog: EditorCatalog): Promise<Options> {
  const colon = typed.indexOf(':')
  if (colon < 0) {
    const services = await catalog.services()
    return {
      drafts: [
        { label: '*', detail: t('editor.completion.everyAction'), type: 'constant' },
        ...services.map((s) => ({ label: s.prefix, insert: `${s.prefix}:`, detail: s.name, type: 'namespace' })),
      ],
      validFor: /^[\w-]*$/,
    }
  }
  const service = typed.slice(0, colon).toLowerCase()
  const actions = await catalog.actions(service)
  if (actions.length === 0) return { drafts: [] }
  return {
    drafts: [
      { label: `${service}:*`, detail: t('editor.completion.everyServiceAction'), type: 'constant', boost: -1 },
      ...actions.map((a) => ({
        label: `${service}:${a.name}`,
        detail: a.accessLevel,
        ...awsInfo(a.description),
        type: 'function',
      })),
    ],
    validFor: (text) => prefixOf(text) === service && WORD.test(text),
  }
}

const SECTIONS = {
  forActions: { name: t('editor.completion.section.forActions'), rank: 0 },
  global: { name: t('editor.completion.section.global'), rank: 1 },
  service: { name: t('editor.completion.section.service'), rank: 2 },
}

// The operator families that compare a key type (`ArrayOf` types by their element type), to rank fitting keys first.
const FAMILIES_OF_TYPE: Record<string, string[]> = {
  string: ['String'],
  arn: ['Arn', 'String'],
  bool: ['Bool'],
  numeric: ['Numeric'],
  long: ['Numeric'],
  date: ['Date', 'Numeric'],
  ipaddress: ['IpAddress'],
  binary: ['Binary'],
}

function fits(type: string, family: string | undefined): boolean {
  return family !== undefined && (FAMILIES_OF_TYPE[type.replace(/^ArrayOf/i, '').toLowerCase()] ?? []).includes(family)
}

function keyDraft(k: ConditionKeySummary, family: string | undefined): Draft {
  const template = /\$\{[^}]*\}|<[^>]*>/.test(k.key)
  return {
    label: k.key,
    detail: k.type,
    ...awsInfo(k.description),
    type: 'property',
    boost: fits(k.type, family) ? 1 : 0,
    section: k.forActions ? SECTIONS.forActions : k.global ? SECTIONS.global : SECTIONS.service,
    // A template key becomes a snippet whose placeholder is a field: `aws:RequestTag/${TagKey}`.
    ...(template ? { snippet: true, insert: k.key.replace(/<([^>]*)>/g, '${$1}') } : {}),
  }
}

async function conditionKeyOptions(
  text: string,
  loc: PolicyLocation,
  statement: number,
  operator: string,
  catalog: EditorCatalog,
): Promise<Options> {
  const actions = stringsOf(statementAt(text, statement)?.Action)
  const typedPrefix = prefixOf(loc.typed)
  const services = isPlainService(typedPrefix) && typedPrefix !== 'aws' ? [typedPrefix] : []
  const keys = await catalog.conditionKeys(services, actions)
  const family = operatorDoc(operator)?.family
  return {
    drafts: keys.map((k) => keyDraft(k, family)),
    // The keys of another service need another query once its prefix is typed.
    validFor: (t) => WORD.test(t) && prefixOf(t) === typedPrefix,
  }
}

function principalValues(type: string, state: EditorState): Draft[] {
  if (type === 'Service') return SERVICE_PRINCIPALS.map((p) => ({ label: p, type: 'constant' }))
  if (type === 'Federated') return FEDERATED_PRINCIPALS.map((p) => ({ label: p, type: 'constant' }))
  if (type !== 'AWS') return []
  const arns = state.facet(policyConfig).context.principalArns
  const accounts = new Set(arns.flatMap((a) => /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(a)?.[1] ?? []))
  return [
    { label: '*', detail: t('editor.completion.everyPrincipal'), type: 'constant', boost: -1 },
    ...arns.map((a) => ({ label: a, detail: t('editor.completion.inScenario'), type: 'variable' })),
    ...[...accounts].map((id) => ({
      label: `arn:aws:iam::${id}:root`,
      detail: t('editor.completion.wholeAccount'),
      type: 'variable',
    })),
  ]
}

/** The drafts for the cursor's slot; undefined when there is nothing to offer. */
async function optionsFor(loc: PolicyLocation, state: EditorState, catalog: EditorCatalog): Promise<Options> {
  const text = state.doc.toString()
  const { kind, context } = state.facet(policyConfig)
  const slot = loc.slot
  const editing = loc.path.at(-1)
  switch (slot.kind) {
    case 'top-key':
      return { drafts: elementDrafts(TOP_ELEMENTS, presentKeys(topLevel(text), editing)) }
    case 'statement-key': {
      const keys = STATEMENT_ELEMENTS.filter((k) => !(forbidsPrincipal(kind) && k.includes('Principal')))
      return { drafts: elementDrafts(keys, presentKeys(statementAt(text, slot.statement), editing)) }
    }
    case 'version':
      return { drafts: versions().map(([v, detail]) => ({ label: v, detail, type: 'constant' })) }
    case 'effect':
      return { drafts: ['Allow', 'Deny'].map((e) => ({ label: e, type: 'keyword' })) }
    case 'action':
      return actionOptions(loc.typed, catalog)
    case 'resource':
      return {
        drafts: [
          { label: '*', detail: t('editor.completion.everyResource'), type: 'constant', boost: -1 },
          ...context.resourceArns.map((a) => ({
            label: a,
            detail: t('editor.completion.inScenario'),
            type: 'variable',
          })),
        ],
      }
    case 'principal':
      return { drafts: [{ label: '*', detail: t('editor.completion.everyPrincipal'), type: 'constant' }] }
    case 'principal-type':
      return { drafts: principalTypes().map(([label, detail]) => ({ label, detail, type: 'property' })) }
    case 'principal-value':
      return { drafts: principalValues(slot.type, state) }
    case 'condition-operator':
      return {
        drafts: OPERATOR_OPTIONS.map((o) => ({
          label: o.name,
          detail: o.family,
          info: operatorDoc(o.name)?.text,
          type: 'keyword',
          boost: o.form === 'base' ? 1 : o.form === 'if-exists' ? 0 : -1,
        })),
      }
    case 'condition-key':
      return conditionKeyOptions(text, loc, slot.statement, slot.operator, catalog)
    case 'condition-value': {
      const family = operatorDoc(slot.operator)?.family
      const bool = family === 'Bool' || family === 'Null'
      return { drafts: bool ? ['true', 'false'].map((v) => ({ label: v, type: 'constant' })) : [] }
    }
    case 'statement': {
      const line = state.doc.lineAt(loc.from)
      const indent = /^\s*/.exec(line.text)?.[0] ?? ''
      return {
        drafts: statementTemplates
          .filter((tp) => tp.kinds.includes(kind))
          .map((tp) => ({
            label: tp.label,
            info: tp.description,
            type: 'text',
            raw: true,
            insert: templateText(tp, indent, kind),
          })),
      }
    }
    case 'other':
      return { drafts: [] }
  }
}

/** Turns a draft into a completion, adding quotes (and `: ` after keys) when the cursor is not in a string. */
function finish(draft: Draft, loc: PolicyLocation): Completion {
  const { insert, snippet, raw, ...completion } = draft
  let text = insert ?? draft.label
  if (!loc.quoted && !raw) text = KEY_SLOTS.has(loc.slot.kind) ? `"${text}": ` : `"${text}"`
  if (snippet) return snippetCompletion(text, completion)
  return text === draft.label ? completion : { ...completion, apply: text }
}

/** The completion source: needs only an EditorState (testable without a DOM) and an {@link EditorCatalog}. */
export function policyCompletionSource(catalog: EditorCatalog): CompletionSource {
  return async (context: CompletionContext) => {
    const loc = policyLocation(context.state.doc.toString(), context.pos)
    if (loc.slot.kind === 'other') return null
    // Outside a string, only an explicit request (Ctrl-Space) completes: a bare word is not JSON yet.
    if (!loc.quoted && !context.explicit) return null
    let options: Options
    try {
      options = await optionsFor(loc, context.state, catalog)
    } catch {
      return null // The catalog could not be read (worker failed, offline); completing without it is no worse.
    }
    if (options.drafts.length === 0) return null
    return {
      from: loc.from,
      options: options.drafts.map((d) => finish(d, loc)),
      validFor: loc.quoted ? (options.validFor ?? WORD) : undefined,
    }
  }
}

/** Policy completion; picking a service prefix (`s3:`) reopens the list with that service's actions. */
export function policyCompletion(catalog: EditorCatalog): Extension {
  return autocompletion({
    override: [policyCompletionSource(catalog)],
    activateOnCompletion: (c) => c.type === 'namespace',
  })
}
