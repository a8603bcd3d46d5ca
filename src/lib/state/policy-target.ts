// Which policy document the editor holds, and how to read it in a scenario (writing: ./policy-write.ts).
import {
  arns,
  findGroup,
  findRole,
  findUser,
  type PolicyBody,
  type PolicyKind,
  policyText,
  type Scenario,
} from '../../engine/index'
import { t } from '../i18n/index'

/** A policy document of the scenario that the editor can open. */
export type PolicyTarget =
  | { slot: 'inline'; owner: 'user' | 'group' | 'role'; identity: string; name: string }
  | { slot: 'trust'; role: string }
  | { slot: 'managed'; policy: string }
  | { slot: 'resource'; arn: string }
  | { slot: 'org'; name: string }

/** A stable key for a target (to tell whether the editor already holds it). */
export function targetKey(t: PolicyTarget): string {
  switch (t.slot) {
    case 'inline':
      return `inline:${t.owner}:${t.identity}:${t.name}`
    case 'trust':
      return `trust:${t.role}`
    case 'managed':
      return `managed:${t.policy}`
    case 'resource':
      return `resource:${t.arn}`
    case 'org':
      return `org:${t.name}`
  }
}

/** The grammar the editor checks the document with. */
export function targetKind(scenario: Scenario, t: PolicyTarget): PolicyKind {
  switch (t.slot) {
    case 'trust':
      return 'trust'
    case 'resource':
      return 'resource'
    case 'org':
      return scenario.organization?.policies?.find((p) => p.name === t.name)?.type ?? 'scp'
    default:
      return 'identity'
  }
}

/** A title for the editor pane. */
export function targetTitle(target: PolicyTarget): string {
  switch (target.slot) {
    case 'inline':
      return t(`editor.title.inline.${target.owner}`, { identity: target.identity, name: target.name })
    case 'trust':
      return t('editor.title.trust', { role: target.role })
    case 'managed':
      return t('editor.title.managed', { policy: target.policy })
    case 'resource':
      return t('editor.title.resource', { arn: target.arn })
    case 'org':
      return t('editor.title.org', { name: target.name })
  }
}

function asText(body: PolicyBody | undefined): string | undefined {
  // The same text the engine evaluates, so trace ranges land on what the editor shows.
  return body === undefined ? undefined : policyText(body)
}

/** The document's text, or undefined when the target no longer exists. */
export function readTarget(scenario: Scenario, t: PolicyTarget): string | undefined {
  switch (t.slot) {
    case 'inline': {
      const find = t.owner === 'user' ? findUser : t.owner === 'group' ? findGroup : findRole
      return asText(find(scenario, t.identity)?.inlinePolicies?.find((p) => p.name === t.name)?.document)
    }
    case 'trust':
      return asText(findRole(scenario, t.role)?.trustPolicy)
    case 'managed': {
      const policy = (scenario.policies ?? []).find(
        (p) => p.name === t.policy || arns.policyArn(scenario, p) === t.policy,
      )
      const version = policy?.versions.find((v) => v.isDefault) ?? policy?.versions[0]
      return asText(version?.document)
    }
    case 'resource': {
      const resource = (scenario.resources ?? []).find((r) => r.arn === t.arn)
      return resource ? (asText(resource.policy) ?? '') : undefined
    }
    case 'org':
      return asText(scenario.organization?.policies?.find((p) => p.name === t.name)?.document)
  }
}
