// Shared by the editor tests: a fake catalog, and states built from text with a `|` marking the cursor.
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete'
import { EditorState } from '@codemirror/state'
import type { PolicyKind } from '../../../src/engine/index'
import type { EditorCatalog } from '../../../src/lib/editor/catalog-types'
import { policyCompletionSource } from '../../../src/lib/editor/completion'
import { emptyContext, policyConfig, type EditorContext } from '../../../src/lib/editor/config'

/** A small catalog: services s3, sts, ec2; actions of s3 and sts; keys by hand. Counts the calls it answers. */
export function fakeCatalog() {
  const calls: string[] = []
  const catalog: EditorCatalog = {
    async services() {
      calls.push('services')
      return [{ prefix: 'ec2' }, { prefix: 's3', name: 'Amazon S3' }, { prefix: 'sts', name: 'AWS STS' }]
    },
    async actions(service) {
      calls.push(`actions:${service}`)
      if (service === 's3') {
        return [
          { name: 'GetObject', accessLevel: 'Read', description: 'Grants permission to retrieve objects' },
          { name: 'GetObjectAcl', accessLevel: 'Read' },
          { name: 'ListBucket', accessLevel: 'List', description: 'Grants permission to list objects' },
          { name: 'PutObject', accessLevel: 'Write' },
        ]
      }
      if (service === 'sts') return [{ name: 'AssumeRole', accessLevel: 'Write' }]
      return []
    },
    async conditionKeys(services, actions) {
      calls.push(`keys:${services.join(',')}|${actions.join(',')}`)
      const s3 = actions.some((a) => a.toLowerCase().startsWith('s3:')) || services.includes('s3')
      const forGet = actions.some((a) => a.toLowerCase() === 's3:getobject')
      return [
        { key: 'aws:SourceIp', type: 'IPAddress', global: true, forActions: false, description: 'The requester’s IP' },
        { key: 'aws:SecureTransport', type: 'Bool', global: true, forActions: false },
        { key: 'aws:RequestTag/${TagKey}', type: 'String', global: true, forActions: false },
        ...(s3
          ? [
              { key: 's3:ExistingObjectTag/<key>', type: 'String', global: false, forActions: forGet },
              { key: 's3:prefix', type: 'String', global: false, forActions: false, description: 'Filters by prefix' },
            ]
          : []),
      ]
    },
  }
  return { catalog, calls }
}

/** A state holding `marked` without its `|`, the cursor where the `|` was. */
export function stateAt(marked: string, kind: PolicyKind = 'identity', context: EditorContext = emptyContext) {
  const pos = marked.indexOf('|')
  if (pos < 0) throw new Error('no cursor marker')
  const doc = marked.slice(0, pos) + marked.slice(pos + 1)
  return { state: EditorState.create({ doc, extensions: policyConfig.of({ kind, context }) }), pos }
}

/** Runs the policy completion source at the `|` of `marked`. */
export async function complete(
  marked: string,
  options: { kind?: PolicyKind; context?: EditorContext; explicit?: boolean; catalog?: EditorCatalog } = {},
): Promise<CompletionResult | null> {
  const { state, pos } = stateAt(marked, options.kind, options.context)
  const source = policyCompletionSource(options.catalog ?? fakeCatalog().catalog)
  return source(new CompletionContext(state, pos, options.explicit ?? false))
}

/** The labels of a completion result. */
export const labels = (result: CompletionResult | null) => result?.options.map((o) => o.label) ?? []
