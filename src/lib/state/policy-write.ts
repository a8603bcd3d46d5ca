// Writing the editor's text into the open policy: the scenario edits it takes load with the editor, so a page that shows
// no editor (an embedded answer, trace or graph) never carries them.
import {
  type EditResult,
  putInlinePolicy,
  type Scenario,
  setOrganizationPolicyDocument,
  setPolicyVersionDocument,
  setResourcePolicy,
  setTrustPolicy,
} from '../../engine/index'
import type { ScenarioDocument } from './document.svelte'
import type { PolicyTarget } from './policy-target'

/** Writes new text into the document (kept as text: the editor's positions stay true). */
export function writeTarget(scenario: Scenario, t: PolicyTarget, text: string): EditResult {
  switch (t.slot) {
    case 'inline':
      return putInlinePolicy(scenario, { kind: t.owner, identity: t.identity, name: t.name, document: text })
    case 'trust':
      return setTrustPolicy(scenario, { role: t.role, document: text })
    case 'managed':
      return setPolicyVersionDocument(scenario, { policy: t.policy, document: text })
    case 'resource':
      return setResourcePolicy(scenario, { resource: t.arn, policy: text.trim() === '' ? undefined : text })
    case 'org':
      return setOrganizationPolicyDocument(scenario, { policy: t.name, document: text })
  }
}

/** The editor's text changed: store it in the open policy (typing coalesces into one undo step). */
export function writePolicyText(document: ScenarioDocument, target: PolicyTarget | undefined, text: string): void {
  if (!target) return
  document.edit(writeTarget(document.scenario, target, text))
}
