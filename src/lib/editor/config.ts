// What the policy editor knows about the policy it edits: its kind and the scenario around it.
import { Facet } from '@codemirror/state'
import type { PolicyKind } from '../../engine/index'

/** Names from the scenario that completion offers: resources for `Resource`, principals for `Principal`. */
export interface EditorContext {
  resourceArns: readonly string[]
  principalArns: readonly string[]
}

/** The policy editor's configuration, read by the linter, completion and hover. */
export interface PolicyConfig {
  kind: PolicyKind
  context: EditorContext
}

/** An empty {@link EditorContext}. */
export const emptyContext: EditorContext = { resourceArns: [], principalArns: [] }

/** The editor's {@link PolicyConfig}; the first value provided wins (an identity policy with no context by default). */
export const policyConfig = Facet.define<PolicyConfig, PolicyConfig>({
  combine: (values) => values[0] ?? { kind: 'identity', context: emptyContext },
})
